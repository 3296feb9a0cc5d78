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
 * A newcomer's walk: the projectleider made a werkgroep from her own chat and let its first
 * meeting pass, expecting at least the check-in; nothing came, because Schakel plans nothing for a
 * werkgroep without a channel. The answer to the form says so, for reminders and check-in both,
 * instead of only "dan komen de herinneringen daar".
 */
describe('a werkgroep made without a channel: the answer says nothing is sent until koppel', () => {
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

  it('no reminders and no check-in until then, as planned: nothing', async () => {
    const outcome = await core.forms.submit(
      HANNEKE,
      'werkgroep',
      { aanvraag: randomUUID() },
      {
        naam: 'Werkgroep Noord',
        soort: 'werkgroep',
        datum: '2026-10-13',
        tijd: '14:00',
        elke: '4',
        duur: '90',
        leden: rubenId,
      },
    );
    expect(outcome.kind).toBe('done');
    const said = JSON.stringify(outcome.kind === 'done' ? outcome.message : null);
    expect(said).toContain(
      'Er is nog geen kanaal gekoppeld. Tot dan stuur ik voor deze werkgroep niets: geen herinneringen en geen check-in. Typ /schakel koppel Werkgroep Noord in het kanaal van de werkgroep, dan komen ze daar.',
    );
    const planned = await tdb.db.pool.query(
      `SELECT count(*)::int AS n FROM deliveries d JOIN overleggen o ON o.id = d.overleg_id WHERE o.name = $1`,
      ['Werkgroep Noord'],
    );
    expect(planned.rows[0].n).toBe(0);
  });
});
