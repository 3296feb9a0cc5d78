import { readFileSync } from 'node:fs';
import { createGuard } from '../src/privacy/guard.ts';
import type { Bench, BenchFigure } from './harness.ts';
import { percentile, timeRuns } from './harness.ts';

/**
 * Throughput of the client-data guard, beside a baseline measured in the same run: a trivial linear
 * scan that counts digits over the same strings. The ratio says how many "digit counts" one guard
 * scan costs; it should not grow with the input (linear) and stays meaningful on a noisy machine.
 *  (a) the labelled corpus repeated to about 1 MB, scanned line by line as the bot scans fields;
 *  (b) 100 KB adversarial lines, each scanned as one text.
 */
const CORPUS = new URL('../test/privacy/corpus.tsv', import.meta.url);
const ADVERSARIAL_SIZE = 100_000;
const RUNS = 7;

const ADVERSARIAL: ReadonlyArray<readonly [string, string]> = [
  ['"1 1 1 ..."', '1 '],
  ['"a@a@a@..."', 'a@'],
  ['"meneer meneer ..."', 'meneer '],
  ['digit run', '1234567890'],
  ['"Kerkstraat Kerkstraat ..."', 'Kerkstraat '],
  ['"Kerkstraat 12 ..." (all findings)', 'Kerkstraat 12 '],
  ['"06 06 06 ..."', '06 '],
  ['"(0(0(0..."', '(0'],
  ['"NL12 NL12 ..."', 'NL12 '],
  ['"12-03-1985 ..." (all findings)', '12-03-1985 '],
  ['"Sanne Visser psychose ..."', 'Sanne Visser psychose '],
];

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function corpusLines(): string[] {
  const lines = readFileSync(CORPUS, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.slice(l.indexOf('\t') + 1));
  const out: string[] = [];
  let bytes = 0;
  while (bytes < 1_000_000) {
    for (const line of lines) {
      out.push(line);
      bytes += Buffer.byteLength(line, 'utf8') + 1;
    }
  }
  return out;
}

function megabytes(texts: readonly string[]): number {
  return texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0) / 1_000_000;
}

export const bench: Bench = {
  title: 'Privacy guard',
  async run() {
    const guard = createGuard({ now: () => new Date('2026-04-06T10:00:00+02:00') });
    const figures: BenchFigure[] = [];

    const lines = corpusLines();
    const mb = megabytes(lines);
    const scanAll = () => {
      for (const line of lines) guard.scan(line);
    };
    const countAll = () => {
      for (const line of lines) countDigits(line);
    };
    scanAll();
    const guardMs = percentile(await timeRuns(RUNS, scanAll), 50);
    const baseMs = percentile(await timeRuns(RUNS, countAll), 50);
    figures.push({
      name: `corpus x${Math.round(lines.length / 500)} (${mb.toFixed(2)} MB, ${lines.length} lines)`,
      value: mb / (guardMs / 1000),
      unit: 'MB/s',
      baseline: { name: 'digit count', value: mb / (baseMs / 1000) },
      goal: '>= 5 MB/s',
    });

    for (const [name, unit] of ADVERSARIAL) {
      const text = repeatTo(unit, ADVERSARIAL_SIZE);
      const size = Buffer.byteLength(text, 'utf8') / 1_000_000;
      guard.scan(text);
      const ms = percentile(await timeRuns(RUNS, () => guard.scan(text)), 50);
      const base = percentile(await timeRuns(RUNS, () => countDigits(text)), 50);
      figures.push({
        name: `100 KB ${name}`,
        value: ms,
        unit: 'ms/line',
        baseline: { name: 'digit count', value: base },
        goal: '< 50 ms',
      });
      figures.push({
        name: `100 KB ${name}`,
        value: size / (ms / 1000),
        unit: 'MB/s',
        baseline: { name: 'digit count', value: size / (base / 1000) },
      });
    }

    // Growth: four times the input should take about four times as long (quadratic would be 16x).
    for (const unit of ['1 ', 'a@', 'Kerkstraat 12 ', '06 ']) {
      const small = repeatTo(unit, 50_000);
      const large = repeatTo(unit, 200_000);
      guard.scan(large);
      const smallMs = percentile(await timeRuns(RUNS, () => guard.scan(small)), 50);
      const largeMs = percentile(await timeRuns(RUNS, () => guard.scan(large)), 50);
      figures.push({
        name: `200 KB vs 50 KB of "${unit.trim()}"`,
        value: largeMs,
        unit: 'ms',
        baseline: { name: '50 KB', value: smallMs },
        goal: 'ratio about 4 (linear)',
      });
    }
    return figures;
  },
};
