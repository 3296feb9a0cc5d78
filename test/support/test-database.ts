import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createLogger } from '../../src/logger.ts';
import { type Database, embeddedPool, wrap } from '../../src/store/database.ts';
import { startEmbeddedPostgres } from '../../src/store/embedded.ts';
import { createFromPostgresTemplate, embeddedTemplate, withDatabaseName } from './database-templates.ts';

export interface TestDatabase {
  readonly db: Database;
  readonly url: string;
  readonly kind: 'postgres' | 'embedded';
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file: on the real server named by
 * TEST_DATABASE_URL a fresh database that is dropped afterwards; otherwise a
 * fresh in-memory PGlite served over a socket, exactly as `npm start` uses it.
 * Migrated unless `migrate: false`; either way a copy of a template made once
 * (database-templates.ts), which is much faster than migrating each time.
 */
export async function createTestDatabase(opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const logger = createLogger('silent');
  const server = process.env.TEST_DATABASE_URL;
  let result: TestDatabase;
  if (server) {
    const name = `schakel_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    if (opts.migrate === false) {
      const admin = new pg.Client({ connectionString: server });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
    } else await createFromPostgresTemplate(server, name);
    const url = withDatabaseName(server, name);
    const db = wrap('postgres', new pg.Pool({ connectionString: url, max: 10 }), logger);
    result = {
      db,
      url,
      kind: 'postgres',
      async drop() {
        await db.close();
        const a = new pg.Client({ connectionString: server });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  } else {
    const embedded = await startEmbeddedPostgres(undefined, {
      loadDataDir: await embeddedTemplate(opts.migrate === false ? 'blank' : 'migrated'),
    });
    const db = wrap('embedded', embeddedPool(embedded.url), logger);
    result = {
      db,
      url: embedded.url,
      kind: 'embedded',
      async drop() {
        await db.close();
        await embedded.stop();
      },
    };
  }
  return result;
}
