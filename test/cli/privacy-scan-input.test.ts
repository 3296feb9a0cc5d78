import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliWords, type ProcessResult } from '../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'schakel-scan-invoer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `schakel privacy scan < PATH` started as a shell starts it: PATH opened as the process's stdin. */
function spawnScan(path: string, ...args: string[]) {
  const fd = openSync(path, 'r');
  const child = spawn(process.execPath, cliWords('privacy', 'scan', ...args), {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    stdio: [fd, 'pipe', 'pipe'],
  });
  closeSync(fd);
  return child;
}

/** `schakel privacy scan < PATH`, run to its end. */
function scanFrom(path: string, ...args: string[]): Promise<ProcessResult> {
  const child = spawnScan(path, ...args);
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

  it('UTF-16 text (Windows’ "Unicode" with its byte order mark) is scanned as text, not as clean bytes', async () => {
    const file = join(dir, 'unicode.txt');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('BSN 111222333\r\nhallo\r\n', 'utf16le')]),
    );
    const r = await scanFrom(file);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      '{"line":1,"findings":[{"kind":"bsn","start":4,"end":13}]}\n{"line":2,"findings":[]}\n',
    );
    expect(r.code).toBe(0);
  });

  it('bytes that are no UTF-8 (a Windows-1252 "café") are refused in Dutch and English with exit code 2', async () => {
    const file = join(dir, 'ansi.txt');
    writeFileSync(file, Buffer.from([...Buffer.from('caf'), 0xe9, ...Buffer.from(' BSN 111222333\n')]));
    const r = await scanFrom(file);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'Kan de invoer niet lezen: de tekst is geen UTF-8; sla het bestand op als UTF-8.',
    );
    expect(r.code).toBe(2);
    const en = await scanFrom(file, '--en');
    expect(en.stderr).toContain('Cannot read the input: the text is not UTF-8; save the file as UTF-8.');
    expect(en.code).toBe(2);
  });
});

describe('schakel privacy scan | head -1', () => {
  it('a reader that stops after one line ends the scan quietly with exit code 0', async () => {
    const file = join(dir, 'many.txt');
    writeFileSync(file, 'BSN 111222333\n'.repeat(50_000));
    const child = spawnScan(file);
    let stderr = '';
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    // As `head -1` does: read the first output, then close the pipe.
    child.stdout?.once('data', () => child.stdout?.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
