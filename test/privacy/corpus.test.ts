import { extractIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { passesElfproef } from '../../src/privacy/bsn.ts';
import { FINDING_KINDS, type FindingKind } from '../../src/privacy/findings.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { CORPUS_NOW, type CorpusCase, readCorpus } from './corpus-file.ts';

/**
 * Runs the guard over the labelled corpus and prints its figures.
 *
 * Recall of a kind: of the lines labelled with that kind, the share where the guard reports at least
 * one finding of that kind. A false positive is a line where the guard reports a kind the line is
 * not labelled with: any finding on a clean line, or an extra, wrong kind on a positive line (a
 * second finding of a labelled kind is not counted). The false-positive rate is over all lines; the
 * rate over clean lines only is printed (and held to the same bar) too.
 */
const MIN_RECALL = 0.97;
const MAX_FALSE_POSITIVE_RATE = 0.03;

const cases = readCorpus();
const guard = createGuard({ now: () => CORPUS_NOW });

interface Outcome {
  readonly corpusCase: CorpusCase;
  readonly found: ReadonlySet<FindingKind>;
}

const outcomes: Outcome[] = cases.map((c) => ({
  corpusCase: c,
  found: new Set(guard.scan(c.text).map((f) => f.kind)),
}));

function wrongKinds(o: Outcome): FindingKind[] {
  return [...o.found].filter((k) => !o.corpusCase.kinds.has(k));
}

describe('the corpus itself', () => {
  it('is large enough, with enough clean lines and enough positives per kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(cases.filter((c) => c.kinds.size === 0).length).toBeGreaterThanOrEqual(170);
    for (const kind of FINDING_KINDS) {
      expect(cases.filter((c) => c.kinds.has(kind)).length, kind).toBeGreaterThanOrEqual(20);
    }
  });

  it('uses BSNs that pass the 11-proef and IBANs with valid check digits', () => {
    for (const c of cases.filter((x) => x.kinds.has('bsn'))) {
      const numbers = (c.text.match(/\d[\d .-]{6,12}\d/g) ?? []).map((n) => n.replace(/\D/g, ''));
      expect(numbers.some(passesElfproef), `line ${c.lineNumber}`).toBe(true);
    }
    for (const c of cases.filter((x) => x.kinds.has('iban'))) {
      const candidates = c.text.match(/[A-Za-z]{2}[\s-]?\d\d[\dA-Za-z\s-]{10,40}/g) ?? [];
      const valid = candidates.some((m) =>
        [...Array(m.length).keys()].some(
          (n) => extractIBAN(m.slice(0, m.length - n).replace(/[\s-]/g, '')).valid,
        ),
      );
      expect(valid, `line ${c.lineNumber}`).toBe(true);
    }
  });
});

describe('the guard on the corpus', () => {
  const recall = new Map<FindingKind, { hits: number; total: number; misses: number[] }>();
  for (const kind of FINDING_KINDS) {
    const labelled = outcomes.filter((o) => o.corpusCase.kinds.has(kind));
    const missed = labelled.filter((o) => !o.found.has(kind));
    recall.set(kind, {
      hits: labelled.length - missed.length,
      total: labelled.length,
      misses: missed.map((o) => o.corpusCase.lineNumber),
    });
  }
  const falsePositives = outcomes.filter((o) => wrongKinds(o).length > 0);
  const clean = outcomes.filter((o) => o.corpusCase.kinds.size === 0);
  const cleanFlagged = clean.filter((o) => o.found.size > 0);
  const fpRate = falsePositives.length / outcomes.length;
  const cleanFpRate = cleanFlagged.length / clean.length;

  const report = [
    `Privacy guard on ${outcomes.length} corpus lines (${clean.length} clean), now = ${CORPUS_NOW.toISOString()}`,
    ...[...recall].map(
      ([kind, r]) =>
        `  recall ${kind.padEnd(12)} ${(r.hits / r.total).toFixed(3)}  (${r.hits}/${r.total})` +
        (r.misses.length > 0 ? `  missed lines ${r.misses.join(', ')}` : ''),
    ),
    `  false positives  ${(fpRate * 100).toFixed(2)}% of all lines (${falsePositives.length}/${outcomes.length})`,
    `  clean lines flagged ${(cleanFpRate * 100).toFixed(2)}% (${cleanFlagged.length}/${clean.length})`,
    ...falsePositives.map((o) => `  FP line ${o.corpusCase.lineNumber}: ${wrongKinds(o).join(', ')}`),
  ].join('\n');
  // biome-ignore lint/suspicious/noConsole: the corpus figures are the point of this test
  console.log(report);

  for (const kind of FINDING_KINDS) {
    it(`finds ${kind} with recall of at least ${MIN_RECALL}`, () => {
      const r = recall.get(kind)!;
      expect(r.hits / r.total, `missed lines ${r.misses.join(', ')}`).toBeGreaterThanOrEqual(MIN_RECALL);
    });
  }

  it(`keeps false positives at or below ${MAX_FALSE_POSITIVE_RATE * 100}%`, () => {
    expect(fpRate).toBeLessThanOrEqual(MAX_FALSE_POSITIVE_RATE);
    expect(cleanFpRate).toBeLessThanOrEqual(MAX_FALSE_POSITIVE_RATE);
  });
});
