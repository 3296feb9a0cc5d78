import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { LoadReply, LoadRequest } from './load-generator.ts';

export type { LoadRequest } from './load-generator.ts';

/** A load generator in a separate process; `run` sends bursts one after the other. */
export function startLoadGenerator(): { run(bursts: LoadRequest[][]): Promise<number[]>; stop(): void } {
  const child: ChildProcess = fork(join(import.meta.dirname, 'load-generator.ts'), { stdio: 'inherit' });
  return {
    run(bursts) {
      return new Promise((resolve, reject) => {
        child.once('message', (reply: LoadReply) => {
          if (reply.failures.length > 0)
            reject(new Error(`${reply.failures.length} requests failed: ${reply.failures[0]}`));
          else resolve(reply.times);
        });
        child.send(bursts);
      });
    },
    stop: () => child.kill(),
  };
}
