import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// A database a newer Schakel has migrated: schema_migrations holds a migration this version does
// not know. doctor must not call that "Alles in orde": it says a newer Schakel made it.

describe('a database with a migration newer than this version', () => {
  let tdb: TestDatabase;
  const env = () => ({ DATABASE_URL: tdb.url, DATABASE_POOL_MAX: '1' });
  beforeAll(async () => {
    tdb = await createTestDatabase();
    await tdb.db.pool.query(
      `INSERT INTO schema_migrations (version, name, checksum) VALUES ('999', 'uit_de_toekomst', 'abc')`,
    );
  });
  afterAll(async () => tdb?.drop());

  it('doctor fails on it and names a newer Schakel', async () => {
    const r = await runCli(['doctor'], env());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '✖ De database is gemaakt of bijgewerkt door een nieuwere versie van Schakel: databasemigratie 999_uit_de_toekomst kent deze versie niet',
    );
    expect(r.stdout).toContain('Installeer die nieuwere versie');
    expect(r.stdout).not.toContain('Alles in orde');
    const en = await runCli(['doctor', '--en'], env());
    expect(en.stdout).toContain('made or updated by a newer version of Schakel');
  }, 60_000);
});
