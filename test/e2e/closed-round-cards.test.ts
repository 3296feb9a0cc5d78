import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { describe, expect, it, onTestFinished } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { linkChannel } from '../../src/store/channels-repo.ts';
import { CARD_CLOSE_ATTEMPTS } from '../../src/store/checkin-deliveries-repo.ts';
import { teamsInvokeValue } from '../adapters/submissions.ts';
import { checkinState, createSeriesFor } from '../support/checkin-fixture.ts';
import {
  meetingEnds,
  onSlack,
  onTeams,
  startCheckinHarness,
  startSlackCheckinHarness,
} from '../support/checkin-harness.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { slashInOost } from '../support/slash-command.ts';
import { invokeActivity, postActivity } from '../support/teams-activities.ts';

const SECRET = 'gesloten-kaarten-geheim';
// The werkgroep meets Tuesday 6 October 2026, 14:00-15:30 in Amsterdam; its round closes a week later.
const MEETING_ENDED = '2026-10-06T13:31:00Z';
const ROUND_CLOSED = '2026-10-13T13:31:30Z';
const CLOSED_NL =
  'De check-in van Werkgroep Oost over de bijeenkomst van dinsdag 6 oktober 2026 is gesloten op dinsdag 13 oktober 2026 om 15:31: invullen kan niet meer. Heb je een knelpunt of update? Noem die bij de volgende check-in, na de volgende bijeenkomst.';
const CLOSED_EN =
  'The check-in of Werkgroep Oost on the meeting of Tuesday 6 October 2026 closed on Tuesday 13 October 2026 at 15:31: it can no longer be filled in. Do you have a knelpunt or update? Raise it at the next check-in, after the next meeting.';
const REFUSED_NL =
  'De check-in van dinsdag 6 oktober 2026 is gesloten: wat je nu stuurt, wordt niet meer opgeslagen. Heb je een knelpunt of update? Noem die bij de volgende check-in, na de volgende bijeenkomst.';
const REFUSED_EN =
  'The check-in of Tuesday 6 October 2026 is closed: what you send now is no longer saved. Do you have a knelpunt or update? Raise it at the next check-in, after the next meeting.';

/**
 * A member who did not answer keeps a check-in card with its form in their chat. When the round
 * closes, that card becomes one line saying so (in their language), once; a submit from an old
 * form says plainly that nothing is saved and where a knelpunt can go instead.
 */
/** The round opened on Slack, and answered by Ruben and Sanne: only Hanneke's form is left open. */
async function onlyHannekeLeftOpen() {
  const clock = manualClock('2026-10-05T06:00:00Z');
  const h = await startSlackCheckinHarness(SECRET, clock);
  onTestFinished(() => h.stop());
  const roundId = await meetingEnds(h, clock, MEETING_ENDED);
  await h.app.running.tick();
  for (const user of ['U0RUBEN', 'U0SANNE']) {
    const view = (await h.member.tap(user, roundId))!;
    expect((await h.member.submit(user, view, { samenwerkingsniveau: '4' })).status).toBe(200);
  }
  return { clock, h };
}

