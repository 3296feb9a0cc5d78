import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { errorMessage } from '../../src/messages/errors.ts';
import { type Database, openDatabase, serverPool, wrap } from '../../src/store/database.ts';
import { migrate } from '../../src/store/migrate.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const logger = createLogger('silent');
const caught = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (err: Error & { code?: string }) => err,
  );
// migrate.ts's lock: another replica migrating holds it.
const MIGRATION_LOCK = 4_242_001;

// The limits are the server's: PGlite (the embedded database, one connection) is not given them.
describe.runIf(process.env.TEST_DATABASE_URL)('limits on a PostgreSQL server’s statements', () => {
  let tdb: TestDatabase;
  let tight: Database;
  beforeAll(async () => {
    tdb = await createTestDatabase();
    tight = wrap('postgres', serverPool(tdb.url, 2, { statementMs: 100, idleInTransactionMs: 200 }), logger);
  });
  afterAll(async () => {
    await tight?.close();
    await tdb?.drop();
  });

  it('opens the pool with a statement limit and an idle-in-transaction limit', async () => {
    const db = await openDatabase({ kind: 'postgres', url: tdb.url, poolMax: 1 }, logger);
    try {
      const { rows } = await db.pool.query(
        `SELECT current_setting('statement_timeout') AS statement,
                current_setting('idle_in_transaction_session_timeout') AS idle`,
      );
      expect(rows[0]).toEqual({ statement: '30s', idle: '1min' });
    } finally {
      await db.close();
    }
  });

  it('ends a statement that runs past the limit: the member gets the general apology, in Dutch', async () => {
    const err = await caught(tight.pool.query('SELECT pg_sleep(30)'));
    expect(err?.code).toBe('57014');
    expect(errorMessage(err).fallback).toMatch(/^Er ging iets mis in Schakel\./);
    // The connection is usable again.
    expect((await tight.pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('ends a transaction left idle past the limit, releasing what it holds, and Schakel serves on', async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', onUncaught);
    let err: (Error & { code?: string }) | undefined;
    try {
      err = await caught(
        tight.transaction(async (tx) => {
          const { rows } = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
          await tx.query(`INSERT INTO regions (id, name) VALUES ('stil', 'Regio Stil (fictief)')`);
          // Idle until the server has ended this connection: nothing but its limit ends it.
          await vi.waitFor(
            async () => {
              const gone = await tdb.db.pool.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [
                rows[0]!.pid,
              ]);
              expect(gone.rows).toEqual([]);
            },
            { timeout: 10_000, interval: 50 },
          );
          await tx.query('SELECT 1');
        }),
      );
    } finally {
      process.off('uncaughtException', onUncaught);
    }
    expect(err).toBeInstanceOf(Error);
    // The server's ending of the connection stopped nothing (before, it escaped as an uncaught error).
    expect(uncaught).toEqual([]);
    expect((await tight.pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    // Rolled back: the region it inserted is not there, and nothing waits on its row.
    const { rows } = await tdb.db.pool.query(`SELECT id FROM regions WHERE id = 'stil' FOR UPDATE NOWAIT`);
    expect(rows).toEqual([]);
  });

  it('migrates all the same when waiting for another replica’s migrations outlasts the limit', async () => {
    const other = new pg.Client({ connectionString: tdb.url });
    await other.connect();
    await other.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const migrating = migrate(tight);
    await vi.waitFor(async () => {
      const { rows } = await other.query(
        `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
      );
      expect(rows[0].n).toBe(1);
    });
    // Past the limit: a statement of its own length is cancelled meanwhile.
    expect((await caught(tight.pool.query('SELECT pg_sleep(30)')))?.code).toBe('57014');
    await other.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    await other.end();
    expect(await migrating).toEqual([]);
    // The pool's limit is back on the connection that migrated.
    expect((await caught(tight.pool.query('SELECT pg_sleep(30)')))?.code).toBe('57014');
  });
});
