import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'schakel-operator-messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A plain file where a folder is expected. */
function aFile(name: string): string {
  const file = join(dir, name);
  writeFileSync(file, 'geen map\n');
  return file;
}

describe('what the commands say about a wrong argument', () => {
  it('evaluation with an impossible --from names only that date', async () => {
    const r = await runCli(['evaluation', '--region', 'x', '--from', '2026-13-01', '--to', '2026-12-31'], {
      SCHAKEL_DATA_DIR: join(dir, 'data'),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--from verwacht een datum als JJJJ-MM-DD');
    expect(r.stderr).not.toContain('--to ligt vóór --from');
  });

  it('export with --region twice refuses instead of exporting the last region alone', async () => {
    const r = await runCli(['export', '--region', 'zwaluwdorp', '--region', 'merel'], {
      SCHAKEL_DATA_DIR: join(dir, 'data'),
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--region is meer dan eens opgegeven');
    const en = await runCli(['export', '--region=zwaluwdorp', '--region', 'merel', '--en'], {
      SCHAKEL_DATA_DIR: join(dir, 'data'),
    });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--region was given more than once');
  });

  it('national without --period says that --period is required', async () => {
    const r = await runCli(['national'], { SCHAKEL_DATA_DIR: join(dir, 'data') });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      '--period is verplicht: een periode als VAN..TOT (datums JJJJ-MM-DD of tertialen zoals 2026-T2), of één tertiaal zoals 2026-T2.',
    );
  });

  it('cards --out onto a file says it needs a folder, without blaming SCHAKEL_DATA_DIR', async () => {
    const file = aFile('kaarten.csv');
    const r = await runCli(['cards', '--out', file], {});
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `Kan de map ${file} niet maken: dat is een bestand, geen map. Geef bij --out een nieuwe of bestaande map op.`,
    );
  });

  it('doctor with SCHAKEL_DATA_DIR naming a file says in Dutch that it is a file, not a folder', async () => {
    const file = aFile('data-als-bestand');
    const r = await runCli(['doctor'], { SCHAKEL_DATA_DIR: file });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}`);
    expect(r.stdout).toContain('dat is een bestand, geen map');
    expect(r.stdout).not.toMatch(/EEXIST|file already exists/);
  });
});