describe('when a check-in round closes, the cards that still show the form say so', () => {
  it('Slack: the DMs of who did not answer are changed once, in their language; a late submit is refused plainly', async () => {
    const clock = manualClock('2026-10-05T06:00:00Z');
    const h = await startSlackCheckinHarness(SECRET, clock);
    onTestFinished(() => h.stop());
    expect(await slashInOost(h, SECRET, 'U0SANNE', 'taal en')).toContain('in English');
    const roundId = await meetingEnds(h, clock, MEETING_ENDED);
    await h.app.running.tick();
    const rubensView = (await h.member.tap('U0RUBEN', roundId))!;
    expect((await h.member.submit('U0RUBEN', rubensView, { samenwerkingsniveau: '4' })).status).toBe(200);
    // Sanne and Hanneke open the form and leave it open.
    const sannesView = (await h.member.tap('U0SANNE', roundId))!;
    const hannekesView = (await h.member.tap('U0HANNEKE', roundId))!;

    clock.set(ROUND_CLOSED);
    await h.app.running.tick();
    await h.app.running.tick();
    const updates = h.slack.callsTo('chat.update');
    const byChannel = Object.fromEntries(updates.map((u) => [u.body.channel, u.body.text]));
    expect(byChannel).toEqual({ D0HANNEKE: CLOSED_NL, D0SANNE: CLOSED_EN });
    expect(updates.map((u) => JSON.stringify(u.body.blocks)).join()).not.toContain('checkin_open');

    const before = await checkinState(h.tdb.db);
    const late = await h.member.submit('U0HANNEKE', hannekesView, {
      samenwerkingsniveau: '3',
      new1_description: 'Werkgevers weten ons niet te vinden',
      new1_category: 'werkgevers',
    });
    expect(JSON.stringify(late.body)).toContain(REFUSED_NL);
    const lateEn = await h.member.submit('U0SANNE', sannesView, { samenwerkingsniveau: '5' });
    expect(JSON.stringify(lateEn.body)).toContain(REFUSED_EN);
    expect(await checkinState(h.tdb.db)).toEqual(before);
  });

  it('Slack: the form and the Monday reminder after it become one closing line, not two', async () => {
    const clock = manualClock('2026-10-05T06:00:00Z');
    const h = await startSlackCheckinHarness(SECRET, clock);
    onTestFinished(() => h.stop());
    await meetingEnds(h, clock, MEETING_ENDED);
    await h.app.running.tick();
    // Monday 12 October, 08:00 in Amsterdam: the reminder to who has not answered yet.
    clock.set('2026-10-12T06:00:30Z');
    await h.app.running.tick();
    const reminded = h.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'D0HANNEKE');
    expect(reminded.length).toBe(2);

    clock.set(ROUND_CLOSED);
    await h.app.running.tick();
    await h.app.running.tick();
    const hannekes = h.slack.callsTo('chat.update').filter((u) => u.body.channel === 'D0HANNEKE');
    expect(hannekes.length).toBe(2);
    expect(
      hannekes.filter((u) => String(u.body.text).includes('is gesloten op')).map((u) => u.body.text),
    ).toEqual([CLOSED_NL]);
    expect(hannekes.map((u) => u.body.text)).toContain(
      'Deze herinnering is vervallen: de check-in van Werkgroep Oost is gesloten.',
    );
  });

  it('Slack: when Slack refuses to change the form, the reminder after it says when the round closed; the form is tried again', async () => {
    // Ruben and Sanne answer; only Hanneke gets the Monday reminder and keeps two open cards.
    const { clock, h } = await onlyHannekeLeftOpen();
    clock.set('2026-10-12T06:00:30Z');
    await h.app.running.tick();
    const posted = h.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'D0HANNEKE');
    expect(posted.length).toBe(2);

    // The form is changed first; Slack refuses it (the message is gone from her chat).
    h.slack.answerNext('chat.update', { body: { ok: false, error: 'message_not_found' } });
    clock.set(ROUND_CLOSED);
    await h.app.running.tick();
    const hannekes = () => h.slack.callsTo('chat.update').filter((u) => u.body.channel === 'D0HANNEKE');
    // Her two cards, each asked once: the form (refused), then the reminder.
    const [form, reminder] = hannekes();
    expect(hannekes().length).toBe(2);
    expect(form?.body.ts).not.toBe(reminder?.body.ts);
    // What her chat shows: the reminder took the closing line, not the line that it lapsed.
    expect(reminder?.body.text).toBe(CLOSED_NL);
    // The next tick tries the form again (its open form is no use to her), the reminder not.
    await h.app.running.tick();
    await h.app.running.tick();
    expect(
      hannekes()
        .slice(2)
        .map((u) => [u.body.ts, u.body.text]),
    ).toEqual([[form?.body.ts, CLOSED_NL]]);
    expect(hannekes().map((u) => u.body.text)).not.toContain(
      'Deze herinnering is vervallen: de check-in van Werkgroep Oost is gesloten.',
    );
  });

  it('Slack: a card Slack refused to change is tried again on the next tick, and changed once', async () => {
    const { clock, h } = await onlyHannekeLeftOpen();
    // Only Hanneke's form is still open when the round closes; Slack fails the first change.
    h.slack.answerNext('chat.update', { body: { ok: false, error: 'internal_error' } });
    clock.set(ROUND_CLOSED);
    await h.app.running.tick();
    const hannekes = () => h.slack.callsTo('chat.update').filter((u) => u.body.channel === 'D0HANNEKE');
    expect(hannekes().length).toBe(1);
    // The next minute: her form is changed into the closing line after all.
    clock.set('2026-10-13T13:32:30Z');
    await h.app.running.tick();
    expect(hannekes().map((u) => u.body.text)).toEqual([CLOSED_NL, CLOSED_NL]);
    // More ticks change nothing again.
    await h.app.running.tick();
    clock.set('2026-10-13T13:40:30Z');
    await h.app.running.tick();
    expect(hannekes().length).toBe(2);
    expect(h.slack.callsTo('chat.update').length).toBe(2);
  });

  it('Slack: the cards of a closed round are not changed again once they say so, while the next round’s are changed in their turn', async () => {
    const { clock, h } = await onlyHannekeLeftOpen();
    h.slack.answerNext('chat.update', { body: { ok: false, error: 'internal_error' } });
    clock.set(ROUND_CLOSED);
    await h.app.running.tick();
    clock.set('2026-10-13T13:32:30Z');
    await h.app.running.tick();
    const hannekes = () =>
      h.slack
        .callsTo('chat.update')
        .filter((u) => u.body.channel === 'D0HANNEKE')
        .map((u) => u.body.text);
    expect(hannekes()).toEqual([CLOSED_NL, CLOSED_NL]);
    // The next meeting (3 November, 14:00-15:30 winter time): its round opens, nobody answers, it closes.
    await meetingEnds(h, clock, '2026-11-03T14:31:00Z');
    await h.app.running.tick();
    clock.set('2026-11-10T14:31:30Z');
    await h.app.running.tick();
    for (const minute of ['2026-11-10T14:32:30Z', '2026-11-10T14:33:30Z', '2026-11-11T09:00:30Z']) {
      clock.set(minute);
      await h.app.running.tick();
    }
    const changed = hannekes();
    // October's card was changed (after one refusal) and never again; November's once.
    expect(changed.filter((t) => t === CLOSED_NL)).toHaveLength(2);
    expect(changed.filter((t) => String(t).includes('dinsdag 3 november 2026'))).toHaveLength(1);
    expect(changed).toHaveLength(3);
  });

  it('Slack: a card Slack keeps refusing is tried a few times, then left', async () => {
    const { clock, h } = await onlyHannekeLeftOpen();
    for (let i = 0; i < CARD_CLOSE_ATTEMPTS + 2; i++) {
      h.slack.answerNext('chat.update', { body: { ok: false, error: 'message_not_found' } });
    }
    clock.set(ROUND_CLOSED);
    for (let i = 0; i < CARD_CLOSE_ATTEMPTS + 2; i++) await h.app.running.tick();
    expect(h.slack.callsTo('chat.update').length).toBe(CARD_CLOSE_ATTEMPTS);
  });

  it('Slack: a projectleider in two werkgroepen that met the same day reads which werkgroep each closing line is about', async () => {
    const clock = manualClock('2026-10-05T06:00:00Z');
    const h = await startSlackCheckinHarness(SECRET, clock, [
      { name: 'Tim Lammers', identity: onSlack('U0TIM'), overleg: 'Werkgroep West' },
    ]);
    onTestFinished(() => h.stop());
    // Hanneke leads Werkgroep West too, which meets at the same hours in its own channel.
    const { rows } = await h.tdb.db.pool.query(`SELECT id FROM overleggen WHERE name = 'Werkgroep West'`);
    const westId: string = rows[0].id;
    await h.tdb.db.pool.query('INSERT INTO overleg_members (overleg_id, member_id) VALUES ($1, $2)', [
      westId,
      h.w.projectleiderId,
    ]);
    await linkChannel(h.tdb.db.pool, westId, {
      platform: 'slack',
      workspace: STAND_IN_TEAM,
      channelId: 'C0WEST',
      serviceUrl: null,
    });
    await createSeriesFor(h.app, h.tdb.db, westId, h.w.projectleiderId);
    await meetingEnds(h, clock, MEETING_ENDED);
    await h.app.running.tick();
    expect(h.slack.directTo('U0HANNEKE').length).toBe(2);

    clock.set(ROUND_CLOSED);
    await h.app.running.tick();
    await h.app.running.tick();
    const hannekes = h.slack.callsTo('chat.update').filter((u) => u.body.channel === 'D0HANNEKE');
    expect(hannekes.map((u) => u.body.text).sort()).toEqual([
      CLOSED_NL,
      CLOSED_NL.replace('Werkgroep Oost', 'Werkgroep West'),
    ]);
  });

  it('Teams: the card of who did not answer becomes one line without Opslaan; its Opslaan pressed still stores nothing', async () => {
    const clock = manualClock('2026-10-05T06:00:00Z');
    const h = await startCheckinHarness({
      secret: SECRET,
      clock,
      platforms: ['teams'],
      members: [{ name: 'Lotte Brummelman', identity: onTeams('29:lotte') }],
    });
    onTestFinished(() => h.stop());
    const { teams, app } = h;
    await meetingEnds(h, clock, MEETING_ENDED);
    await app.running.tick();
    const card = (userId: string) =>
      (teams.directTo(userId).at(-1)!.body.attachments as Array<{ content: IAdaptiveCard }>)[0]!.content;
    const submit = (userId: string, sent: IAdaptiveCard, filled: Record<string, string>) => {
      const value = teamsInvokeValue(sent, filled);
      return postActivity(
        app.baseUrl,
        invokeActivity({
          verb: value.action.verb ?? '',
          data: value.action.data as Record<string, unknown>,
          serviceUrl: teams.serviceUrl,
          userId,
          tenantId: TEAMS_TENANT,
        }),
      );
    };
    const lottesCard = card('29:lotte');
    expect((await submit('29:ruben', card('29:ruben'), { samenwerkingsniveau: '4' })).status).toBe(200);

    clock.set(ROUND_CLOSED);
    await app.running.tick();
    await app.running.tick();
    const puts = teams.calls.filter((c) => c.method === 'PUT');
    expect(puts.map((p) => p.path)).toEqual([expect.stringMatching(/^\/v3\/conversations\/a:dm-29:lotte\//)]);
    expect(JSON.stringify(puts[0]?.body)).toContain(CLOSED_NL);
    expect(JSON.stringify(puts[0]?.body)).not.toContain('Action.Execute');

    const before = await checkinState(h.tdb.db);
    const late = await submit('29:lotte', lottesCard, { samenwerkingsniveau: '3' });
    expect(late.status).toBe(200);
    expect(JSON.stringify(await late.json())).toContain(REFUSED_NL);
    expect(await checkinState(h.tdb.db)).toEqual(before);
  });
});
