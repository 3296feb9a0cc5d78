import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command.ts';
import { privacyScanCommand } from '../../src/cli/commands/privacy-scan.ts';

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function run(input: string | Buffer[], args: string[] = []) {
  const stdout = collect();
  const stderr = collect();
  const io: CliIo = {
    stdin: Readable.from(typeof input === 'string' ? [Buffer.from(input, 'utf8')] : input),
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: {},
  };
  const code = await privacyScanCommand.run(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function parsed(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}

describe('schakel privacy scan', () => {
  it('is named after its words', () => {
    expect(privacyScanCommand.name).toBe('privacy scan');
  });

  it('prints one JSON object per input line, with offsets in that line', async () => {
    const result = await run('Te weinig tijd.\nCliënt met BSN 123456782 belt.\n\nbel 06-12345678\n');
    expect(result.code).toBe(0);
    expect(parsed(result.stdout)).toEqual([
      { line: 1, findings: [] },
      { line: 2, findings: [{ kind: 'bsn', start: 15, end: 24 }] },
      { line: 3, findings: [] },
      { line: 4, findings: [{ kind: 'phone', start: 4, end: 15 }] },
    ]);
  });

  it('gives the offsets of look-alikes in the line as typed (the guard reads them folded)', async () => {
    // Mathematical digits are two code units each; a soft hyphen and a zero-width space are read as nothing.
    const result = await run('BSN 𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟐 en 06\u00ad12345678\nmail a.b\u200b@gmail.com\n');
    expect(parsed(result.stdout)).toEqual([
      {
        line: 1,
        findings: [
          { kind: 'bsn', start: 4, end: 22 },
          { kind: 'phone', start: 26, end: 37 },
        ],
      },
      { line: 2, findings: [{ kind: 'email', start: 5, end: 19 }] },
    ]);
  });

  it('handles CRLF, a last line without newline and a byte-order mark', async () => {
    const result = await run('\uFEFFBSN 123456782\r\nniets\r\nmail a.b@gmail.com');
    expect(parsed(result.stdout)).toEqual([
      { line: 1, findings: [{ kind: 'bsn', start: 4, end: 13 }] },
      { line: 2, findings: [] },
      { line: 3, findings: [{ kind: 'email', start: 5, end: 18 }] },
    ]);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = Buffer.from('Cliënt van 9 januari 1988\n', 'utf8');
    const split = bytes.indexOf(0xc3) + 1; // in the middle of "ë"
    const result = await run([bytes.subarray(0, split), bytes.subarray(split)]);
    expect(parsed(result.stdout)).toEqual([
      { line: 1, findings: [{ kind: 'birthdate', start: 11, end: 25 }] },
    ]);
  });

  it('prints nothing for empty input', async () => {
    expect(await run('')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a read error half-way is said in Dutch with exit code 2: the scan was not complete', async () => {
    let sent = false;
    const failing = new Readable({
      read() {
        if (sent) this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
        else this.push('niets bijzonders\n');
        sent = true;
      },
    });
    const stdout = collect();
    const stderr = collect();
    const io: CliIo = { stdin: failing, stdout: stdout.stream, stderr: stderr.stream, env: {} };
    expect(await privacyScanCommand.run([], io)).toBe(2);
    expect(stderr.text()).toBe(
      'Kan de invoer niet lezen: de schijf gaf een leesfout of schrijffout. Geef een tekstbestand, zoals: schakel privacy scan < tekst.txt\n',
    );
  });

  it('never prints the scanned text', async () => {
    const result = await run('Meneer Jansen heeft een psychose, BSN 123456782\n');
    expect(result.stdout).not.toContain('Jansen');
    expect(result.stdout).not.toContain('123456782');
  });

  it('refuses unknown arguments and explains itself on --help', async () => {
    const wrong = await run('', ['--all']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Onbekend argument: --all');
    const help = await run('', ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('schakel privacy scan');
  });
});
