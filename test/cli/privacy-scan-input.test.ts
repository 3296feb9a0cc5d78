import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliWords, type ProcessResult } from '../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'schakel-scan-invoer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `schakel privacy scan < PATH`, as a shell runs it: PATH opened as the process's stdin. */
function scanFrom(path: string, ...args: string[]): Promise<ProcessResult> {
  const fd = openSync(path, 'r');
  const child = spawn(process.execPath, cliWords('privacy', 'scan', ...args), {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    stdio: [fd, 'pipe', 'pipe'],
  });
  closeSync(fd);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => {
      stdout += d;
    });
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('schakel privacy scan with input it cannot read', () => {
  it('a folder as input (schakel privacy scan < /tmp) is said in Dutch, with a non-zero exit code', async () => {
    const r = await scanFrom(dir);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'Kan de invoer niet lezen: dat is een map. Geef een tekstbestand, zoals: schakel privacy scan < tekst.txt\n',
    );
    expect(r.code).toBe(2);
    const en = await scanFrom(dir, '--en');
    expect(en.stderr).toBe(
      'Cannot read the input: that is a folder. Give a text file, as in: schakel privacy scan < text.txt\n',
    );
    expect(en.code).toBe(2);
  });

  it('an empty file is still a complete scan: no lines, exit code 0', async () => {
    const r = await scanFrom('/dev/null');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });
});
