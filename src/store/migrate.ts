import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from './database.ts';

const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');
// Any fixed number: two replicas starting together migrate one after the other.
const MIGRATION_LOCK = 4_242_001;

export interface Migration {
  readonly version: string;
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const sql = await readFile(join(dir, file), 'utf8');
      return {
        version: file.slice(0, 3),
        name: file.slice(4, -4),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    }),
  );
}

/**
 * A migration this version of Schakel knows differs from the one the database applied (by its
 * checksum): the database was made or updated by another version, or a migration was edited after
 * it ran. Nothing more is applied; the command line words it for the operator (cli/main.ts).
 */
export class MigrationChanged extends Error {
  readonly migration: string;
  constructor(migration: string) {
    super(`migration ${migration} differs from the one the database applied`);
    this.name = 'MigrationChanged';
    this.migration = migration;
  }
}

/** Applies pending migrations in order, each in its own transaction. Returns the versions applied. */
export async function migrate(db: Database, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await loadMigrations());
  const client = await db.pool.connect();
  // An error on the connection while it is out of the pool fails the next statement instead of
  // stopping the process (the pool listens only while it is idle).
  let lost: Error | undefined;
  const onLost = (err: Error) => {
    lost = err;
  };
  client.on('error', onLost);
  // Waiting for another replica's migrations, or a migration on a large table, may take longer
  // than the pool's statement limit (database.ts): lifted on this connection while it migrates,
  // then set back to what the pool gave it.
  let limit: string | undefined;
  try {
    limit = (await client.query<{ statement_timeout: string }>('SHOW statement_timeout')).rows[0]
      ?.statement_timeout;
    await client.query('SET statement_timeout = 0');
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: string; checksum: string }>(
      'SELECT version, checksum FROM schema_migrations',
    );
    const applied = new Map(rows.map((r) => [r.version, r.checksum]));
    const done: string[] = [];
    for (const m of all) {
      const seen = applied.get(m.version);
      if (seen !== undefined) {
        if (seen !== m.checksum) {
          throw new MigrationChanged(`${m.version}_${m.name}`);
        }
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          m.checksum,
        ]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw new Error(`Migratie ${m.version}_${m.name} mislukt: ${(err as Error).message}`);
      }
      done.push(m.version);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    if (limit !== undefined)
      await client.query(`SELECT set_config('statement_timeout', $1, false)`, [limit]).catch(() => undefined);
    client.off('error', onLost);
    client.release(lost);
  }
}

/** True when every known migration is applied (for /readyz). */
export async function migrationsApplied(db: Database): Promise<boolean> {
  const all = await loadMigrations();
  const { rows } = await db.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM schema_migrations WHERE version = ANY($1)`,
    [all.map((m) => m.version)],
  );
  return rows[0]?.n === all.length;
}

/**
 * What schema_migrations holds, by version (empty when the table is not there yet): what doctor and the
 * read-only commands compare this version's migrations with.
 */
export async function appliedMigrations(
  db: Database,
): Promise<Map<string, { name: string; checksum: string }>> {
  const { rows } = await db.pool
    .query<{ version: string; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    )
    .catch(() => ({ rows: [] as { version: string; name: string; checksum: string }[] }));
  return new Map(rows.map((r) => [r.version, { name: r.name, checksum: r.checksum }]));
}

/** The known migrations not yet applied (all of them when the table is not there yet), for `schakel doctor`. */
export async function pendingMigrations(db: Database): Promise<string[]> {
  const applied = await appliedMigrations(db);
  return (await loadMigrations()).map((m) => m.version).filter((v) => !applied.has(v));
}

/**
 * The applied migrations whose checksum differs from this version's (`version_name`), for
 * `schakel doctor`; none when the table is not there yet.
 */
export async function changedMigrations(db: Database): Promise<string[]> {
  const applied = await appliedMigrations(db);
  return (await loadMigrations())
    .filter((m) => applied.has(m.version) && applied.get(m.version)!.checksum !== m.checksum)
    .map((m) => `${m.version}_${m.name}`);
}
