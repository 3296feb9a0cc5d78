import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGuard } from '../../src/privacy/guard.ts';
import { CORPUS_NOW, readCorpus } from './corpus-file.ts';
import { foundOf } from './helpers.ts';

/**
 * A rule that looks a word or two ahead must not read past the end of the text: people stop typing
 * anywhere, and a guard that throws refuses the text as unchecked. Every labelled line, cut after each
 * of its last four words (where "over", "met" or "van" may end it), and right after each bracket or label
 * it opens ("depressie bij Linda (", "Tel 038-4567890 ("), is scanned without an error.
 */
const CORPORA = readdirSync(new URL('.', import.meta.url)).filter(
  (f) => f.startsWith('corpus') && f.endsWith('.tsv'),
);
const CUTS = 4;

function cutsOf(text: string): string[] {
  const ends: number[] = [];
  const word = /[\p{L}\p{N}'’-]+/gu;
  for (let m = word.exec(text); m !== null; m = word.exec(text)) ends.push(m.index + m[0].length);
  const opened = [...text.matchAll(/[([{:]/g)].map((m) => m.index + 1).filter((end) => end < text.length);
  return [...ends.slice(-CUTS - 1, -1), ...opened].map((end) => text.slice(0, end));
}

describe('the guard on text cut short', () => {
  it('scans every corpus line cut after each of its last words without an error', () => {
    const guard = createGuard({ now: () => CORPUS_NOW });
    const failed: string[] = [];
    let scans = 0;
    for (const file of CORPORA)
      for (const { place, text } of readCorpus(file))
        for (const cut of cutsOf(text)) {
          scans++;
          try {
            guard.scan(cut);
          } catch (err) {
            failed.push(`${place} cut to ${cut.length}: ${(err as Error).message}`);
          }
        }
    expect(scans).toBeGreaterThan(50_000);
    expect(failed).toEqual([]);
    // About 240,000 scans: some 20 s alone, past two minutes on a shared machine under load. The limit is
    // there to stop a hang, not to time the guard (its speed is the benchmark's).
  }, 600_000);

  it('reads a text that ends in an opened bracket as it reads the text before it', () => {
    expect(foundOf('name_health', 'depressie bij Linda (')).toEqual(['Linda']);
    expect(foundOf('phone', 'Tel 038-4567890 (')).toEqual(foundOf('phone', 'Tel 038-4567890'));
  });

  it('reads a name with an admission in a text that ends in "over"', () => {
    expect(foundOf('name_health', 'Kevin is thuis na de opname en vertelt er graag over')).toEqual(['Kevin']);
  });
});
