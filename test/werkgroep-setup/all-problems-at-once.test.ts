import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { type Core, createCore } from '../../src/core.ts';
import { createLogger } from '../../src/logger.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const clock = manualClock('2026-10-05T08:00:00Z');
const HANNEKE = { platform: 'slack' as const, workspace: 'T0TEST', userId: 'U0HANNEKE' };

/**
 * `nieuwe-werkgroep`: the projectleider fills the form once and reads every field that is wrong in
 * one reply, through the one form protocol both platforms use (core.forms.submit).
 */
describe('the form for a new werkgroep names every wrong field at once', () => {
  let tdb: TestDatabase;
  let core: Core;
  let rubenId: string;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    rubenId = (await seedWerkgroep(tdb.db, { slackTeam: 'T0TEST' })).rubenId;
    core = createCore({
      db: tdb.db,
      clock,
      logger: createLogger('silent'),
      guard: createGuard({ now: () => clock.now() }),
    });
  });
  afterAll(async () => tdb?.drop());

  const filled = (changes: Record<string, string>) => ({
    naam: 'Werkgroep Noord',
    soort: 'werkgroep',
    datum: '2026-11-03',
    tijd: '14:00',
    elke: '4',
    duur: '90',
    leden: rubenId,
    ...changes,
  });

  async function problems(values: Record<string, string>) {
    const outcome = await core.forms.submit(HANNEKE, 'werkgroep', { aanvraag: randomUUID() }, values);
    expect(outcome.kind).toBe('again');
    return Object.fromEntries(
      (outcome.kind === 'again' ? (outcome.form.problems ?? []) : []).map((p) => [p.field, p.message]),
    );
  }

  async function werkgroepen(): Promise<number> {
    return (await tdb.db.pool.query('SELECT count(*)::int AS n FROM overleggen')).rows[0].n;
  }

  it('a name already taken and a date in the past, beside a missing time: all three in one reply', async () => {
    const said = await problems(filled({ naam: 'Werkgroep Oost', datum: '2026-09-01', tijd: '' }));
    expect(Object.keys(said).sort()).toEqual(['datum', 'naam', 'tijd']);
    expect(said.naam).toContain('Werkgroep Oost');
    expect(said.datum).toBe('Deze datum ligt in het verleden. Kies een eerste bijeenkomst vanaf vandaag.');
    expect(await werkgroepen()).toBe(1);
  });

  it('client data in the name and a date in the past, every other field right: both in one reply', async () => {
    const said = await problems(filled({ naam: 'Werkgroep BSN 123456782', datum: '2026-09-01' }));
    expect(Object.keys(said).sort()).toEqual(['datum', 'naam']);
    expect(said.datum).toBe('Deze datum ligt in het verleden. Kies een eerste bijeenkomst vanaf vandaag.');
    expect(await werkgroepen()).toBe(1);
  });

  it('once all is right, the werkgroep is made', async () => {
    const outcome = await core.forms.submit(HANNEKE, 'werkgroep', { aanvraag: randomUUID() }, filled({}));
    expect(outcome.kind).toBe('done');
    expect(await werkgroepen()).toBe(2);
  });
});
