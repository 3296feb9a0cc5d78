import { describe, expect, it } from 'vitest';
import { createTokenizer, tokenize } from '../../src/privacy/tokens.ts';

/**
 * The tokenizer reads a text's code units from a typed array and finds each word's record by comparing
 * code units (word-records.ts): what the detectors see of a word must be exactly its own text, across
 * scans, after the record table grows and after it starts over.
 */
describe('tokens', () => {
  it('gives every word its own text and key, also after thousands of distinct words', () => {
    const scan = createTokenizer();
    // 20,000 distinct words: more than the record table keeps, so it grows and starts over.
    for (let n = 0; n < 20_000; n++) {
      const word = `Woord${n.toString(36)}x`;
      const tokens = scan(`${word} kaas ${word}`);
      expect(tokens.map((t) => t.text)).toEqual([word, 'kaas', word]);
      expect(tokens[0]!.key).toBe(word.toLowerCase());
      // A record may be dropped or new (a full table starts over), but it is always the word's own.
      expect(tokens[2]!.record?.text).toBe(word);
    }
  });

  it('tells apart words that differ in one character or in length', () => {
    const scan = createTokenizer();
    const texts = ['kaas baas kaas', 'kaa kaas kaasje', 'Kaas kaas KAAS'];
    for (const text of [...texts, ...texts]) {
      expect(scan(text).map((t) => t.text)).toEqual(text.split(' '));
    }
    const [upper, lower] = scan('Kaas kaas');
    expect(upper!.record).not.toBe(lower!.record);
    expect(upper!.key).toBe(lower!.key);
  });

  it('reads texts with diacritics, surrogate pairs and lone surrogates like any other', () => {
    const scan = createTokenizer();
    const text = 'cliënt 😀 Zoë café\udc00 naïef \ud800';
    const expected = ['cliënt', '😀', 'Zoë', 'café', '\udc00', 'naïef', '\ud800'];
    expect(scan(text).map((t) => t.text)).toEqual(expected);
    expect(scan(text).map((t) => t.key)).toEqual([
      'client',
      '😀',
      'zoe',
      'cafe',
      '\udc00',
      'naief',
      '\ud800',
    ]);
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it('reads a shorter text after a longer one without leftovers of the longer', () => {
    const scan = createTokenizer();
    scan('Meneer Jansen woont aan de Kerkstraat 12 in Lochem');
    expect(scan('Kerk').map((t) => t.text)).toEqual(['Kerk']);
    expect(scan('').length).toBe(0);
  });
});
