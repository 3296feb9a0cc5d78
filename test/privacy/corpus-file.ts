import { existsSync, readFileSync } from 'node:fs';
import { FINDING_KINDS, type FindingKind } from '../../src/privacy/findings.ts';

/** One labelled line of a corpus file (test/privacy/corpus*.tsv). */
export interface CorpusCase {
  /** File and line number, for messages ("corpus.tsv:12"). */
  readonly place: string;
  readonly lineNumber: number;
  readonly kinds: ReadonlySet<FindingKind>;
  readonly text: string;
}

/** The corpus's "now": the labels assume it (birthdates are judged against the current year). */
export const CORPUS_NOW = new Date('2026-04-06T10:00:00+02:00');

export function corpusExists(file: string): boolean {
  return existsSync(new URL(`./${file}`, import.meta.url));
}

/**
 * Parses a corpus file. Two layouts: LABELS<TAB>TEXT (LABELS a comma-separated list of kinds, empty
 * for a clean line; '#' lines and blank lines are comments), or, when the first line is the header
 * "label<TAB>kind<TAB>text", one row per line with label "clean" or "client" and its kind (or kinds,
 * comma-separated). A TSV line cannot hold a line break, so "\\n" in the text stands for one (a table or a
 * form of several lines, batch 42-names). Throws on unknown labels.
 */
export function readCorpus(file = 'corpus.tsv'): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const lines = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8').split(/\r?\n/);
  const threeColumns = lines[0] === 'label\tkind\ttext';
  lines.forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#') || (threeColumns && index === 0)) return;
    const place = `${file}:${index + 1}`;
    const tab = line.indexOf('\t');
    if (tab === -1) throw new Error(`${place}: no tab between labels and text`);
    let labels: string[];
    let text: string;
    if (threeColumns) {
      const second = line.indexOf('\t', tab + 1);
      if (second === -1) throw new Error(`${place}: expected label, kind and text`);
      const label = line.slice(0, tab);
      const kind = line.slice(tab + 1, second);
      if (label !== 'clean' && label !== 'client') throw new Error(`${place}: unknown label ${label}`);
      labels = label === 'clean' ? [] : kind.split(',').map((k) => k.trim());
      text = line.slice(second + 1);
    } else {
      labels = line
        .slice(0, tab)
        .split(',')
        .map((l) => l.trim())
        .filter((l) => l !== '');
      text = line.slice(tab + 1);
    }
    const unknown = labels.filter((l) => !(FINDING_KINDS as readonly string[]).includes(l));
    if (unknown.length > 0) throw new Error(`${place}: unknown label ${unknown.join(', ')}`);
    cases.push({
      place,
      lineNumber: index + 1,
      kinds: new Set(labels as FindingKind[]),
      text: text.replaceAll('\\n', '\n'),
    });
  });
  return cases;
}
