import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember } from '../support/fixtures.ts';
import { runCli } from '../support/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// An organisation (or a name) of one letter is odd, but it is there: the import stores it, as
// the schakel/v1 import does. Only an empty cell is "missing". Fictional people only.
describe('schakel members import: a short organisation or name is not a missing one', () => {
  let tdb: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'schakel-short-'));
  const csv = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const run = (file: string) =>
    runCli(['members', 'import', file, '--region', 'test-regio'], {
      DATABASE_URL: tdb.url,
      DATABASE_POOL_MAX: '1',
    });

  beforeAll(async () => {
    tdb = await createTestDatabase();
    await addMember(tdb.db, { name: 'Hanneke Wiggers', identities: [] });
  });
  afterAll(async () => {
    await tdb?.drop();
  });

  it('organisatie "X" and naam "Q" are stored', async () => {
    const file = csv(
      'kort.csv',
      'naam,organisatie,domein,e-mail,rol\nAnouk Visser,X,gemeente,anouk.visser@x.example,lid\nQ,UWV,uwv,q@uwv.example,lid\n',
    );
    const r = await run(file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Toegevoegd: 2, bijgewerkt: 0.');
    const { rows } = await tdb.db.pool.query(
      `SELECT name, organisation FROM members WHERE email IS NOT NULL ORDER BY email`,
    );
    expect(rows).toEqual([
      { name: 'Anouk Visser', organisation: 'X' },
      { name: 'Q', organisation: 'UWV' },
    ]);
  });

  it('an empty or blank organisatie is still missing', async () => {
    const file = csv(
      'leeg.csv',
      'naam,organisatie,domein,e-mail,rol\nBram Koster,,ggz,bram.koster@ggnet.example,lid\nCor Dijkman,  ,uwv,cor.dijkman@uwv.example,lid\n',
    );
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Rij 2, organisatie: organisatie ontbreekt');
    expect(r.stderr).toContain('Rij 3, organisatie: organisatie ontbreekt');
    expect(r.stderr).toContain('Er is niets opgeslagen');
  });
});
