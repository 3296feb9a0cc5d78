import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoundForInvite } from '../../src/checkin/open-round.ts';
import { manualClock } from '../../src/clock.ts';
import { type Core, createCore } from '../../src/core.ts';
import { createLogger } from '../../src/logger.ts';
import { FORM_IDS, inputFields } from '../../src/messages/forms/model.ts';
import { plainText } from '../../src/messages/model.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { defineSeries, findOccurrence } from '../../src/schedule/series.ts';
import { checkinStore } from '../../src/store/checkin-store.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { findSeries } from '../../src/store/rhythm-repo.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const clock = manualClock('2026-10-05T06:00:00Z');
const RUBEN = { platform: 'slack' as const, workspace: 'T0TEST', userId: 'U0RUBEN' };
const STRANGER = { platform: 'teams' as const, workspace: 'tenant-x', userId: '29:onbekend' };

/** The one form protocol, as both adapters use it: submit(user, formId, metadata, values). */
describe('submitting any form through core.forms.submit', () => {
  let tdb: TestDatabase;
  let core: Core;
  let overlegId: string;

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

  async function openRound(): Promise<string> {
    clock.set('2026-10-06T13:31:00Z');
    const stored = await findSeries(tdb.db.pool, overlegId);
    const occurrence = findOccurrence(defineSeries(stored!.definition), '2026-10-06T14:00')!;
    return (await openRoundForInvite(checkinStore(tdb.db), overlegId, occurrence, clock.now())).id;
  }

  it('a form id nobody made is refused in words, never thrown', async () => {
    const outcome = await core.forms.submit(RUBEN, 'onbekend', {}, {});
    expect(outcome.kind).toBe('refused');
    expect(outcome.kind === 'refused' && plainText(outcome.message)).toContain('Dit formulier ken ik niet');
  });

  it('a check-in with a problem comes back as the form, the problem beside its field and the input kept', async () => {
    const roundId = await openRound();
    const form = await core.forms.roundFormForButton(RUBEN, 'checkin_open', roundId);
    const outcome = await core.forms.submit(RUBEN, 'checkin', form.privateMetadata, {
      samenwerkingsniveau: '11',
      went_well: 'De leerbijeenkomst was goed bezocht.',
    });
    expect(outcome.kind).toBe('again');
    if (outcome.kind !== 'again') return;
    expect(outcome.form.id).toBe('checkin');
    expect(outcome.form.problems?.map((p) => p.field)).toEqual(['samenwerkingsniveau']);
    const kept = inputFields(outcome.form).find((f) => f.id === 'went_well');
    expect(kept?.initial).toBe('De leerbijeenkomst was goed bezocht.');
  });

  it('a form with a missing answer and client data names both at once, so the member fixes everything in one go', async () => {
    const roundId = (await tdb.db.pool.query('SELECT id FROM checkin_rounds')).rows[0].id as string;
    const form = await core.forms.roundFormForButton(RUBEN, 'checkin_open', roundId);
    const outcome = await core.forms.submit(RUBEN, 'checkin', form.privateMetadata, {
      samenwerkingsniveau: '11',
      went_well: 'Klant met BSN 123456782 is geplaatst',
    });
    expect(outcome.kind).toBe('again');
    if (outcome.kind !== 'again') return;
    expect(outcome.form.problems?.map((p) => p.field).sort()).toEqual(['samenwerkingsniveau', 'went_well']);
    expect(outcome.form.problems?.find((p) => p.field === 'went_well')?.message).toContain(
      'burgerservicenummer',
    );
    expect((await tdb.db.pool.query('SELECT 1 FROM checkin_answers')).rowCount).toBe(0);
  });

  it('a saved check-in is done, its confirmation meant for the member’s chat', async () => {
    const roundId = (await tdb.db.pool.query('SELECT id FROM checkin_rounds')).rows[0].id as string;
    const form = await core.forms.roundFormForButton(RUBEN, 'checkin_open', roundId);
    const outcome = await core.forms.submit(RUBEN, 'checkin', form.privateMetadata, {
      samenwerkingsniveau: '4',
    });
    expect(outcome).toMatchObject({ kind: 'done', answerIn: 'chat' });
  });

  it('the quick input is a form like the others: an expired one comes back with the reason beside its field', async () => {
    const outcome = await core.forms.submit(RUBEN, 'quick_input', {}, { tekst: 'Rol van de jobcoach' });
    expect(outcome.kind).toBe('again');
    expect(outcome.kind === 'again' && outcome.form.problems).toEqual([
      { field: 'tekst', message: 'Dit formulier is verlopen. Open het opnieuw.' },
    ]);
  });

  it('a series form from someone Schakel does not know is refused in place of the form, not rebuilt for them', async () => {
    const outcome = await core.forms.submit(STRANGER, 'reeks', { overlegId, mode: 'nieuw' }, {});
    expect(outcome).toMatchObject({ kind: 'refused', answerIn: 'form' });
  });

  it('every form id has its entry in the registry', async () => {
    for (const id of FORM_IDS) {
      const outcome = await core.forms.submit(STRANGER, id, {}, {});
      const said = outcome.kind === 'refused' ? plainText(outcome.message) : '';
      expect(said).not.toContain('ken ik niet');
    }
  });
});
