import pg from 'pg';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { explicitSslMode } from './database-ssl.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { preparedCluster, unpackPreparedCluster } from './prepared-cluster.ts';

export type Queryable = Pick<pg.PoolClient, 'query'>;

export interface Database {
  readonly kind: 'postgres' | 'embedded';
  readonly pool: pg.Pool;
  /** Runs fn in one transaction: all of it lands, or none of it. */
  transaction<T>(fn: (client: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Dates stay strings: a calendar date has no time zone and must not gain one.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/**
 * Limits a PostgreSQL server enforces on each of the pool's connections: a statement running
 * longer is cancelled, a transaction left open and idle longer is ended. A stuck query or a
 * forgotten transaction fails (the member gets the general apology, the log says why) instead of
 * holding a connection, and the locks it took, for good. Schakel's statements take milliseconds;
 * migrations lift the statement limit for themselves (migrate.ts).
 */
export const SERVER_TIMEOUTS = { statementMs: 30_000, idleInTransactionMs: 60_000 };

/**
 * The pool for a PostgreSQL server, its connections set up with `timeouts`: by SET once connected
 * (awaited before the pool hands the connection out), not as startup parameters, which connection
 * poolers such as PgBouncer refuse ("unsupported startup parameter").
 */
export function serverPool(url: string, max: number, timeouts = SERVER_TIMEOUTS): pg.Pool {
  const statementMs = Math.trunc(timeouts.statementMs);
  const idleMs = Math.trunc(timeouts.idleInTransactionMs);
  return new pg.Pool({
    connectionString: explicitSslMode(url).url,
    max,
    onConnect: async (client) => {
      await client.query(
        `SET statement_timeout = ${statementMs}; SET idle_in_transaction_session_timeout = ${idleMs}`,
      );
    },
  });
}

export async function openDatabase(database: Config['database'], logger: Logger): Promise<Database> {
  if (database.kind === 'postgres') {
    // What the URL's sslmode means, said once in Schakel's words (pg says nothing: database-ssl.ts).
    const { sslmode, meaning } = explicitSslMode(database.url);
    if (meaning) logger.info({ sslmode }, meaning);
    return wrap('postgres', serverPool(database.url, database.poolMax), logger);
  }
  const embedded = await startEmbeddedPostgres(database.dataDir, {
    unpackPrepared: unpackPreparedCluster,
    prepared: preparedCluster,
  });
  const db = wrap('embedded', embeddedPool(embedded.url), logger);
  return {
    ...db,
    async close() {
      await db.close();
      await embedded.stop();
    },
  };
}

/**
 * The pool for the embedded database. PGlite is one backend: a single connection keeps
 * transactions from interleaving. That backend outlives the connection, and with it the statements
 * prepared by name (members-repo, handled-requests-repo, the check-in ack): a new connection would
 * find them already there and every named query would fail with "prepared statement … already
 * exists". So the connection is not closed for being idle, and a new one (after a failed query)
 * starts by dropping what the old one prepared.
 */
export function embeddedPool(url: string): pg.Pool {
  // onConnect is awaited before the pool hands the connection out: the first query waits for it.
  return new pg.Pool({
    connectionString: url,
    max: 1,
    idleTimeoutMillis: 0,
    onConnect: (client) =>
      client.query('DEALLOCATE ALL').then(
        () => undefined,
        () => undefined,
      ),
  });
}

/** Answers when the database does: one round trip, for `schakel doctor` and the health checks. */
export async function ping(db: Database): Promise<void> {
  await db.pool.query('SELECT 1');
}

/** A database for an already running server or embedded socket (used by tests too). */
export function wrap(kind: Database['kind'], pool: pg.Pool, logger: Logger): Database {
  pool.on('error', (err) => logger.error({ err }, 'databaseverbinding verbroken'));
  return {
    kind,
    pool,
    async transaction(fn) {
      const client = await pool.connect();
      // The pool listens for a connection's errors only while it is idle. The server may end one in
      // use between statements (a transaction idle past its limit, a restart): then the next
      // statement fails, and the connection is thrown away instead of going back to the pool.
      let lost: Error | undefined;
      const onLost = (err: Error) => {
        lost = err;
        logger.warn({ err }, 'databaseverbinding verbroken tijdens een transactie');
      };
      client.on('error', onLost);
      try {
        await client.query('BEGIN');
        const result = await fn(client);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.off('error', onLost);
        client.release(lost);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
