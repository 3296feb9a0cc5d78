import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

// `schakel cards --out DIR` on a full disk: one plain line ("de schijf is vol"), not Node's
// "ENOSPC: no space left on device, write". /dev/full answers every write with ENOSPC: the files
// cards writes are made links to it.
const dir = mkdtempSync(join(tmpdir(), 'schakel-cards-full-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(existsSync('/dev/full'))('schakel cards on a full disk', () => {
  it('says the disk is full, in Dutch and with --en in English', async () => {
    const first = join(dir, 'eerst');
    expect((await runCli(['cards', '--out', first], {})).code).toBe(0);
    const full = join(dir, 'vol');
    for (const platform of ['slack', 'teams']) {
      mkdirSync(join(full, platform), { recursive: true });
      for (const name of readdirSync(join(first, platform)))
        symlinkSync('/dev/full', join(full, platform, name));
    }
    const r = await runCli(['cards', '--out', full], {});
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`Kan ${full} niet schrijven: de schijf is vol.`);
    const en = await runCli(['cards', '--out', full, '--en'], {});
    expect(en.stderr).toContain('the disk is full');
    expect(en.stderr).not.toContain('ENOSPC');
  }, 60_000);
});
