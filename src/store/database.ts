import pg from 'pg';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
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

export async function openDatabase(database: Config['database'], logger: Logger): Promise<Database> {
  if (database.kind === 'postgres') {
    return wrap('postgres', new pg.Pool({ connectionString: database.url, max: database.poolMax }), logger);
  }
  const embedded = await startEmbeddedPostgres(database.dataDir, {
    unpackPrepared: unpackPreparedCluster,
    prepared: preparedCluster,
  });
  // PGlite is one backend: a single connection keeps transactions from interleaving.
  const db = wrap('embedded', new pg.Pool({ connectionString: embedded.url, max: 1 }), logger);
  return {
    ...db,
    async close() {
      await db.close();
      await embedded.stop();
    },
  };
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
      try {
        await client.query('BEGIN');
        const result = await fn(client);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
