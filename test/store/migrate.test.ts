import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, MigrationChanged, migrate } from '../../src/store/migrate.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

async function schemaSnapshot(tdb: TestDatabase): Promise<string> {
  const { rows } = await tdb.db.pool.query(
    `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
      WHERE table_schema = 'public' ORDER BY table_name, column_name`,
  );
  return JSON.stringify(rows);
}

describe('migrations', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => tdb?.drop());

  it('applies every migration in order the first time and records them', async () => {
    const all = await loadMigrations();
    expect(await migrate(tdb.db)).toEqual(all.map((m) => m.version));
    const { rows } = await tdb.db.pool.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(all.map((m) => m.version));
  });

  it('changes nothing when run a second time', async () => {
    const before = await schemaSnapshot(tdb);
    expect(await migrate(tdb.db)).toEqual([]);
    expect(await schemaSnapshot(tdb)).toBe(before);
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const all = await loadMigrations();
    const edited = all.map((m, i) => (i === 0 ? { ...m, checksum: 'anders' } : m));
    await expect(migrate(tdb.db, edited)).rejects.toBeInstanceOf(MigrationChanged);
  });

  it('leaves nothing half-applied when a migration fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'migraties-'));
    writeFileSync(join(dir, '900_half.sql'), 'CREATE TABLE half_af (id int); SELECT * FROM bestaat_niet;');
    const broken = [...(await loadMigrations()), ...(await loadMigrations(dir))];
    await expect(migrate(tdb.db, broken)).rejects.toThrow(/900_half mislukt/);
    const { rows } = await tdb.db.pool.query(`SELECT to_regclass('public.half_af') AS t`);
    expect(rows[0].t).toBeNull();
    const recorded = await tdb.db.pool.query(`SELECT 1 FROM schema_migrations WHERE version = '900'`);
    expect(recorded.rowCount).toBe(0);
  });
});

describe('the database after a failed query', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase();
  });
  afterAll(async () => tdb?.drop());

  it('answers the very next query (pg replaces the failed connection at once)', async () => {
    for (let i = 0; i < 3; i++) {
      await expect(tdb.db.pool.query('SELECT 1 / 0')).rejects.toThrow(/division by zero/);
      const { rows } = await tdb.db.pool.query('SELECT 2 AS twee');
      expect(rows).toEqual([{ twee: 2 }]);
    }
  });
});
