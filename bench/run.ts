import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Bench, formatFigure } from './harness.ts';

/** `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) and prints its figures. */
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

console.log(`Schakel benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
for (const file of files) {
  const { bench } = (await import(join(import.meta.dirname, file))) as { bench: Bench };
  console.log(`\n${bench.title}`);
  for (const figure of await bench.run()) console.log(formatFigure(figure));
}
