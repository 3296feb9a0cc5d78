import { type Config, ConfigError, loadConfig } from '../config.ts';
import { configSecrets } from '../config-secrets.ts';
import { createLogger, type Logger } from '../logger.ts';
import { type Database, openDatabase, ping } from '../store/database.ts';
import { migrate } from '../store/migrate.ts';
import type { CliIo } from './command.ts';
import { DatabaseUnreachable } from './database-reach.ts';

/** Configuration, logger and database for commands that need them, as the server builds them. */
export async function withDatabase(
  io: CliIo,
  fn: (ctx: {
    config: Config;
    logger: Logger;
    db: Database;
    /** The migrations this call applied, in order: all of them on an empty database. */
    applied: readonly string[];
  }) => Promise<number>,
): Promise<number> {
  const config = readConfig(io);
  if (!config) return 78;
  // Command output goes to stdout; logs go to stderr so they never mix with it.
  const logger = createLogger(
    config.logLevel === 'info' ? 'warn' : config.logLevel,
    process.stderr,
    configSecrets(config),
  );
  const db = await openDatabase(config.database, logger);
  try {
    await reachDatabase(db);
    const applied = await migrate(db);
    return await fn({ config, logger, db, applied });
  } finally {
    await db.close();
  }
}

/** The database `schakel start` opens while the server loads, and closes when it stops. */
export function openServerDatabase(config: Config, logger: Logger): Promise<Database> {
  return openDatabase(config.database, logger);
}

export function readConfig(io: CliIo): Config | undefined {
  try {
    return loadConfig(io.env);
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
