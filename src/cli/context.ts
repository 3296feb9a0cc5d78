import { type Stats, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import { configSecrets } from '../config-secrets.ts';
import { createLogger, type Logger } from '../logger.ts';
import { words } from '../messages/catalogue/words.ts';
import { DataDirNoAccess } from '../store/data-dir-lock.ts';
import { type Database, openDatabase, ping } from '../store/database.ts';
import { changedMigrations, MigrationChanged, migrate, pendingMigrations } from '../store/migrate.ts';
import type { CliIo } from './command.ts';
import { DatabaseUnreachable } from './database-reach.ts';

/**
 * Configuration, logger and database for commands that need them, as the server builds them.
 * Only a command that makes a database when there is none (`mayCreate`: migrate, seed-demo,
 * import) starts an embedded one in an empty folder; the others, run in the wrong folder, say
 * where they looked instead of showing an empty new database as if the data were gone. Only a
 * command that writes (`mayMigrate`: migrate, import, seed-demo, members import and erase) applies
 * pending migrations, as start does; one that only reads never changes the schema: on a database
 * that needs migrations it says to run `schakel migrate` (exit 1).
 */
export async function withDatabase(
  io: CliIo,
  fn: (ctx: {
    config: Config;
    logger: Logger;
    db: Database;
    /** The migrations this call applied, in order: all of them on an empty database. */
    applied: readonly string[];
  }) => Promise<number>,
  opts: { readonly mayCreate?: boolean; readonly mayMigrate?: boolean } = {},
): Promise<number> {
  const config = readConfig(io);
  if (!config) return 78;
  const missing = missingEmbeddedDatabase(config);
  if (missing !== undefined && !opts.mayCreate) {
    io.stderr.write(`${words(io.english ? 'en' : 'nl').cli.store.noDatabase(missing)}\n`);
    return 1;
  }
  // Command output goes to stdout; logs go to stderr so they never mix with it.
  const logger = createLogger(
    config.logLevel === 'info' ? 'warn' : config.logLevel,
    process.stderr,
    configSecrets(config),
  );
  const db = await openDatabase(config.database, logger);
  try {
    await reachDatabase(db);
    if (opts.mayMigrate || opts.mayCreate)
      return await fn({ config, logger, db, applied: await migrate(db) });
    const changed = await changedMigrations(db);
    if (changed[0] !== undefined) throw new MigrationChanged(changed[0]);
    const pending = await pendingMigrations(db);
    if (pending.length > 0) {
      io.stderr.write(`${words(io.english ? 'en' : 'nl').cli.store.migrationsNeeded(pending.length)}\n`);
      return 1;
    }
    return await fn({ config, logger, db, applied: [] });
  } finally {
    await db.close();
  }
}

/** withDatabase for a command that writes (members import, members erase): it applies pending migrations. */
export function withDatabaseToWrite(io: CliIo, fn: Parameters<typeof withDatabase>[1]): Promise<number> {
  return withDatabase(io, fn, { mayMigrate: true });
}

/**
 * The embedded database's folder (absolute) when it holds no database yet; undefined otherwise.
 * A folder this user may not look in is no missing database: DataDirNoAccess says so.
 */
export function missingEmbeddedDatabase(config: Config): string | undefined {
  if (config.database.kind !== 'embedded') return undefined;
  const dir = resolve(config.database.dataDir);
  const folder = lookIn(dir);
  // A file of that name is not "no database": opening it says what it is (a file, not a folder).
  if (folder === 'none') return dir;
  if (!folder.isDirectory()) return undefined;
  return lookIn(join(dir, 'PG_VERSION')) === 'none' ? dir : undefined;
}

/** What is at `path`: 'none' when nothing is; DataDirNoAccess when this user may not look. */
function lookIn(path: string): Stats | 'none' {
  try {
    return statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new DataDirNoAccess(dirname(path));
    return 'none';
  }
}

/** The database `schakel start` opens while the server loads, and closes when it stops. */
export function openServerDatabase(config: Config, logger: Logger): Promise<Database> {
  return openDatabase(config.database, logger);
}

export function readConfig(io: CliIo): Config | undefined {
  try {
    return loadConfig(io.env, io.english ? 'en' : 'nl');
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr.write(`${err.message}\n`);
      return undefined;
    }
    throw err;
  }
}

/**
 * One round trip to a PostgreSQL server before anything else is asked of it, so that a wrong
 * DATABASE_URL or a server that is down reads as that, not as a failing migration. The embedded
 * database says what went wrong itself.
 */
export async function reachDatabase(db: Database): Promise<void> {
  if (db.kind !== 'postgres') return;
  try {
    await ping(db);
  } catch (err) {
    throw new DatabaseUnreachable(err);
  }
}
