import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createLogger } from '../../src/logger.ts';
import { type Database, wrap } from '../../src/store/database.ts';
import { startEmbeddedPostgres } from '../../src/store/embedded.ts';
import { migrate } from '../../src/store/migrate.ts';

/**
 * A fresh database for one benchmark: on the PostgreSQL server of BENCH_DATABASE_URL
 * (default the machine's, 127.0.0.1:5432) when it answers, else embedded PGlite.
 */
export async function benchDatabase(): Promise<{
  db: Database;
  label: string;
  /** The database's URL on a PostgreSQL server; undefined when embedded. */
  url?: string;
  drop(): Promise<void>;
}> {
  const logger = createLogger('silent');
  const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `schakel_bench_${randomBytes(4).toString('hex')}`;
  try {
    const admin = new pg.Client({ connectionString: server, connectionTimeoutMillis: 2_000 });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    // Connections are kept while the benchmark runs: a backend that closed when idle would take its
    // CPU time out of databaseCpuMs (support/database-cpu.ts), and PostgreSQL's figure with it.
    const pool = new pg.Pool({ connectionString: url.toString(), max: 12, idleTimeoutMillis: 0 });
    const db = wrap('postgres', pool, logger);
    await migrate(db);
    return {
      db,
      label: `PostgreSQL at ${new URL(server).host}`,
      url: url.toString(),
      async drop() {
        await db.close();
        const a = new pg.Client({ connectionString: server });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  } catch {
    const embedded = await startEmbeddedPostgres(undefined);
    const db = wrap('embedded', new pg.Pool({ connectionString: embedded.url, max: 1 }), logger);
    await migrate(db);
    return {
      db,
      label: 'embedded PGlite (no PostgreSQL server answered)',
      async drop() {
        await db.close();
        await embedded.stop();
      },
    };
  }
}
