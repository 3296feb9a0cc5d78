import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench, BenchFigure } from './harness.ts';

const BIN = join(import.meta.dirname, '..', 'bin', 'schakel.mjs');

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
    if (performance.now() - t0 > 60_000) throw new Error(`${url} did not answer within 60 s`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { ms: performance.now() - t0, child };
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

    const first = await timeToReady([BIN, 'start'], env, `${url}/healthz`);
    await stop(first.child);
    const second = await timeToReady([BIN, 'start'], env, `${url}/healthz`);
    await new Promise((r) => setTimeout(r, 2_000));
    const idle = await residentMemory(url);
    await stop(second.child);

    const baseline = { name: 'bare node:http server', value: bare.ms };
    return [
      {
        name: 'first start to /healthz (new data folder)',
        value: first.ms,
        unit: 'ms',
        baseline,
        goal: '< 15000 ms',
      },
      { name: 'second start to /healthz (existing data)', value: second.ms, unit: 'ms', baseline },
      { name: 'idle resident memory after start', value: idle, unit: 'MiB' },
    ];
  },
};
