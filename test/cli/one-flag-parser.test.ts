import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/run-cli.ts';

// Every command reads its flags with one parser (src/cli/flags.ts): what an operator mistypes is said
// the same way everywhere, and nothing is done. Before, export, import and national had their own
// parser that took a stray word silently (national) or read "--force=nee" as an unknown option.

const dir = mkdtempSync(join(tmpdir(), 'schakel-one-parser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { SCHAKEL_DATA_DIR: join(dir, 'data') };

describe('one parser for every command', () => {
  it.each([
    [['national', 'T2', '--period', '2026-T2'], 'Onbekende optie of waarde: T2'],
    [['export', '--regio', 'x'], 'Onbekende optie of waarde: --regio'],
    [['export', '--force=nee'], 'Onbekende optie of waarde: --force=nee'],
    [['export', '--out'], '--out verwacht een waarde'],
    [['national', '--period', '2026-T1', '--period', '2026-T2'], '--period is meer dan eens opgegeven'],
    [['import', '--force', 'a.json'], 'Onbekende optie of waarde: --force'],
    [['digest', '--period'], '--period verwacht een waarde'],
    [['doctor', '--bogus'], 'Onbekend argument: --bogus'],
    [['start', '--poort', '4000'], 'Onbekend argument: --poort'],
    [['regions', 'alles'], 'Onbekend argument: alles'],
  ])('schakel %j: exit 2, says so, makes no database', async (args, said) => {
    const r = await runCliInProcess(args, env);
    expect(r.stderr).toContain(said);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
    expect(existsSync(env.SCHAKEL_DATA_DIR)).toBe(false);
  });

  it('the same mistake reads the same in English', async () => {
    const a = await runCliInProcess(['export', '--regio', 'x', '--en'], env);
    const b = await runCliInProcess(['digest', '--regio', 'x', '--en'], env);
    expect(a.stderr).toContain('Unknown option or value: --regio');
    expect(b.stderr).toContain('Unknown option or value: --regio');
    const c = await runCliInProcess(['doctor', '--bogus', '--en'], env);
    expect(c.stderr).toContain('Unknown argument: --bogus');
    expect(c.code).toBe(2);
  });

  it('--help anywhere prints the usage and exits 0', async () => {
    for (const args of [
      ['export', '--out', 'x.json', '--help'],
      ['import', '-h'],
      ['national', '--help'],
    ]) {
      const r = await runCliInProcess(args, env);
      expect(`${r.stdout}${r.stderr}`).toMatch(/schakel (export|import|national)/);
      expect(r.code).toBe(0);
    }
  });
});
