import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'schakel-out-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mode = (file: string) => statSync(file).mode & 0o777;

/** A file of the operator's, readable by everyone, that a careless --out would replace. */
function existing(name: string): string {
  const file = join(dir, name);
  writeFileSync(file, 'van de beheerder\n');
  chmodSync(file, 0o644);
  return file;
}

describe('--out files with names in them', () => {
  let env: Record<string, string>;
  beforeAll(async () => {
    env = { SCHAKEL_DATA_DIR: await preparedDataDir('schakel-out-files-', 'migrated') };
    expect((await runCli(['seed-demo'], env)).code).toBe(0);
  });

  it('export --out onto an existing file refuses without --force, and --force leaves it 0600', async () => {
    const file = existing('export.json');
    const refused = await runCli(['export', '--out', file], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${file} bestaat al; er is niets overschreven`);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('van de beheerder\n');
    const forced = await runCli(['export', '--out', file, '--force'], env);
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('schakel/v1');
    expect(mode(file)).toBe(0o600);
  });

  it('digest and evaluation --out do the same, and a new file is 0600', async () => {
    const digest = existing('digest.md');
    const args = ['digest', '--region', 'demo-achterhoek', '--period', '2026-T2', '--out', digest];
    const refused = await runCli(args, env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
    expect((await runCli([...args, '--force'], env)).code).toBe(0);
    expect(mode(digest)).toBe(0o600);
    const evaluation = join(dir, 'evaluatie.md');
    const evalArgs = [
      'evaluation',
      '--region',
      'demo-achterhoek',
      '--from',
      '2026-01-01',
      '--to',
      '2026-06-30',
    ];
    expect((await runCli([...evalArgs, '--out', evaluation], env)).code).toBe(0);
    expect(mode(evaluation)).toBe(0o600);
    expect((await runCli([...evalArgs, '--out', evaluation], env)).code).toBe(1);
  });
});
