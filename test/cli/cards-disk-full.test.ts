import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runCliWithFileLimit } from '../support/run-cli.ts';

// `schakel cards --out DIR` on a disk that fills up: one plain line, not Node's "EFBIG: file too large,
// write" or "ENOSPC: no space left on device, write", and no card file cut off (each is written whole
// beside its place and then moved in: src/cli/whole-file.ts). The full disk is a file size limit on the
// process (ulimit -f), which needs no root.
const dir = mkdtempSync(join(tmpdir(), 'schakel-cards-full-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('schakel cards on a disk that fills up', () => {
  it('says it could not write, in Dutch and with --en in English, and leaves no cut-off card', async () => {
    const full = join(dir, 'vol');
    const r = await runCliWithFileLimit(1, ['cards', '--out', full], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `Kan ${full} niet schrijven: het bestand wordt groter dan hier is toegestaan.`,
    );
    expect(r.stderr).not.toContain('EFBIG');
    const en = await runCliWithFileLimit(1, ['cards', '--out', full, '--en'], {});
    expect(en.code).toBe(1);
    expect(en.stderr).not.toMatch(/EFBIG|ENOSPC|Kan /);
    // What is there is whole: every card file a complete JSON document.
    for (const platform of ['slack', 'teams'].filter((p) => existsSync(join(full, p))))
      for (const name of readdirSync(join(full, platform)).filter((n) => n.endsWith('.json')))
        expect(() => JSON.parse(readFileSync(join(full, platform, name), 'utf8'))).not.toThrow();
    // With room enough the same command writes them all.
    expect((await runCli(['cards', '--out', full], {})).code).toBe(0);
  }, 60_000);
});
