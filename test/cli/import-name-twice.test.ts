import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spreadsheetRegion } from '../interchange/spreadsheet-region.ts';
import { databaseText } from '../support/database-text.ts';
import { runCli } from '../support/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// A name twice in one object of a schakel/v1 file (an address added by hand above the old one, a
// second "format"): JSON.parse keeps the last and drops the other without a word. `schakel import`
// refuses it instead, naming where, and changes nothing. Fictional people only.

const dir = mkdtempSync(join(tmpdir(), 'schakel-name-twice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('schakel import: a name twice in one object', () => {
  let tdb: TestDatabase;
  const env = () => ({ DATABASE_URL: tdb.url, DATABASE_POOL_MAX: '1' });
  beforeAll(async () => {
    tdb = await createTestDatabase();
  });
  afterAll(async () => tdb?.drop());

  it('a member with two e-mail addresses is refused at members[0].email; nothing stored', async () => {
    // Anna's private address written in above her work address.
    const twice = JSON.stringify(spreadsheetRegion(), null, 2).replace(
      '"email": "anna@example.org"',
      '"email": "anna.thuis@example.org",\n      "email": "anna@example.org"',
    );
    expect(JSON.parse(twice)).toBeTruthy();
    const before = await databaseText(tdb.db);
    const r = await runCli(['import', file('twee-adressen.json', twice)], env());
    expect(r.stderr).toContain(
      '  members[0].email: "email" staat twee keer in hetzelfde object; Schakel kiest niet zelf welke waarde geldt. Laat er één staan.\n',
    );
    expect(r.code).toBe(1);
    expect(await databaseText(tdb.db)).toBe(before);
    const en = await runCli(['import', file('twee-adressen.json', twice), '--en'], env());
    expect(en.stderr).toContain('  members[0].email: "email" is twice in the same object');
  });

  it('a second "format" that would hide a wrong first one is refused too', async () => {
    const doc = JSON.stringify(spreadsheetRegion());
    const r = await runCli(['import', file('format.json', `{"format":"schakel/v0",${doc.slice(1)}`)], env());
    expect(r.stderr).toContain('  format: "format" staat twee keer in hetzelfde object');
    expect(r.code).toBe(1);
  });

  it('the same name in two objects is no problem: the file imports', async () => {
    const r = await runCli(['import', file('goed.json', JSON.stringify(spreadsheetRegion()))], env());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
