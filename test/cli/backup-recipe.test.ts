import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'schakel-backup-recipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The README's backup of the embedded database, run as written: the archive holds names, and the
 * README says it is readable by its owner only, whatever the shell's umask (022 on most machines).
 */
describe("the README's backup recipe", () => {
  it('makes an archive only its owner may read', () => {
    const recipe = README.split('\n')
      .flatMap((line) => [...line.matchAll(/`([^`]*tar -C \.schakel -czf[^`]*)`/g)].map((m) => m[1]))
      .at(0);
    expect(recipe).toBeDefined();
    mkdirSync(join(dir, '.schakel', 'data'), { recursive: true });
    writeFileSync(join(dir, '.schakel', 'data', 'PG_VERSION'), '18\n');
    execFileSync('sh', ['-c', `umask 022; ${recipe}`], { cwd: dir });
    const archive = /-czf (\S+)/.exec(recipe ?? '')?.[1] ?? '';
    expect(statSync(join(dir, archive)).mode & 0o077).toBe(0);
  });
});
