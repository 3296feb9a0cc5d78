import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'schakel.mjs');

/**
 * The words to start `schakel …` with: BIN, and an empty `--dotenv=` so that no .env is read. The
 * processes run in the project folder, where a developer may keep a .env of their own (a
 * DATABASE_URL, a Slack token) that would otherwise change what every test sees. The folder stays
 * the same: tests name files relative to it.
 */
export function cliWords(...args: string[]): string[] {
  return [BIN, '--dotenv=', ...args];
}

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `schakel …` as a separate process, the way a person runs it, and collects its output. */
export function runCli(args: string[], env: Record<string, string>, input = ''): Promise<ProcessResult> {
  const child = spawn(process.execPath, cliWords(...args), {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
  });
  return finished(child, input);
}

/** Feeds `input` to a child process and resolves with its exit code and everything it printed. */
export function finished(
  child: ChildProcessWithoutNullStreams,
  input: string | Uint8Array,
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // A tool that exits without reading its input (pdfinfo reads a file, not stdin) closes the
    // pipe first: that EPIPE is no failure of the tool; its exit code and output tell the rest.
    child.stdin.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') reject(err);
    });
    child.stdin.end(input);
  });
}

/**
 * `schakel …` through main() itself, with its own streams: for checks of what a command answers
 * (its --help, a refusal of wrong arguments) where starting a whole process adds nothing but time.
 */
export async function runCliInProcess(
  args: string[],
  env: Record<string, string> = {},
): Promise<ProcessResult> {
  const collect = () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (d) => {
      text += d;
    });
    return { stream, text: () => text };
  };
  const out = collect();
  const err = collect();
  // Loaded when first used: the files that only start processes do not pay for every command.
  const { main } = await import('../../src/cli/main.ts');
  const code = await main(args, { stdin: new PassThrough(), stdout: out.stream, stderr: err.stream, env });
  await new Promise(setImmediate); // what was written has reached the collectors
  return { code, stdout: out.text(), stderr: err.text() };
}

/**
 * `schakel …` with the files it writes limited to `kb` KiB (ulimit -f), as a disk that fills up stops it:
 * a write fails part way (EFBIG, as it would with ENOSPC). Needs no root.
 */
export function runCliWithFileLimit(kb: number, args: string[], env: Record<string, string>) {
  const child = spawn(
    '/bin/sh',
    ['-c', `ulimit -f ${kb * 2}; exec "$@"`, 'sh', process.execPath, ...cliWords(...args)],
    {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    },
  );
  return finished(child, '');
}
