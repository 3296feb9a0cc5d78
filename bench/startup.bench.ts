import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Bench, type BenchFigure, QUICK } from './harness.ts';
import { benchDatabase } from './support/bench-database.ts';

/** Memory is read once the process has settled (the measure: after 60 s; quick: 10 s). */
const IDLE_MS = QUICK ? 10_000 : 60_000;

const BIN = join(import.meta.dirname, '..', 'bin', 'schakel.mjs');

/** Node's options from `npm start` (package.json), so Schakel is started here as a user starts it. */
function startOptions(): string[] {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  // The command after `exec` (before it, the PATH for cmd.exe): node, its options, the script.
  const words = (pkg.scripts.start.split('exec ').pop() ?? '').split(/\s+/);
  return words.slice(1, words.indexOf('bin/schakel.mjs')).filter((w) => !w.startsWith('--env-file'));
}
const START = [...startOptions(), BIN, 'start'];

/** Starts a process and measures the time until `url` answers 200. */
async function timeToReady(args: string[], env: Record<string, string>, url: string) {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (performance.now() - t0 > 180_000) {
      child.kill('SIGKILL'); // never leave it holding the port for the next run
      throw new Error(`${url} did not answer within 180 s`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { ms: performance.now() - t0, cpuMs: cpuTime(child.pid), child };
}

/**
 * CPU time (all threads) the process had used when it answered: on a shared machine the wall
 * clock mostly measures the other processes; this does less so. Linux only (NaN elsewhere).
 */
function cpuTime(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, in clock ticks of 10 ms (USER_HZ is 100 on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function residentMemory(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const m = text.match(/^schakel_process_resident_memory_bytes (\d+)/m);
  return Number(m?.[1] ?? Number.NaN) / 1024 / 1024;
}

export const bench: Bench = {
  title: 'Start-up and idle memory (local mode: embedded database, local chat)',
  async run(): Promise<BenchFigure[]> {
    const port = '39781';
    const env = {
      PORT: port,
      LOCAL_CHAT_PORT: '39782',
      SCHAKEL_DATA_DIR: join(mkdtempSync(join(tmpdir(), 'schakel-bench-')), 'data'),
      LOG_LEVEL: 'warn',
    };
    const url = `http://127.0.0.1:${port}`;

    // Baseline: a bare Node HTTP server started the same way, in the same run.
    const bare = await timeToReady(
      ['-e', `require('http').createServer((q,s)=>s.end('ok')).listen(${port},'127.0.0.1')`],
      {},
      `${url}/`,
    );
    await stop(bare.child);

    const first = await timeToReady(START, env, `${url}/healthz`);
    await stop(first.child);
    const second = await timeToReady(START, env, `${url}/healthz`);
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const idle = await residentMemory(url);
    await stop(second.child);

    // The same with DATABASE_URL: PostgreSQL elsewhere, no embedded database in the process.
    const database = await benchDatabase();
    let external = Number.NaN;
    try {
      if (database.url) {
        const withUrl = await timeToReady(
          START,
          { ...env, DATABASE_URL: database.url, LOCAL_CHAT: 'off' },
          `${url}/healthz`,
        );
        await new Promise((r) => setTimeout(r, IDLE_MS));
        external = await residentMemory(url);
        await stop(withUrl.child);
      }
    } finally {
      await database.drop();
    }

    const baseline = { name: 'bare node:http server', value: bare.ms };
    const after = `${IDLE_MS / 1000} s`;
    return [
      {
        name: 'first start to /healthz (new data folder)',
        value: first.ms,
        unit: 'ms',
        baseline,
        goal: '≤ 3000 ms',
      },
      {
        name: 'second start to /healthz (existing data)',
        value: second.ms,
        unit: 'ms',
        baseline,
        goal: '≤ 1500 ms',
      },
      {
        name: 'first start: CPU time used until /healthz',
        value: first.cpuMs,
        unit: 'ms',
        baseline: { name: 'bare node:http server', value: bare.cpuMs },
      },
      {
        name: 'second start: CPU time used until /healthz',
        value: second.cpuMs,
        unit: 'ms',
        baseline: { name: 'bare node:http server', value: bare.cpuMs },
      },
      { name: `idle RSS after ${after}, embedded database`, value: idle, unit: 'MiB', goal: '≤ 250 MiB' },
      { name: `idle RSS after ${after}, DATABASE_URL`, value: external, unit: 'MiB', goal: '≤ 150 MiB' },
    ];
  },
};
