/**
 * Benchmarks print figures beside a baseline measured in the same run, so a
 * noisy shared machine shifts both and the ratio stays meaningful.
 */
/** `npm run bench -- --quick` (or BENCH_QUICK=1): smaller sizes and fewer samples, for a first look. */
export const QUICK = process.env.BENCH_QUICK === '1' || process.argv.includes('--quick');

export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The same quantity for the baseline measured in this run, if there is one. */
  readonly baseline?: { readonly name: string; readonly value: number };
  /** A goal the figure should meet, printed beside it (informational, never a test). */
  readonly goal?: string;
}

export interface Bench {
  readonly title: string;
  run(): Promise<BenchFigure[]>;
}

export function formatFigure(f: BenchFigure): string {
  const value = `${round(f.value)} ${f.unit}`;
  const base = f.baseline
    ? `  (baseline ${f.baseline.name}: ${round(f.baseline.value)} ${f.unit}, ratio ${round(f.value / f.baseline.value)}×)`
    : '';
  const goal = f.goal ? `  goal: ${f.goal}` : '';
  return `  ${f.name.padEnd(44)} ${value}${base}${goal}`;
}

function round(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3);
}

/** Runs fn `times` times and returns the durations in milliseconds. */
export async function timeRuns(times: number, fn: () => Promise<unknown> | unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] ?? Number.NaN;
}
