import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoundForInvite } from '../../src/checkin/open-round.ts';
import { manualClock } from '../../src/clock.ts';
import { type Core, createCore } from '../../src/core.ts';
import { CHECKLIST_ITEMS } from '../../src/domain/checklist.ts';
import { createLogger } from '../../src/logger.ts';
import { checklistItemField } from '../../src/messages/forms/checklist-form.ts';
import type { Form, RawValues } from '../../src/messages/forms/model.ts';
import type { Message } from '../../src/messages/model.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { defineSeries, findOccurrence } from '../../src/schedule/series.ts';
import { checkinStore } from '../../src/store/checkin-store.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { findSeries } from '../../src/store/rhythm-repo.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const clock = manualClock('2026-10-05T06:00:00Z');
const RUBEN = { platform: 'slack' as const, workspace: 'T0TEST', userId: 'U0RUBEN' };
const HANNEKE = { platform: 'slack' as const, workspace: 'T0TEST', userId: 'U0HANNEKE' };

const buttons = (m: Message) =>
  m.blocks.flatMap((b) => (b.type === 'actions' ? b.actions.map((a) => a.id) : []));

const texts = (m: Message) => m.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : []));

const OWN_WHERE =
  'Je antwoorden zijn voor jezelf, om mee te nemen als de werkgroep de checklist bespreekt: ze gaan niet naar de projectleider of de stuurgroep. In de samenvatting voor de stuurgroep staat de stand die de werkgroep samen afspreekt; die vult de projectleider in.';

const labels = (m: Message) =>
  m.blocks.flatMap((b) => (b.type === 'actions' ? b.actions.map((a) => [a.id, a.label]) : []));

