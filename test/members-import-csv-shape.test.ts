import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseText } from './support/database-text.ts';
import { seedWerkgroep } from './support/rhythm-fixture.ts';
import { runCli } from './support/run-cli.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

// The file as Excel saves it: one separator per file, read from the header row. No Slack or Teams
// is configured here, as on a fresh installation where the members are imported first.
describe('schakel members import: the separator of the file, its columns and its options', () => {
  let tdb: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'schakel-csv-shape-'));
  const csv = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  beforeAll(async () => {
    tdb = await createTestDatabase();
    await seedWerkgroep(tdb.db, { slackTeam: 'T0SHAPE' });
  });
  afterAll(async () => {
    await tdb?.drop();
  });
  const env = () => ({ DATABASE_URL: tdb.url, DATABASE_POOL_MAX: '1' });
  const run = (file: string, ...more: string[]) =>
    runCli(['members', 'import', file, '--region', 'test-regio', ...more], env());
  /** Runs the import of a file that must go through without a word on stderr. */
  const imported = async (name: string, text: string) => {
    const r = await run(csv(name, text));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return r;
  };
  const rolesOf = async (email: string) =>
    (
      await tdb.db.pool.query<{ role: string }>(
        `SELECT r.role FROM member_roles r JOIN members m ON m.id = r.member_id WHERE m.email = $1 ORDER BY r.role`,
        [email],
      )
    ).rows.map((r) => r.role);

  it('in a comma file, "lid;projectleider" is one cell with two roles', async () => {
    await imported(
      'komma.csv',
      'naam,organisatie,domein,e-mail,rol\nUrsula Wit,GGZ Oost,ggz,ursula@x.example.nl,lid;projectleider\n',
    );
    expect(await rolesOf('ursula@x.example.nl')).toEqual(['lid', 'projectleider']);
  });

  it('a row with more cells than the header is refused, naming the row; nothing stored', async () => {
    const before = await databaseText(tdb.db);
    const r = await run(
      csv(
        'te-veel.csv',
        'naam;organisatie;domein;e-mail;rol\nVera Wit;UWV;uwv;vera@x.example.nl;lid\nWim Wit;UWV;uwv;wim@x.example.nl;lid;projectleider\n',
      ),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Rij 3: 6 cellen, de kopregel heeft er 5');
    expect(r.stderr).toContain('Er is niets opgeslagen');
    expect(await databaseText(tdb.db)).toBe(before);
  });

  it('in a semicolon file, a comma inside a cell is just part of the cell', async () => {
    await imported(
      'puntkomma.csv',
      'naam;organisatie;domein;e-mail;rol\r\nDijk, Kees van;Gemeente Zwaluwdorp, afdeling Werk;gemeente;kees@x.example.nl;"lid;projectleider"\r\n',
    );
    const { rows } = await tdb.db.pool.query(
      `SELECT name, organisation FROM members WHERE email = 'kees@x.example.nl'`,
    );
    expect(rows).toEqual([{ name: 'Dijk, Kees van', organisation: 'Gemeente Zwaluwdorp, afdeling Werk' }]);
    expect(await rolesOf('kees@x.example.nl')).toEqual(['lid', 'projectleider']);
  });

  it('a tab file with commas and semicolons in its cells still works', async () => {
    await imported(
      'tab.txt',
      'naam\torganisatie\tdomein\te-mail\trol\nLot, Jan\tUWV; Oost\tuwv\tjan@x.example.nl\tlid\n',
    );
  });

  it('an unknown option (a typo of --werkgroep, or --bogus) is refused before anything is stored', async () => {
    const before = await databaseText(tdb.db);
    const file = csv('ok.csv', 'naam,organisatie,domein,e-mail,rol\nXan Wit,UWV,uwv,xan@x.example.nl,lid\n');
    for (const extra of [['--werkgroup', 'Bestaat Niet'], ['--bogus']]) {
      const r = await run(file, ...extra);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`Onbekende optie of waarde: ${extra[0]}`);
    }
    expect(await databaseText(tdb.db)).toBe(before);
  });

  it('an "E-mailadres" column is the e-mail column', async () => {
    await imported(
      'adres.csv',
      'Naam;Organisatie;Domein;E-mailadres;Rol\nYara Wit;UWV;uwv;yara@x.example.nl;lid\n',
    );
    expect(await rolesOf('yara@x.example.nl')).toEqual(['lid']);
  });

  it('two columns for the same thing ("E-mail" and "E-mailadres") are refused, naming both; nothing stored', async () => {
    // An HR export with a work and a private address: taking one of the two silently would
    // link or write to an address nobody chose.
    const before = await databaseText(tdb.db);
    const r = await run(
      csv(
        'twee-adressen.csv',
        'Naam;Organisatie;Domein;E-mail;E-mailadres\nGijs Wit;UWV;uwv;gijs@werk.example.nl;gijs@thuis.example.nl\n',
      ),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'Rij 1, kop: de kolommen E-mail en E-mailadres zijn dezelfde kolom (e-mail). Laat er één staan',
    );
    expect(r.stderr).toContain('Er is niets opgeslagen');
    expect(await databaseText(tdb.db)).toBe(before);
  });

  it('the same column name twice ("naam", "naam") is refused too, not one of the two kept', async () => {
    const before = await databaseText(tdb.db);
    const r = await run(
      csv('naam-twee-keer.csv', 'naam,naam,organisatie,domein,e-mail\nFien,Wit,UWV,uwv,fien@x.example.nl\n'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Rij 1, kop: de kolommen naam en naam zijn dezelfde kolom (naam)');
    expect(await databaseText(tdb.db)).toBe(before);
  });

  it('an empty e-mail cell is a member without e-mail; importing again updates, not duplicates', async () => {
    const text =
      'naam,organisatie,domein,e-mail,rol\nBep Wit,UWV,uwv,,lid\nCas Wit,UWV,uwv,cas@x.example.nl,lid\n';
    expect((await imported('zonder-mail.csv', text)).stdout).toContain('Toegevoegd: 2, bijgewerkt: 0.');
    expect((await imported('zonder-mail.csv', text)).stdout).toContain('Toegevoegd: 0, bijgewerkt: 2.');
    const { rows } = await tdb.db.pool.query(`SELECT email FROM members WHERE name = 'Bep Wit'`);
    expect(rows).toEqual([{ email: null }]);
  });

  it('a member imported without e-mail and later given one is the same member, with the address', async () => {
    const header = 'naam,organisatie,domein,e-mail,rol\n';
    await imported('eerst-zonder.csv', `${header}Fenna Wit,UWV,uwv,,lid\n`);
    const r = await imported('later-met.csv', `${header}Fenna Wit,UWV,uwv,fenna@x.example.nl,lid\n`);
    expect(r.stdout).toContain('Toegevoegd: 0, bijgewerkt: 1.');
    const { rows } = await tdb.db.pool.query(`SELECT email FROM members WHERE name = 'Fenna Wit'`);
    expect(rows).toEqual([{ email: 'fenna@x.example.nl' }]);
  });

  it('two rows without e-mail for the same person are refused, naming both rows', async () => {
    const r = await run(
      csv('twee-keer.csv', 'naam,organisatie,domein,e-mail\nDes Wit,UWV,uwv,\ndes wit,uwv,uwv,\n'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'Rij 3, naam: dit lid (zelfde naam en organisatie, geen e-mail) staat ook op rij 2',
    );
  });

  it('without Slack or Teams: says once that linking comes later, not "not found" per member', async () => {
    const r = await run(
      csv(
        'geen-platform.csv',
        'naam,organisatie,domein,e-mail,rol\nZoë Wit,UWV,uwv,zoe@x.example.nl,lid\nAart Wit,UWV,uwv,aart@x.example.nl,lid\n',
      ),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Niet gevonden in Slack of Teams');
    expect(r.stdout).not.toContain('zoe@x.example.nl');
    expect(r.stdout.match(/Geen Slack of Teams ingesteld/g)).toHaveLength(1);
  });
});
