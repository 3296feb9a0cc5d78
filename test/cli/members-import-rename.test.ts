import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spreadsheetRegion } from '../interchange/spreadsheet-region.ts';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

// A members CSV row whose e-mail address is that of a member already there, under another name:
// the address says it is the same person, so the row updates them; the summary names each change
// of name (old → new) instead of a bare "bijgewerkt: 1". Fictional people only.

const dir = mkdtempSync(join(tmpdir(), 'schakel-members-rename-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const csv = (name: string, rows: string) => {
  writeFileSync(join(dir, name), `naam,organisatie,domein,e-mail,rol\n${rows}`);
  return join(dir, name);
};

describe('members import of a known address under another name', () => {
  let env: Record<string, string>;
  beforeAll(async () => {
    env = { SCHAKEL_DATA_DIR: await preparedDataDir('schakel-members-rename-', 'migrated') };
    writeFileSync(join(dir, 'regio.json'), JSON.stringify(spreadsheetRegion()));
    expect((await runCli(['import', join(dir, 'regio.json')], env)).code).toBe(0);
    const first = csv(
      'oud.csv',
      'Otto Oud,UWV,uwv,otto@example.org,lid\nPim Vast,UWV,uwv,pim@example.org,lid\n',
    );
    expect((await runCli(['members', 'import', first, '--region', 'fictief-oost'], env)).code).toBe(0);
  });

  it('names the change of name, old → new, with the address; an unchanged member is not named', async () => {
    const file = csv(
      'nieuw.csv',
      'Otto Nieuw,UWV,uwv,OTTO@example.org,lid\nPim Vast,UWV,uwv,pim@example.org,lid\n',
    );
    const r = await runCli(['members', 'import', file, '--region', 'fictief-oost'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Toegevoegd: 0, bijgewerkt: 2.\n');
    expect(r.stdout).toContain(
      'Andere naam bij een e-mailadres dat al in Schakel stond (zelfde persoon, naam bijgewerkt):\n  - Otto Oud → Otto Nieuw <otto@example.org>\n',
    );
    expect(r.stdout).not.toContain('Pim Vast →');
    // The same file again: nothing changes name.
    const again = await runCli(['members', 'import', file, '--region', 'fictief-oost'], env);
    expect(again.stdout).not.toContain('→');
  });

  it('in English too', async () => {
    const file = csv('terug.csv', 'Otto Oud,UWV,uwv,otto@example.org,lid\n');
    const r = await runCli(['members', 'import', file, '--region', 'fictief-oost', '--en'], env);
    expect(r.stdout).toContain(
      'Another name for an e-mail address already in Schakel (the same person, name updated):\n  - Otto Nieuw → Otto Oud <otto@example.org>\n',
    );
  });
});
