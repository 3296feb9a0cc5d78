import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// A database that an applied migration of another version of Schakel changed (its checksum
// differs): doctor reports it as a failure, and every command says what an operator can do.

const OPERATOR_ADVICE =
  'Installeer de versie van Schakel die deze database heeft gemaakt of bijgewerkt, of zet een back-up terug die bij deze versie hoort. (Voor ontwikkelaars: een toegepaste migratie is achteraf gewijzigd; zet de wijziging in een nieuwe migratie.)';

describe('an applied migration that differs from this version', () => {
  let tdb: TestDatabase;
  const env = () => ({ DATABASE_URL: tdb.url, DATABASE_POOL_MAX: '1' });
  beforeAll(async () => {
    tdb = await createTestDatabase();
    await tdb.db.pool.query(`UPDATE schema_migrations SET checksum = 'deadbeef' WHERE version = '005'`);
  });
  afterAll(async () => tdb?.drop());

  it('doctor fails on it and says what to do', async () => {
    const r = await runCli(['doctor'], env());
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /✖ De database hoort bij een andere versie van Schakel: databasemigratie 005_\w+ is in de database anders dan in deze versie\n {4}→ /,
    );
    expect(r.stdout).toContain(OPERATOR_ADVICE);
    expect(r.stdout).not.toContain('Alle databasemigraties zijn toegepast');
    expect(r.stdout).not.toContain('Alles in orde');
  });

  it('migrate and regions refuse it with the same advice, in one line', async () => {
    for (const command of ['migrate', 'regions']) {
      const r = await runCli([command], env());
      expect(r.code, command).toBe(1);
      expect(r.stderr.trim(), command).toMatch(
        /^De database hoort bij een andere versie van Schakel: databasemigratie 005_\w+ is in de database anders dan in deze versie\. Er is niets veranderd\. Installeer/,
      );
      expect(r.stderr).not.toContain('maak een nieuwe migratie');
    }
    const en = await runCli(['migrate', '--en'], env());
    expect(en.stderr).toContain('Install the version of Schakel that made or last updated this database');
  });
});
