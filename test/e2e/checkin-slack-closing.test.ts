import type { types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { checkinState } from '../support/checkin-fixture.ts';
import {
  meetingEnds,
  type SlackCheckinHarness,
  startSlackCheckinHarness,
} from '../support/checkin-harness.ts';

const SECRET = 'checkin-sluiten-geheim';
// Tuesday 6 October 2026: the werkgroep meets 14:00-15:30 in Amsterdam (summer time, UTC+2).
const clock = manualClock('2026-10-05T06:00:00Z');

/**
 * A Slack check-in round that Ruben answered and Hanneke and Sanne did not (answering itself:
 * checkin-slack): the nudge halfway, the summary when it closes, and a late answer.
 */
describe('a check-in on Slack: the nudge, the closing and a late answer, over real HTTP', () => {
  let h: SlackCheckinHarness;
  let roundId: string;
  let rubensOpenView: types.ModalView;

  const dms = (user: string) => h.slack.directTo(user).length;

  beforeAll(async () => {
    h = await startSlackCheckinHarness(SECRET, clock);
    const { member } = h;
    // The meeting ends, everyone is asked, and Ruben answers in the modal, which he keeps open.
    roundId = await meetingEnds(h, clock, '2026-10-06T13:31:00Z');
    await h.app.running.tick();
    expect([dms('U0HANNEKE'), dms('U0RUBEN'), dms('U0SANNE')]).toEqual([1, 1, 1]);
    rubensOpenView = (await member.tap('U0RUBEN', roundId))!;
    const answered = await member.submit('U0RUBEN', rubensOpenView, {
      samenwerkingsniveau: '4',
      new1_description: 'Werkgevers weten ons niet te vinden',
      new1_category: 'werkgevers',
    });
    expect(answered).toEqual({ status: 200, body: null });
    await h.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'U0RUBEN');
  });
  afterAll(async () => h?.stop());

  it('halfway, only those who have not answered get one nudge, never more', async () => {
    const before = { hanneke: dms('U0HANNEKE'), ruben: dms('U0RUBEN'), sanne: dms('U0SANNE') };
    // Halfway is Saturday 10 October 03:31: moved to Monday 08:00, out of the weekend and the night.
    clock.set('2026-10-10T01:31:30Z');
    await h.app.running.tick();
    expect(dms('U0HANNEKE')).toBe(before.hanneke);
    clock.set('2026-10-12T06:00:30Z');
    await h.app.running.tick();
    await h.app.running.tick();
    clock.set('2026-10-12T10:00:00Z');
    await h.app.running.tick();
    expect({ hanneke: dms('U0HANNEKE'), ruben: dms('U0RUBEN'), sanne: dms('U0SANNE') }).toEqual({
      hanneke: before.hanneke + 1,
      ruben: before.ruben,
      sanne: before.sanne + 1,
    });
    expect(JSON.stringify(h.slack.directTo('U0SANNE').at(-1)?.body.blocks)).toContain('staat nog open');
  });

  it('when the round closes the channel gets the summary, without names and without the levels or knelpunten of one answer', async () => {
    clock.set('2026-10-13T13:31:30Z'); // Tuesday 15:31:30, a week after it opened
    await h.app.running.tick();
    const summary = h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.body.channel === 'C0OOST')
      .at(-1);
    const text = JSON.stringify(summary?.body.blocks);
    expect(text).toContain('Check-in gesloten: Werkgroep Oost');
    expect(text).toContain('1 van de 3 leden heeft de check-in ingevuld.');
    expect(text).toContain('te weinig antwoorden om te tonen');
    // One answer: whose knelpunt it is would be plain to all, so only how many answered.
    expect(text).not.toContain('Werkgevers weten ons niet te vinden');
    expect(text).toContain('Knelpunten en updates staan in dit overzicht vanaf 3 antwoorden');
    expect(text).not.toContain('Ruben');
  });

  it('after closing, the member is told politely and nothing changes', async () => {
    // The round closes a week after it opened (the test before watches it happen; closing is idempotent).
    clock.set('2026-10-13T13:31:30Z');
    await h.app.running.tick();
    const { modal, told } = await h.member.press('U0RUBEN', roundId);
    expect(modal).toBeNull();
    expect(told).toContain(
      'De check-in van dinsdag 6 oktober 2026 is gesloten: wat je nu stuurt, wordt niet meer opgeslagen.',
    );

    const before = await checkinState(h.tdb.db);
    const res = await h.member.submit('U0RUBEN', rubensOpenView, { samenwerkingsniveau: '6' });
    expect(res.body?.response_action).toBe('update');
    expect(JSON.stringify(res.body)).toContain('is gesloten');
    expect(JSON.stringify(res.body)).toContain('"close":{"type":"plain_text","text":"Sluiten"}');
    expect(await checkinState(h.tdb.db)).toEqual(before);
  });
});
