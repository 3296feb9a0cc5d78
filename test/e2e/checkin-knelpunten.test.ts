import type { types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import {
  meetingEnds,
  type SlackCheckinHarness,
  startSlackCheckinHarness,
} from '../support/checkin-harness.ts';

const SECRET = 'knelpunt-signing-secret';
const clock = manualClock('2026-10-05T06:00:00Z');
const KNELPUNT = 'Overlegtijd is voor de GGZ niet declarabel';

/** A knelpunt's life across three meetings of one werkgroep: raised, in behandeling, opgelost. */
describe('a knelpunt lives across rounds, and its history is kept', () => {
  let h: SlackCheckinHarness;

  /** The member taps the check-in button in the werkgroep channel: the modal that opens. */
  const openForm = async (userId: string, roundId: string) =>
    (await h.member.tap(userId, roundId, { channelId: 'C0OOST' })) as types.ModalView;
  const submit = (userId: string, view: types.ModalView, filled: Record<string, string>) =>
    h.member.submit(userId, view, filled);
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

  beforeAll(async () => {
    h = await startSlackCheckinHarness(SECRET, clock);
  });
  afterAll(async () => h?.stop());

  it('round 1 (6 October): Ruben raises it', async () => {
    const round = await meetingEnds(h, clock, '2026-10-06T13:31:00Z');
    const view = await openForm('U0RUBEN', round);
    expect(openField(view)).toBeUndefined();
    await submit('U0RUBEN', view, {
      samenwerkingsniveau: '3',
      new1_description: KNELPUNT,
      new1_category: 'geld-financiering',
    });
    expect(await knelpunt()).toMatchObject([{ status: 'open', oplossing: null }]);
    expect(await history()).toEqual([
      { update_kind: 'raised', status: 'open', oplossing: null, occurrence: '2026-10-06T14:00' },
    ]);
  });

  it('round 2 (3 November): Sanne is asked about it and says it is in behandeling', async () => {
    const round = await meetingEnds(h, clock, '2026-11-03T14:31:00Z'); // winter time: 15:31 is 14:31 UTC
    const view = await h.member.reveal('U0SANNE', await openForm('U0SANNE', round), 'toelichting_open');
    const field = openField(view)!;
    expect(field).toBe(`open_${(await knelpunt())[0].id}_update`);
    expect(JSON.stringify(view.blocks)).toContain(KNELPUNT);
    await submit('U0SANNE', view, {
      samenwerkingsniveau: '3.5',
      [field]: 'in_behandeling',
      [field.replace(/_update$/, '_oplossing')]: 'Gesprek met de zorgverzekeraar gepland',
    });
    expect(await knelpunt()).toMatchObject([
      { status: 'in_behandeling', oplossing: 'Gesprek met de zorgverzekeraar gepland' },
    ]);
  });

  it('round 3 (1 December): Ruben reports it solved, and the summary says so without names', async () => {
    const round = await meetingEnds(h, clock, '2026-12-01T14:31:00Z');
    const view = await h.member.reveal('U0RUBEN', await openForm('U0RUBEN', round), 'toelichting_open');
    const field = openField(view)!;
    await submit('U0RUBEN', view, {
      samenwerkingsniveau: '4',
      [field]: 'opgelost',
      [field.replace(/_update$/, '_oplossing')]: 'Afspraak met de zorgverzekeraar over overlegtijd',
    });
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
    expect(summary).toContain('Opgeloste knelpunten');
    expect(summary).toContain(
      `${KNELPUNT} (Geld en financiering): Afspraak met de zorgverzekeraar over overlegtijd`,
    );
    expect(summary).not.toMatch(/Ruben|Sanne/);
  });

  it('the history cannot be rewritten', async () => {
    await expect(h.tdb.db.pool.query(`UPDATE knelpunt_history SET status = 'open'`)).rejects.toThrow(
      /append-only/,
    );
  });

  it('round 4 (29 December) no longer asks about it', async () => {
    const round = await meetingEnds(h, clock, '2026-12-29T14:31:00Z');
    expect(openField(await openForm('U0SANNE', round))).toBeUndefined();
  });
});
