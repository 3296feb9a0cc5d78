import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVERYDAY_KEYS, isEverydayCare } from '../../src/privacy/care-term-everyday.ts';
import { createCareLexicon } from '../../src/privacy/care-terms.ts';
import { tokenize } from '../../src/privacy/tokens.ts';
import { readCorpus } from './corpus-file.ts';

// The lexicon asks isEverydayCare only of EVERYDAY_KEYS, and compares a phrase start only with the
// phrases its next word goes on: gates for speed, which must never lose a care term.
const noOrganisation = () => false;

describe('care lexicon gates', () => {
  it('isEverydayCare reads yes only for words of EVERYDAY_KEYS over the tuning batches', () => {
    const outside = new Set<string>();
    const batches = readdirSync('test/privacy').filter((f) => /^corpus-batch.*\.tsv$/.test(f));
    expect(batches.length).toBeGreaterThan(0);
    for (const file of batches) {
      for (const { text } of readCorpus(file)) {
        const tokens = tokenize(text.toLowerCase());
        for (let k = 0; k < tokens.length; k++) {
          if (tokens[k]!.type === 'word' && isEverydayCare(tokens, k) && !EVERYDAY_KEYS.has(tokens[k]!.key))
            outside.add(tokens[k]!.key);
        }
      }
    }
    expect([...outside]).toEqual([]);
  });

  it('finds each of several phrases that start with the same word, whatever their second word', () => {
    const care = createCareLexicon(['in de put', 'in therapie bij', 'in de war']);
    const lengthAt = (text: string) => care.matchAt(tokenize(text), 2, noOrganisation);
    expect(lengthAt('zit nu in de put')).toBe(3);
    expect(lengthAt('zit nu in therapie bij haar')).toBe(3);
    expect(lengthAt('was even in de war')).toBe(3);
    expect(lengthAt('zit nu in de trein')).toBe(0);
  });
});
