import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Bench, formatFigure } from './harness.ts';

/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) and prints its
 * figures. Each benchmark runs in a process of its own, so one benchmark's heap, caches and open
 * handles do not weigh on the next (in one process the fan-out measured 66 % of the allowed rate
 * after the others, 93-94 % alone).
 */
const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const only = args.filter((a) => !a.startsWith('--'));
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const child = process.env.SCHAKEL_BENCH_CHILD === '1';
if (!child) console.log(`Schakel benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
if (files.length === 1 || child) {
  for (const file of files) {
    const { bench } = (await import(join(import.meta.dirname, file))) as { bench: Bench };
    console.log(`\n${bench.title}`);
    for (const figure of await bench.run()) console.log(formatFigure(figure));
  }
} else {
  for (const file of files)
    execFileSync(process.execPath, [...process.execArgv, import.meta.filename, file, ...flags], {
      stdio: 'inherit',
      env: { ...process.env, SCHAKEL_BENCH_CHILD: '1' },
    });
}
