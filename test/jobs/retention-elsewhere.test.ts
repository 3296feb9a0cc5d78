import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { type RetentionStore, startRetention } from '../../src/jobs/retention.ts';
import { createLogger } from '../../src/logger.ts';
import { retentionStore } from '../../src/store/retention-repo.ts';
import { LogCapture } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

// The retention run's advisory lock (src/store/retention-repo.ts), as another replica holds it.
const RETENTION_LOCK = 4_242_424;

interface Line {
  readonly msg: string;
  readonly removed?: unknown;
  readonly months?: number;
}

// Two replicas on one PostgreSQL both start the bewaartermijn; only one gets the lock. The other
// must not log "bewaartermijn toegepast" with zero counts, which reads as "nothing was old enough".
describe('bewaartermijn on a replica while another one applies it', () => {
  let tdb: TestDatabase;
  let other: pg.Client | undefined;
  beforeAll(async () => {
    tdb = await createTestDatabase();
  });
  afterAll(async () => {
    await other?.end();
    await tdb?.drop();
  });

  const firstLine = async (store: RetentionStore) => {
    const logs = new LogCapture();
    const retention = startRetention({
      store,
      clock: manualClock('2026-12-06T08:00:00Z'),
      months: 24,
      logger: createLogger('info', logs, []),
    });
    const lines = () => logs.lines.map((l) => JSON.parse(l) as Line);
    const line = await waitFor('the retention line', () =>
      lines().find((l) => l.msg.startsWith('bewaartermijn')),
    );
    await retention.stop();
    expect(lines().filter((l) => l.msg === 'bewaartermijn toegepast')).toEqual([]);
    return line;
  };
  const ELSEWHERE = 'bewaartermijn niet toegepast: een andere Schakel-instantie past hem op dit moment toe';

  // The embedded database is one session for every connection: no second replica can hold a lock there.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'logs that another Schakel instance applies it, with no counts',
    async () => {
      other = new pg.Client({ connectionString: tdb.url });
      await other.connect();
      await other.query('SELECT pg_advisory_lock($1)', [RETENTION_LOCK]);
      const line = await firstLine(retentionStore(tdb.db));
      expect(line.msg).toBe(ELSEWHERE);
      expect(line.removed).toBeUndefined();
    },
  );

  it('says the same whenever the store finds the run held elsewhere (any database)', async () => {
    const line = await firstLine({
      deleteFreeTextBefore: async () => null,
      forgetAnsweredCommands: async () => 0,
    });
    expect(line).toMatchObject({ msg: ELSEWHERE, months: 24 });
  });
});
