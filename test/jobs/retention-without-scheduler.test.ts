import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { startUntilLogLine } from '../support/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// A generous bound for a whole process to start on a busy two-core machine.
const START_BOUND_MS = 90_000;

// The bewaartermijn is no reminder: it holds in every process that owns the database, also one
// started with SCHAKEL_SCHEDULER=false (an HTTP-only replica, or an installation without a
// scheduler at all), once at start and every day after.
describe('bewaartermijn with the scheduler switched off', () => {
  let tdb: TestDatabase;
  let overlegId: string;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    ({ overlegId } = await seedWerkgroep(tdb.db, { slackTeam: 'T0TEST' }));
    await tdb.db.pool.query(
      `INSERT INTO agenda_items (overleg_id, for_occurrence, text, created_at) VALUES
        ($1, '2023-01-10T14:00', 'Agendapunt van lang geleden', now() - interval '30 months'),
        ($1, '2026-09-08T14:00', 'Agendapunt van vorige maand', now() - interval '1 month')`,
      [overlegId],
    );
  });
  afterAll(async () => tdb?.drop());

  const agenda = async () =>
    (await tdb.db.pool.query('SELECT text FROM agenda_items ORDER BY created_at')).rows.map((r) => r.text);

  it(
    'schakel start deletes free text older than SCHAKEL_RETENTION_MONTHS and keeps the rest',
    async () => {
      const env = {
        DATABASE_URL: tdb.url,
        DATABASE_POOL_MAX: '1',
        SCHAKEL_SCHEDULER: 'false',
        SCHAKEL_RETENTION_MONTHS: '24',
        TEAMS_CLIENT_ID: 'schakel-test',
        TEAMS_CLIENT_SECRET: 'geheim',
        PORT: '0',
        LOG_LEVEL: 'info',
      };
      const line = await startUntilLogLine(env, 'bewaartermijn toegepast', START_BOUND_MS);
      expect(line).toMatchObject({ removed: { agendapunten: 1 }, months: 24 });
      expect(await agenda()).toEqual(['Agendapunt van vorige maand']);
    },
    2 * START_BOUND_MS,
  );
});
