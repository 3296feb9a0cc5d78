import type { Database } from './database.ts';
import { loadMigrations } from './migrate.ts';

/**
 * The applied migrations this version of Schakel does not know (`version_name`): a newer Schakel
 * made or updated the database. For `schakel doctor`; none when the table is not there yet.
 */
export async function unknownMigrations(db: Database): Promise<string[]> {
  const { rows } = await db.pool
    .query<{ version: string; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version')
    .catch(() => ({ rows: [] as { version: string; name: string }[] }));
  const known = new Set((await loadMigrations()).map((m) => m.version));
  return rows.filter((r) => !known.has(r.version)).map((r) => `${r.version}_${r.name}`);
}
