import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../src/store/migrate.ts';
import { preparedDataDir } from '../support/database-templates.ts';
import { READ_ONLY_COMMANDS } from '../support/read-only-commands.ts';
import { runCli } from '../support/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// Commands that only read never change the database's schema: on a database that still needs
// migrations (doctor says to run `schakel migrate`) they refuse, and say so, instead of applying
// them in silence. `migrate` (and start, import, seed-demo) still apply them.

describe('a PostgreSQL database (DATABASE_URL) that needs migrations', () => {
  let tdb: TestDatabase;
  const env = () => ({ DATABASE_URL: tdb.url, DATABASE_POOL_MAX: '1' });
  beforeAll(async () => {
    tdb = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => tdb?.drop());

  it('regions, export, digest, national and evaluation refuse it and change nothing; migrate then applies them', async () => {
    const n = (await loadMigrations()).length;
    for (const args of READ_ONLY_COMMANDS) {
      const r = await runCli([...args], env());
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim(), args.join(' ')).toBe(
        `De database heeft ${n} migraties nodig; er is niets veranderd. Draai eerst schakel migrate.`,
      );
      expect(r.stdout, args.join(' ')).toBe('');
    }
    const tables = await tdb.db.pool.query(
      `SELECT 1 FROM information_schema.tables WHERE table_name = 'schema_migrations'`,
    );
    expect(tables.rowCount).toBe(0);
    const en = await runCli(['regions', '--en'], env());
    expect(en.stderr.trim()).toBe(
      `The database needs ${n} migrations; nothing was changed. Run schakel migrate first.`,
    );
    const migrated = await runCli(['migrate'], env());
    expect(migrated.code, migrated.stderr).toBe(0);
    const after = await runCli(['regions'], env());
    expect(after.code, after.stderr).toBe(0);
  });
});

describe('an embedded database that needs migrations', () => {
  let data: string;
  beforeAll(async () => {
    data = await preparedDataDir('schakel-read-only-', 'blank');
  });
  afterAll(() => rmSync(dirname(data), { recursive: true, force: true }));

  it('regions refuses it the same way; migrate applies them', async () => {
    const r = await runCli(['regions'], { SCHAKEL_DATA_DIR: data });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('migraties nodig; er is niets veranderd. Draai eerst schakel migrate.');
    expect((await runCli(['migrate'], { SCHAKEL_DATA_DIR: data })).code).toBe(0);
    const after = await runCli(['regions'], { SCHAKEL_DATA_DIR: data });
    expect(after.code, after.stderr).toBe(0);
  });
});
