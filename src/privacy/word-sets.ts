/*
 * Word lists: every list in src/privacy is a fixed set of folded words (lower case, no diacritics),
 * with a bitmap of its words' shapes that turns most misses away before hashing.
 */

const MARKS = /\p{M}/gu;

/** Lower case without diacritics, the form every word list in src/privacy is written in. */
export function foldKey(word: string): string {
  const lower = word.toLowerCase();
  if (isPlainAscii(lower)) return lower;
  // Words with diacritics repeat ("cliënt", "cliënten"): normalising is the slow part, so remember.
  const known = FOLDED.get(lower);
  if (known !== undefined) return known;
  // "ł", "ø", "đ" have no combining mark to strip: "Paweł" is "pawel", as it is typed without.
  const folded = lower.normalize('NFD').replace(MARKS, '').replace(STROKED, strokeless).replace(/’/g, "'");
  if (FOLDED.size >= FOLD_CACHE_LIMIT) FOLDED.clear();
  FOLDED.set(lower, folded);
  return folded;
}

const FOLD_CACHE_LIMIT = 4096;
const STROKED = /[łøđ]/g;
const STROKELESS: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd' };
const strokeless = (c: string) => STROKELESS[c] ?? c;
const FOLDED = new Map<string, string>();

function isPlainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Word endings ("straat", "coach") by their last character: the lookup gives the few endings that can
 * end `key` (or its first `end` characters), in their given order, instead of all of them.
 */
export function endingsByLast(endings: readonly string[]): (key: string, end?: number) => readonly string[] {
  const byLast = Array.from({ length: 128 }, (_, c) =>
    endings.filter((e) => e.charCodeAt(e.length - 1) === c),
  );
  return (key, end = key.length) => byLast[key.charCodeAt(end - 1)] ?? NO_ENDINGS;
}
const NO_ENDINGS: readonly string[] = [];

/** A word list written as one string, so the formatter keeps long lists on a few lines. */
export function wordSet(words: string): Set<string> {
  return wordSetOf(words.split(/\s+/).filter((w) => w !== ''));
}

/** A set of words (or punctuation) that answers most "no" without hashing the word: see WordSet. */
export function wordSetOf(words: Iterable<string>): Set<string> {
  const list = [...words];
  const set = new WordSet(list.length);
  for (const word of list) set.add(word);
  return set;
}

// Length (up to 15) by first and by last character (each folded to 32 values): 16 x 32 x 32 bits.
const SHAPE_BYTES = (16 * 32 * 32) / 8;

function shapeBit(word: string): number {
  const n = word.length;
  return ((n < 15 ? n : 15) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(n - 1) & 31);
}

/**
 * The shapes (length, first and last character) of a list of words, as a small bitmap: a word of
 * another shape is surely not in the list, and finding that out costs no hashing of the word.
 */
export class WordShapes {
  readonly #bits = new Uint8Array(SHAPE_BYTES);

  add(word: string): void {
    addShape(this.#bits, word);
  }

  /** False when `word` is surely not one of the words added; the empty word is always possible. */
  mayHave(word: string): boolean {
    return hasShape(this.#bits, word);
  }
}

function addShape(bits: Uint8Array, word: string): void {
  if (word.length === 0) return;
  const bit = shapeBit(word);
  bits[bit >> 3]! |= 1 << (bit & 7);
}

function hasShape(bits: Uint8Array, word: string): boolean {
  if (word.length === 0) return true;
  const bit = shapeBit(word);
  return (bits[bit >> 3]! & (1 << (bit & 7))) !== 0;
}

const MIN_FILTER_BITS = 64;
const MAX_FILTER_BITS = 16 * 32 * 32;
const FILTER_BITS_PER_WORD = 32;

/** The word's shape (shapeBit) hashed to one of 2 ** (32 - shift) bits (Fibonacci hashing). */
function filterBit(word: string, shift: number): number {
  return Math.imul(shapeBit(word), 0x9e3779b1) >>> shift;
}

/**
 * A Set of strings that first asks a small filter of its words' shapes (length, first and last character,
 * hashed): most words the detectors look up are in none of the lists they ask, so most lookups end
 * there, before the set hashes the word. A filter says "maybe" for every word added (its bit is set), so
 * a "no" is always right and `has` answers as the Set does.
 */
class WordSet extends Set<string> {
  // The filter's bits, and the shift that takes a hashed shape to one of them: about 32 bits per word
  // (1,300 lists of 13 words on average: 2.6 MB when each had a bitmap of 16,384 bits).
  readonly #bits: Int32Array;
  readonly #shift: number;

  /** `expected`: how many words the list will hold (more may be added: only the filter says "maybe" more often). */
  constructor(expected: number) {
    super();
    let bits = MIN_FILTER_BITS;
    while (bits < expected * FILTER_BITS_PER_WORD && bits < MAX_FILTER_BITS) bits *= 2;
    this.#shift = 32 - Math.log2(bits);
    this.#bits = new Int32Array(bits / 32);
  }

  override add(word: string): this {
    if (word.length > 0) {
      const bit = filterBit(word, this.#shift);
      this.#bits[bit >>> 5]! |= 1 << (bit & 31);
    }
    return super.add(word);
  }

  override has(word: string): boolean {
    if (word.length > 0) {
      const bit = filterBit(word, this.#shift);
      if ((this.#bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return super.has(word);
  }

  override delete(word: string): boolean {
    throw new TypeError(`word lists are fixed (${word})`);
  }

  override clear(): void {
    throw new TypeError('word lists are fixed');
  }
}
