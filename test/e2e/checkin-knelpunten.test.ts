import type { types } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import {
  meetingEnds,
  type SlackCheckinHarness,
  startSlackCheckinHarness,
} from '../support/checkin-harness.ts';

const SECRET = 'knelpunt-signing-secret';
const KNELPUNT = 'Overlegtijd is voor de GGZ niet declarabel';

/**
 * The three meetings of the knelpunt's life, in order: when each round opens (just after the
 * meeting ends at 15:30 in Amsterdam), who answers, and what they fill in given the form's field
 * for the open knelpunt (absent in the first round).
 */
const ROUNDS: ReadonlyArray<{
  readonly at: string;
  readonly member: string;
  readonly filled: (field: string | undefined) => Record<string, string>;
}> = [
  {
    at: '2026-10-06T13:31:00Z', // 6 October: Ruben raises it
    member: 'U0RUBEN',
    filled: () => ({
      samenwerkingsniveau: '3',
      new1_description: KNELPUNT,
      new1_category: 'geld-financiering',
    }),
  },
  {
    at: '2026-11-03T14:31:00Z', // 3 November, winter time: 15:31 is 14:31 UTC; Sanne: in behandeling
    member: 'U0SANNE',
    filled: (field = '') => ({
      samenwerkingsniveau: '3.5',
      [field]: 'in_behandeling',
      [field.replace(/_update$/, '_oplossing')]: 'Gesprek met de zorgverzekeraar gepland',
    }),
  },
  {
    at: '2026-12-01T14:31:00Z', // 1 December: Ruben reports it solved
    member: 'U0RUBEN',
    filled: (field = '') => ({
      samenwerkingsniveau: '4',
      [field]: 'opgelost',
      [field.replace(/_update$/, '_oplossing')]: 'Afspraak met de zorgverzekeraar over overlegtijd',
    }),
  },
];

/**
 * A knelpunt's life across three meetings of one werkgroep: raised, in behandeling, opgelost. Each
 * test starts its own Schakel and plays the rounds it needs.
 */
describe('a knelpunt lives across rounds, and its history is kept', () => {
  let h: SlackCheckinHarness;
  let clock: ReturnType<typeof manualClock>;

  /** The member taps the check-in button in the werkgroep channel: the modal that opens. */
  const openForm = async (userId: string, roundId: string) =>
    (await h.member.tap(userId, roundId, { channelId: 'C0OOST' })) as types.ModalView;
  const knelpunt = async () =>
    (await h.tdb.db.pool.query('SELECT id, status, oplossing FROM knelpunten')).rows;
  const history = async () =>
    (
      await h.tdb.db.pool.query(
        `SELECT h.update_kind, h.status, h.oplossing, r.occurrence FROM knelpunt_history h
           JOIN checkin_rounds r ON r.id = h.round_id ORDER BY h.id`,
      )
    ).rows;
  const openField = (view: types.ModalView) =>
    view.blocks.map((b) => b.block_id ?? '').find((id) => /^open_.+_update$/.test(id));

  /** Round `n` (0, 1 or 2 of ROUNDS): the meeting ends, its member opens the form and answers. */
  async function answerRound(n: number) {
    const round = ROUNDS[n]!;
    const opened = await openForm(round.member, await meetingEnds(h, clock, round.at));
    // Open knelpunten sit behind one button, so a member with nothing to report skips them.
    if (n > 0) expect(JSON.stringify(opened)).toContain('toelichting_open');
    const view = n === 0 ? opened : await h.member.reveal(round.member, opened, 'toelichting_open');
    const field = openField(view);
    const res = await h.member.submit(round.member, view, round.filled(field));
    expect(res).toEqual({ status: 200, body: null });
    return { view, field };
  }

  beforeEach(async () => {
    clock = manualClock('2026-10-05T06:00:00Z');
    h = await startSlackCheckinHarness(SECRET, clock);
  });
  afterEach(async () => h?.stop());

  it('raised on 6 October, in behandeling on 3 November, opgelost on 1 December: recorded, the summary of one answer shows none of it, and the next round no longer asks', async () => {
    // Round 1: Ruben raises it.
    expect((await answerRound(0)).field).toBeUndefined();
    expect(await knelpunt()).toMatchObject([{ status: 'open', oplossing: null }]);
    expect(await history()).toEqual([
      { update_kind: 'raised', status: 'open', oplossing: null, occurrence: '2026-10-06T14:00' },
    ]);

    // Round 2: Sanne is asked about it and says it is in behandeling.
    const { view, field } = await answerRound(1);
    expect(field).toBe(`open_${(await knelpunt())[0].id}_update`);
    expect(JSON.stringify(view.blocks)).toContain(KNELPUNT);
    expect(await knelpunt()).toMatchObject([
      { status: 'in_behandeling', oplossing: 'Gesprek met de zorgverzekeraar gepland' },
    ]);

    // Round 3: Ruben reports it solved.
    await answerRound(2);
    expect(await knelpunt()).toMatchObject([
      { status: 'opgelost', oplossing: 'Afspraak met de zorgverzekeraar over overlegtijd' },
    ]);
    expect(await history()).toEqual([
      { update_kind: 'raised', status: 'open', oplossing: null, occurrence: '2026-10-06T14:00' },
      {
        update_kind: 'in_behandeling',
        status: 'in_behandeling',
        oplossing: 'Gesprek met de zorgverzekeraar gepland',
        occurrence: '2026-11-03T14:00',
      },
      {
        update_kind: 'opgelost',
        status: 'opgelost',
        oplossing: 'Afspraak met de zorgverzekeraar over overlegtijd',
        occurrence: '2026-12-01T14:00',
      },
    ]);

    clock.set('2026-12-08T14:31:30Z');
    await h.app.running.tick();
    const summary = JSON.stringify(
      h.slack
        .callsTo('chat.postMessage')
        .filter((c) => c.body.channel === 'C0OOST')
        .at(-1)?.body.blocks,
    );
    // Ruben alone answered: his update would be plain to all, so the channel reads only how many
    // answered; the knelpunt is still recorded as solved (above).
    expect(summary).toContain('1 van de 3 leden heeft de check-in ingevuld.');
    expect(summary).not.toContain(KNELPUNT);
    expect(summary).not.toContain('Opgeloste knelpunten');
    expect(summary).toContain('Knelpunten en updates staan in dit overzicht vanaf 3 antwoorden');
    expect(summary).not.toMatch(/Ruben|Sanne/);

    // Round 4 (29 December) no longer asks about it.
    const round = await meetingEnds(h, clock, '2026-12-29T14:31:00Z');
    const last = await openForm('U0SANNE', round);
    expect(openField(last)).toBeUndefined();
    // Not hidden behind the button either: there is no open knelpunt to show.
    expect(JSON.stringify(last)).not.toContain('toelichting_open');
    expect(JSON.stringify(last)).not.toContain(KNELPUNT);
  });

  it('the history cannot be rewritten', async () => {
    await answerRound(0);
    await answerRound(1);
    expect(await history()).toHaveLength(2);
    await expect(h.tdb.db.pool.query(`UPDATE knelpunt_history SET status = 'open'`)).rejects.toThrow(
      /append-only/,
    );
    expect(await history()).toMatchObject([{ status: 'open' }, { status: 'in_behandeling' }]);
  });
});
