import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spreadsheetRegion } from '../interchange/spreadsheet-region.ts';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli, runCliInProcess } from '../support/run-cli.ts';

// What an operator types to `schakel members import` is read as they mean it: a werkgroep in other
// capitals, --workspace without Slack said instead of ignored, an empty file not called "stored",
// and the --region hint names an id that exists (the demo's). Fictional people only.

const dir = mkdtempSync(join(tmpdir(), 'schakel-members-flags-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const csv = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const HEADER = 'naam,organisatie,domein,e-mail,rol\n';

describe('schakel members import flags', () => {
  let env: Record<string, string>;
  beforeAll(async () => {
    env = { SCHAKEL_DATA_DIR: await preparedDataDir('schakel-members-flags-', 'migrated') };
    writeFileSync(join(dir, 'regio.json'), JSON.stringify(spreadsheetRegion()));
    expect((await runCli(['import', join(dir, 'regio.json')], env)).code).toBe(0);
  });

  it('--werkgroep in other capitals finds the werkgroep, as members erase --naam does', async () => {
    const file = csv('leden.csv', `${HEADER}Iris Kok,Gemeente Fictief,gemeente,iris@example.org,lid\n`);
    const r = await runCli(
      ['members', 'import', file, '--region', 'fictief-oost', '--werkgroep', 'werkgroep OOST'],
      env,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Toegevoegd: 1, bijgewerkt: 0.');
    expect(r.code).toBe(0);
  });

  it('--workspace without Slack set up is refused, not ignored', async () => {
    const file = csv('een.csv', `${HEADER}Joost Vos,UWV,uwv,joost@example.org,lid\n`);
    const r = await runCli(
      ['members', 'import', file, '--region', 'fictief-oost', '--workspace', 'T123'],
      env,
    );
    expect(r.stderr).toContain(
      '--workspace zoekt in Slack, maar Slack is niet ingesteld (SLACK_BOT_TOKEN of SLACK_CLIENT_ID). Laat --workspace weg of stel Slack in.',
    );
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  it('a file with no members: nothing is called stored', async () => {
    const r = await runCli(['members', 'import', csv('leeg.csv', HEADER), '--region', 'fictief-oost'], env);
    expect(r.stdout).toBe('Toegevoegd: 0, bijgewerkt: 0.\n');
    expect(r.code).toBe(0);
  });

  it('the --region hint names the demo region, an id that exists once the demo is seeded', async () => {
    const r = await runCliInProcess(['digest', '--period', '2026-T2', '--format', 'md']);
    expect(r.stderr).toContain('--region is verplicht: de id van de regio, bijvoorbeeld demo-achterhoek');
    const en = await runCliInProcess(['digest', '--period', '2026-T2', '--format', 'md', '--en']);
    expect(en.stderr).toContain('--region is required: the id of the region, for example demo-achterhoek');
  });
});
