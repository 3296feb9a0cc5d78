import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spreadsheetRegion } from '../interchange/spreadsheet-region.ts';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

// `schakel members import` where the members cannot be looked up: in local mode (the local chat
// is this machine's browser page, not a platform with accounts to find) and for a werkgroep
// without a linked channel. The advice must be right and lead somewhere: no "internet" for a
// local lookup, no "geef --werkgroep" when it was given, no --workspace without Slack.
const dir = mkdtempSync(join(tmpdir(), 'schakel-members-local-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'leden.csv');
writeFileSync(
  file,
  'naam,organisatie,domein,e-mail,rol\nIris Kok,Gemeente Fictief,gemeente,iris@example.org,lid\n',
);

describe('members import in local mode', () => {
  let env: Record<string, string>;
  beforeAll(async () => {
    env = { SCHAKEL_DATA_DIR: await preparedDataDir('schakel-members-local-', 'migrated') };
    expect((await runCli(['seed-demo'], env)).code).toBe(0);
  }, 60_000);

  it('a werkgroep linked to a local chat channel: stored, and why nobody was linked', async () => {
    const r = await runCli(
      [
        'members',
        'import',
        file,
        '--region',
        'demo-achterhoek',
        '--werkgroep',
        'Werkgroep GGZ & Werk Achterhoek',
      ],
      env,
    );
    expect(r.stderr).not.toContain('internet');
    expect(r.stderr).not.toContain('niet bereikbaar');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Toegevoegd: 1');
    expect(r.stdout).toContain('lokale modus');
    expect(r.stdout).not.toContain('--workspace');
  }, 60_000);
});

describe('members import for a werkgroep without a linked channel', () => {
  let env: Record<string, string>;
  beforeAll(async () => {
    env = {
      SCHAKEL_DATA_DIR: await preparedDataDir('schakel-members-nochannel-', 'migrated'),
      TEAMS_CLIENT_ID: 'schakel-test',
      TEAMS_CLIENT_SECRET: 'geheim',
    };
    writeFileSync(join(dir, 'regio.json'), JSON.stringify(spreadsheetRegion()));
    expect((await runCli(['import', join(dir, 'regio.json')], env)).code).toBe(0);
  }, 60_000);

  it('says the werkgroep has no channel and how to link one, not to give --werkgroep or --workspace', async () => {
    const r = await runCli(
      ['members', 'import', file, '--region', 'fictief-oost', '--werkgroep', 'werkgroep OOST'],
      env,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('heeft nog geen gekoppeld kanaal');
    expect(r.stdout).toContain('koppel');
    expect(r.stdout).not.toContain('geef --werkgroep');
    expect(r.stdout).not.toContain('--workspace');
  }, 60_000);
});