/** The checklist once per tertiaal, and the projectleider's voortgang and agreed checklist. */
describe('the checklist and the voortgang, through the core', () => {
  let tdb: TestDatabase;
  let core: Core;
  let overlegId: string;
  const rounds: string[] = [];

  async function openRound(originalLocal: string, at: string) {
    clock.set(at);
    const stored = await findSeries(tdb.db.pool, overlegId);
    const occurrence = findOccurrence(defineSeries(stored!.definition), originalLocal)!;
    rounds.push((await openRoundForInvite(checkinStore(tdb.db), overlegId, occurrence, clock.now())).id);
    return rounds.at(-1)!;
  }
  async function submit(user: typeof RUBEN, form: Form, raw: RawValues) {
    const outcome = await core.forms.submit(user, form.id, form.privateMetadata, raw);
    if (outcome.kind === 'again') throw new Error(JSON.stringify(outcome.form.problems));
    return outcome;
  }
  const allItems = (answer: string) =>
    Object.fromEntries(CHECKLIST_ITEMS.map((i) => [checklistItemField(i.number), answer]));

  beforeAll(async () => {
    tdb = await createTestDatabase();
    const w = await seedWerkgroep(tdb.db, { slackTeam: 'T0TEST' });
    overlegId = w.overlegId;
    core = createCore({
      db: tdb.db,
      clock,
      logger: createLogger('silent'),
      guard: createGuard({ now: () => clock.now() }),
    });
    await core.rhythm.createSeries(await findMember(tdb.db.pool, w.projectleiderId), overlegId, {
      firstStart: '2026-10-06T14:00',
      everyWeeks: 4,
      durationMinutes: 90,
    });
  });
  afterAll(async () => tdb?.drop());

  it('after the first check-in of the tertiaal, the member is offered the checklist', async () => {
    const round = await openRound('2026-10-06T14:00', '2026-10-06T13:31:00Z');
    const form = await core.forms.roundFormForButton(RUBEN, 'checkin_open', round);
    const saved = await submit(RUBEN, form, { samenwerkingsniveau: '3' });
    expect(saved.kind === 'done' && buttons(saved.message)).toEqual(['checkin_open', 'checklist_open']);
  });

  it('the checklist is stored per member and tertiaal; then it is no longer offered', async () => {
    const form = await core.forms.roundFormForButton(RUBEN, 'checklist_open', rounds[0]!);
    expect(form.privateMetadata).toMatchObject({ roundId: rounds[0], variant: 'member' });
    // The card and the confirmation say where a member's own answers go: not into the stuurgroep's
    // samenvatting, which shows the checklist the werkgroep agreed on (`checklist-werkgroep`).
    expect(form.intro).toContain(
      'Geef per punt jouw eigen beeld. Dat is voor jezelf en de bespreking in de werkgroep: in de samenvatting voor de stuurgroep staat de stand die de werkgroep samen afspreekt.',
    );
    const saved = await submit(RUBEN, form, { ...allItems('in_ontwikkeling'), item_15: 'nee' });
    expect(saved.kind === 'done' && saved.message.fallback).toContain('Bedankt, de checklist is opgeslagen.');
    expect(saved.kind === 'done' && texts(saved.message)).toContain(OWN_WHERE);
    // "Je kunt hem wijzigen tot…" comes with the button to do so, and the check-in's own button
    // (the card that had it became this confirmation); each opens the form as it was saved.
    expect(saved.kind === 'done' && saved.message.fallback).toContain('Je kunt hem wijzigen tot');
    expect(saved.kind === 'done' && labels(saved.message)).toEqual([
      ['checklist_open', 'Checklist wijzigen'],
      ['checkin_open', 'Check-in wijzigen'],
    ]);
    const reopened = await core.forms.roundFormForButton(RUBEN, 'checklist_open', rounds[0]!);
    expect(reopened.fields.find((f) => f.id === 'item_15')).toMatchObject({ initial: 'nee' });
    const { rows } = await tdb.db.pool.query(
      `SELECT tertiaal, count(*)::int AS n, count(*) FILTER (WHERE answer = 'nee')::int AS nee FROM checklist_answers GROUP BY tertiaal`,
    );
    expect(rows).toEqual([{ tertiaal: '2026-T3', n: 20, nee: 1 }]);

    const again = await submit(
      RUBEN,
      await core.forms.roundFormForButton(RUBEN, 'checkin_open', rounds[0]!),
      {
        samenwerkingsniveau: '3.5',
      },
    );
    expect(again.kind === 'done' && buttons(again.message)).toEqual(['checkin_open']);
  });

  it('a member who is not the projectleider cannot record voortgang or the agreed checklist', async () => {
    await expect(core.forms.roundFormForButton(RUBEN, 'progress_open', rounds[0]!)).rejects.toThrow(
      'Alleen de projectleider van deze regio mag dit doen.',
    );
    await expect(core.forms.roundFormForButton(RUBEN, 'checklist_agreed_open', rounds[0]!)).rejects.toThrow(
      'Alleen de projectleider',
    );
  });

  it('the projectleider records the voortgang and the checklist the werkgroep agreed on', async () => {
    const checkin = await submit(
      HANNEKE,
      await core.forms.roundFormForButton(HANNEKE, 'checkin_open', rounds[0]!),
      {
        samenwerkingsniveau: '4',
      },
    );
    expect(checkin.kind === 'done' && buttons(checkin.message)).toEqual([
      'checkin_open',
      'checklist_open',
      'progress_open',
      'checklist_agreed_open',
    ]);
    const progress = await core.forms.roundFormForButton(HANNEKE, 'progress_open', rounds[0]!);
    const progressSaved = await submit(HANNEKE, progress, {
      trajecten: '37',
      duurzame_uitstroom: '12',
      leerbijeenkomsten: '1',
    });
    expect(progressSaved.kind === 'done' && labels(progressSaved.message)[0]).toEqual([
      'progress_open',
      'Voortgang wijzigen',
    ]);
    const agreed = await core.forms.roundFormForButton(HANNEKE, 'checklist_agreed_open', rounds[0]!);
    expect(agreed.title).toBe('Checklist: afgesproken');
    expect(agreed.intro).not.toContain('voor jezelf');
    const agreedSaved = await submit(HANNEKE, agreed, allItems('ja'));
    expect(agreedSaved.kind === 'done' && texts(agreedSaved.message)).not.toContain(OWN_WHERE);
    expect(agreedSaved.kind === 'done' && labels(agreedSaved.message)[0]).toEqual([
      'checklist_agreed_open',
      'Checklist wijzigen',
    ]);

    const v = await tdb.db.pool.query(
      'SELECT region_id, tertiaal, trajecten, duurzame_uitstroom, casusbesprekingen FROM voortgang',
    );
    expect(v.rows).toEqual([
      {
        region_id: 'test-regio',
        tertiaal: '2026-T3',
        trajecten: 37,
        duurzame_uitstroom: 12,
        casusbesprekingen: null,
      },
    ]);
    const a = await tdb.db.pool.query(`SELECT count(*)::int AS n FROM checklist_agreed WHERE answer = 'ja'`);
    expect(a.rows[0].n).toBe(20);
    // Opened again, the voortgang form shows what was recorded.
    const reopened = await core.forms.roundFormForButton(HANNEKE, 'progress_open', rounds[0]!);
    expect(reopened.fields.find((f) => f.id === 'trajecten')).toMatchObject({ initial: 37 });
  });

  it('in the next tertiaal the checklist is offered again, filled in with last time’s answers', async () => {
    const round = await openRound('2027-01-26T14:00', '2027-01-26T14:31:00Z');
    const saved = await submit(RUBEN, await core.forms.roundFormForButton(RUBEN, 'checkin_open', round), {
      samenwerkingsniveau: '4',
    });
    expect(saved.kind === 'done' && buttons(saved.message)).toContain('checklist_open');
    const form = await core.forms.roundFormForButton(RUBEN, 'checklist_open', round);
    expect(form.intro).toContain('januari t/m april 2027');
    expect(form.fields.find((f) => f.id === 'item_15')).toMatchObject({ initial: 'nee' });
  });
});
