import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import type { DigestDocument } from '../../src/domain/digest-document.ts';
import { refusalText } from '../../src/domain/refusals.ts';
import { insertDraft, markPublished } from '../../src/store/digest-versions-repo.ts';
import {
  meetingEnds,
  type SlackCheckinHarness,
  startSlackCheckinHarness,
} from '../support/checkin-harness.ts';
import { slashOrModal } from '../support/slack-commands.ts';

const SECRET = 'voortgang-signing-secret';
// The last meeting of the tertiaal September-December 2026: Tuesday 1 December, 14:00-15:30.
const clock = manualClock('2026-11-30T06:00:00Z');
const T3 = 'september t/m december 2026';

/**
 * Hanneke (projectleider) prepares the stuurgroep in January, after the tertiaal's last check-in
 * closed: `voortgang` still opens the tertiaal's figures and saves them, until the digest with
 * those figures is published; then, and for a tertiaal further back, she reads why in plain words.
 */
describe('voortgang after the last check-in of the tertiaal closed, on Slack over HTTP', () => {
  let h: SlackCheckinHarness;

  beforeAll(async () => {
    h = await startSlackCheckinHarness(SECRET, clock);
    await meetingEnds(h, clock, '2026-12-01T14:31:00Z');
  });
  afterAll(async () => h?.stop());

  /** `/schakel voortgang` by Hanneke in the werkgroep's channel: what it said, or the modal it opened. */
  const voortgang = () =>
    slashOrModal(
      { events: h.member.events, secret: SECRET, slack: h.slack },
      { userId: 'U0HANNEKE', text: 'voortgang', channelId: 'C0OOST' },
    );

  it('opens and saves the figures of the closed tertiaal in January; 2,5 is refused beside its field', async () => {
    clock.set('2027-01-12T09:00:00Z');
    const { modal } = await voortgang();
    expect(modal?.callback_id).toBe('progress');
    expect(JSON.stringify(modal?.blocks)).toContain(T3);

    const refused = await h.member.submit('U0HANNEKE', modal!, { trajecten: '12', leerbijeenkomsten: '2.5' });
    expect(refused.body).toEqual({
      response_action: 'errors',
      errors: { leerbijeenkomsten: 'Vul een heel getal in.' },
    });
    const saved = await h.member.submit('U0HANNEKE', modal!, { trajecten: '12' });
    expect(saved.status).toBe(200);
    const confirmation = await h.slack.waitFor((c) =>
      JSON.stringify(c.body).includes('de voortgangscijfers zijn opgeslagen'),
    );
    expect(JSON.stringify(confirmation.body)).toContain(
      `Je kunt ze wijzigen tot de samenvatting voor de stuurgroep over ${T3} is gepubliceerd.`,
    );
    const { rows } = await h.tdb.db.pool.query(
      `SELECT trajecten, leerbijeenkomsten FROM voortgang WHERE tertiaal = '2026-T3'`,
    );
    expect(rows).toEqual([{ trajecten: 12, leerbijeenkomsten: null }]);
  });

  it('says plainly that the figures went to the stuurgroep once the digest is published', async () => {
    const key = { regionId: 'test-regio', period: '2026-T3', version: 1 };
    const document = { period: { label: '2026-T3', from: '2026-09-01', to: '2026-12-31' } };
    await insertDraft(h.tdb.db.pool, {
      ...key,
      document: document as unknown as DigestDocument,
      corrects: null,
      summary: '',
      omitted: [],
      createdBy: null,
      at: clock.now(),
      fileToken: 'ontwerp',
    });
    await markPublished(h.tdb.db.pool, key, { token: 'gepubliceerd', by: null, at: clock.now() });
    const { modal, said } = await voortgang();
    expect(modal).toBeNull();
    expect(said).toContain(
      JSON.stringify(
        refusalText('figures-published', { period: T3, current: 'januari t/m april 2027' }),
      ).slice(1, -1),
    );
  });

  it('says a tertiaal further back can no longer be changed', async () => {
    clock.set('2027-05-11T09:00:00Z');
    const { modal, said } = await voortgang();
    expect(modal).toBeNull();
    expect(said).toContain('Cijfers over een tertiaal kun je aanpassen tot het einde van het tertiaal erna');
  });
});
