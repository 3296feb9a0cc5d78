import type { Database } from './database.ts';
import { appliedMigrations, loadMigrations } from './migrate.ts';

/**
 * The applied migrations this version of Schakel does not know (`version_name`): a newer Schakel
 * made or updated the database. For `schakel doctor` and `start`'s warning; none when the table is not there yet.
 */
export async function unknownMigrations(db: Database): Promise<string[]> {
  const known = new Set((await loadMigrations()).map((m) => m.version));
  return [...(await appliedMigrations(db))]
    .filter(([version]) => !known.has(version))
    .map(([version, { name }]) => `${version}_${name}`);
}
