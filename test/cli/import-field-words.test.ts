import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spreadsheetRegion } from '../interchange/spreadsheet-region.ts';
import { runCli } from '../support/run-cli.ts';

// A field the file format does not have is named in Dutch at its place, and a name that is too
// long says how long it may be, as the forms do. Fictional people only.

const dir = mkdtempSync(join(tmpdir(), 'schakel-import-fields-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { SCHAKEL_DATA_DIR: join(dir, 'data') };
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('schakel import of a file with a field it does not know', () => {
  const doc = spreadsheetRegion();
  const withPhone = {
    ...doc,
    members: [{ ...doc.members![0]!, telefoon: '0612345678' }, ...doc.members!.slice(1)],
  };

  it('names the field and its place in Dutch, and imports nothing', async () => {
    const r = await runCli(['import', file('telefoon.json', JSON.stringify(withPhone))], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('members[0].telefoon: onbekend veld "telefoon"');
    expect(r.stderr).toContain('is niet geïmporteerd; er is niets veranderd');
    expect(r.stderr).not.toMatch(/key/i);
  });

  it('and in English with --en', async () => {
    const r = await runCli(['import', file('telefoon-en.json', JSON.stringify(withPhone)), '--en'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('members[0].telefoon: unknown field "telefoon"');
  });
});

describe('schakel members import of a name that is too long', () => {
  const csv = (name: string) =>
    file('leden.csv', `naam,organisatie,domein,e-mail\n${name},Gemeente Fictief,gemeente,kees@example.org\n`);

  it('says the maximum', async () => {
    const r = await runCli(['members', 'import', csv('K'.repeat(121)), '--region', 'fictief-oost'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('naam is te lang: hoogstens 120 tekens');
    const en = await runCli(
      ['members', 'import', csv('K'.repeat(121)), '--region', 'fictief-oost', '--en'],
      env,
    );
    expect(en.stderr).toContain('naam (name) is too long: at most 120 characters');
  });
});
