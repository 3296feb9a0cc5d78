import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { START_BOUND_MS, startSchakel } from '../support/schakel-process.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// A database a newer Schakel has migrated: schema_migrations holds a migration this version does
// not know. doctor must not call that "Alles in orde": it says a newer Schakel made it; start says so
// in its log as a warning and keeps serving (an older replica during a rolling upgrade).

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

  it(
    'start warns once in its log and keeps serving',
    async () => {
      const schakel = startSchakel({
        ...env(),
        TEAMS_CLIENT_ID: 'schakel-test',
        TEAMS_CLIENT_SECRET: 'geheim',
        PORT: '0',
        LOG_LEVEL: 'info',
      });
      try {
        const line = JSON.parse(await schakel.waitForLine('nieuwere versie van Schakel', START_BOUND_MS));
        expect(line).toMatchObject({ level: 40, migrations: ['999_uit_de_toekomst'] });
        expect(line.msg).toContain('Installeer die nieuwere versie');
        await schakel.waitForLine('"listen"', START_BOUND_MS);
      } finally {
        await schakel.stop();
      }
    },
    2 * START_BOUND_MS,
  );
});
