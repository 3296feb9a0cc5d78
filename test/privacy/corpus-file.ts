import { readFileSync } from 'node:fs';
import { FINDING_KINDS, type FindingKind } from '../../src/privacy/findings.ts';

/** One labelled line of test/privacy/corpus.tsv. */
export interface CorpusCase {
  /** Line number in the file, for messages. */
  readonly lineNumber: number;
  readonly kinds: ReadonlySet<FindingKind>;
  readonly text: string;
}

export const CORPUS_PATH = new URL('./corpus.tsv', import.meta.url);

/** The corpus's "now": the labels assume it (birthdates are judged against the current year). */
export const CORPUS_NOW = new Date('2026-04-06T10:00:00+02:00');

/** Parses LABELS<TAB>TEXT lines; '#' lines and blank lines are comments. Throws on unknown labels. */
export function readCorpus(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  readFileSync(CORPUS_PATH, 'utf8')
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const tab = line.indexOf('\t');
      if (tab === -1) throw new Error(`corpus.tsv:${index + 1}: no tab between labels and text`);
      const labels = line
        .slice(0, tab)
        .split(',')
        .filter((l) => l !== '');
      const unknown = labels.filter((l) => !(FINDING_KINDS as readonly string[]).includes(l));
      if (unknown.length > 0) throw new Error(`corpus.tsv:${index + 1}: unknown label ${unknown.join(', ')}`);
      cases.push({
        lineNumber: index + 1,
        kinds: new Set(labels as FindingKind[]),
        text: line.slice(tab + 1),
      });
    });
  return cases;
}
