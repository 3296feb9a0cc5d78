import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { cliWords } from './run-cli.ts';

/** A generous bound for a whole process to start (or stop) on a busy two-core machine. */
export const START_BOUND_MS = 90_000;

export interface ProcessEnd {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A process a test started and watches while it runs: its output line by line, its end. */
export interface RunningProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** The complete lines printed so far, stdout and stderr apart. */
  readonly stdout: readonly string[];
  readonly stderr: readonly string[];
  /** Everything printed so far: stdout, then stderr. */
  output(): string;
  /**
   * The first line (stdout or stderr) that matches `pattern`, printed already or still to come.
   * Fails when the process ends without it, or after `timeoutMs`, with what it printed so far.
   */
  waitForLine(pattern: RegExp | string, timeoutMs?: number): Promise<string>;
  /** How the process ended, once it has (its output read to the end). */
  readonly ended: Promise<ProcessEnd>;
  /** Waits for the process to end by itself; fails after `timeoutMs` with what it printed so far. */
  waitForEnd(timeoutMs?: number): Promise<ProcessEnd>;
  /** Sends `signal` (unless it has ended already) and waits for the end; SIGKILL after `timeoutMs`. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<ProcessEnd>;
}

/** `schakel start` as a separate process with only PATH and `env`, as an operator starts it. */
export function startSchakel(env: Record<string, string>): RunningProcess {
  return watchProcess(
    spawn(process.execPath, cliWords('start'), { env: { PATH: process.env.PATH ?? '', ...env } }),
  );
}

/** Watches a child process started with piped output. */
export function watchProcess(child: ChildProcessWithoutNullStreams): RunningProcess {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const waiting = new Set<() => void>();
  let end: ProcessEnd | undefined;
  const collect = (stream: NodeJS.ReadableStream, lines: string[]) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      lines.push(...parts);
      for (const look of waiting) look();
    });
    stream.on('end', () => {
      if (rest !== '') lines.push(rest);
      rest = '';
    });
  };
  collect(child.stdout, stdout);
  collect(child.stderr, stderr);
  const ended = new Promise<ProcessEnd>((resolve) => {
    child.on('close', (code, signal) => {
      end = { code, signal };
      resolve(end);
      for (const look of waiting) look();
    });
  });
  const output = () => [...stdout, ...stderr].join('\n');
  const failure = (what: string, timeoutMs: number) =>
    new Error(`Waited ${timeoutMs} ms for ${what} in vain. Output so far:\n${output()}`);

  /** Resolves with `probe()` once it finds something, looking again at every line and at the end. */
  function until<T>(what: string, probe: () => T | undefined, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => done(() => reject(failure(what, timeoutMs))), timeoutMs);
      const done = (settle: () => void) => {
        clearTimeout(timer);
        waiting.delete(look);
        settle();
      };
      const look = () => {
        const found = probe();
        if (found !== undefined) done(() => resolve(found));
        else if (end !== undefined)
          done(() =>
            reject(
              new Error(`The process ended (${JSON.stringify(end)}) without ${what}. Output:\n${output()}`),
            ),
          );
      };
      waiting.add(look);
      look();
    });
  }

  return {
    child,
    stdout,
    stderr,
    output,
    ended,
    waitForLine(pattern, timeoutMs = START_BOUND_MS) {
      const matches = (line: string) =>
        typeof pattern === 'string' ? line.includes(pattern) : pattern.test(line);
      return until(`a line matching ${pattern}`, () => [...stdout, ...stderr].find(matches), timeoutMs);
    },
    waitForEnd(timeoutMs = START_BOUND_MS) {
      return until('the process to end', () => end, timeoutMs);
    },
    async stop(signal = 'SIGTERM', timeoutMs = START_BOUND_MS) {
      if (end !== undefined) return end;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      try {
        return await ended;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
