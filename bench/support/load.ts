import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { LoadReply, LoadRequest } from './load-generator.ts';

export type { LoadRequest } from './load-generator.ts';

/** A load generator in a separate process; `run` sends bursts one after the other. */
export function startLoadGenerator(): {
  run(bursts: LoadRequest[][]): Promise<number[]>;
  /** Like run, with when each request was sent (epoch milliseconds). */
  runTimed(bursts: LoadRequest[][]): Promise<{ times: number[]; starts: number[] }>;
  stop(): void;
} {
  const child: ChildProcess = fork(join(import.meta.dirname, 'load-generator.ts'), { stdio: 'inherit' });
  const runTimed = (bursts: LoadRequest[][]) =>
    new Promise<{ times: number[]; starts: number[] }>((resolve, reject) => {
      child.once('message', (reply: LoadReply) => {
        if (reply.failures.length > 0)
          reject(new Error(`${reply.failures.length} requests failed: ${reply.failures[0]}`));
        else resolve(reply);
      });
      child.send(bursts);
    });
  return {
    run: async (bursts) => (await runTimed(bursts)).times,
    runTimed,
    stop: () => child.kill(),
  };
}
