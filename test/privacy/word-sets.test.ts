import { describe, expect, it } from 'vitest';
import { wordSet, wordSetOf } from '../../src/privacy/word-sets.ts';

/** The word lists turn most words away by a small filter of shapes before hashing: never a word they hold. */
describe('word lists', () => {
  it('answer as a Set does, for the words they hold and words of the same shapes', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
    const list = wordSetOf(words.filter((_, i) => i % 3 === 0));
    const plain = new Set(words.filter((_, i) => i % 3 === 0));
    for (const word of words) expect(list.has(word)).toBe(plain.has(word));
  });

  it('hold every word of a short list, the empty word and punctuation too', () => {
    const list = wordSetOf(['', ',', 'naar', 'ß', '😀']);
    for (const word of ['', ',', 'naar', 'ß', '😀']) expect(list.has(word)).toBe(true);
    expect(list.has('maar')).toBe(false);
    expect(wordSet('de het een').has('het')).toBe(true);
  });

  it('still hold a word added after they were made', () => {
    const list = wordSet('een');
    for (let i = 0; i < 100; i++) list.add(`extra${i}`);
    for (let i = 0; i < 100; i++) expect(list.has(`extra${i}`)).toBe(true);
  });
});
