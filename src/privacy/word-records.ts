import { foldKey } from './word-sets.ts';

/**
 * One record per distinct word: what the guard knows of a word's exact text (its key, its case, its
 * digits, and what the word lists said of it), computed the first time the word is seen and kept across
 * scans. Real text repeats its words, so a token mostly costs a lookup of its record: no lower-casing
 * or folding, and no word list asked twice. The table is bounded (it starts over when full), so a text of random
 * words cannot grow it without limit, and a miss only costs what a token cost without the table.
 */
export class WordRecord {
  readonly text: string;
  /** Lower-cased without diacritics: see Token.key. */
  readonly key: string;
  readonly capitalised: boolean;
  readonly allCaps: boolean;
  readonly hasDigit: boolean;
  /** name-word-flags.ts: the word's name flags once asked, 0 before. */
  nameFlags = 0;
  /** person-start-roles.ts: whether a person can start at the word, once asked; 0 before. */
  nameRoles = 0;
  // care-terms.ts: the word's kind in the lexicon `careOf` once asked (another lexicon asks again).
  private care: unknown = undefined;
  private careOf: unknown = undefined;
  /** organisations.ts: the organisation names the word starts for the matcher `organisationsOf`. */
  organisations: unknown = undefined;
  organisationsOf: unknown = undefined;
  /** keyTest's answers: two bits per test (asked, and the answer); the sixteenth test on in `moreTests`. */
  tests = 0;
  moreTests = 0;

  constructor(word: string, shape: WordShape) {
    const text = shared(word);
    this.text = text;
    this.hasDigit = shape.digit;
    // ASCII words need no folding beyond lower case, and most are lower case already.
    if (shape.ascii) {
      this.key = shape.upper ? shared(text.toLowerCase()) : text;
      const first = text.charCodeAt(0);
      this.capitalised = first >= 65 && first <= 90;
      this.allCaps = this.capitalised && text.length > 1 && !shape.lower;
      return;
    }
    this.key = shared(foldKey(text));
    const first = text.charAt(0);
    this.capitalised = first !== first.toLowerCase();
    this.allCaps = this.capitalised && text.length > 1 && text === text.toUpperCase();
  }

  /** care-terms.ts: the word's kind in `lexicon`, worked out by `kindOf` once for the word. */
  careKind<T>(lexicon: object, kindOf: (key: string) => T): T {
    if (this.careOf !== lexicon) {
      this.care = kindOf(this.key);
      this.careOf = lexicon;
    }
    return this.care as T;
  }
}

// A null-prototype object is a dictionary from the start: adding a word to it makes no hidden class.
const INTERNER: Record<string, true> = Object.create(null);

/**
 * V8's one shared copy of the word (a property name is kept once, in its string table): the rules compare
 * keys with literals ("naar", ",") and look them up in word lists thousands of times per text, and two
 * such copies compare by their address instead of character by character. Once per distinct word.
 */
function internalized(word: string): string {
  INTERNER[word] = true;
  const keys = Object.keys(INTERNER);
  for (const key of keys) delete INTERNER[key];
  // Only ever the one word (were a call cut short, another word left behind would not be taken for it).
  return keys.length === 1 && keys[0] === word ? keys[0] : word;
}

/** A word too long to be kept (see WordRecords) is not worth the string table's hashing either. */
function shared(word: string): string {
  return word.length <= MAX_KEPT_LENGTH ? internalized(word) : word;
}

let keyTests = 0;
// Two bits per test in a small integer, fifteen in each of the record's two.
const TESTS_PER_FIELD = 15;
const MAX_KEY_TESTS = 2 * TESTS_PER_FIELD;

/**
 * A yes/no question about a word's key, made to be asked of a token: answered once per distinct word
 * and kept on the word's record, so a rule that asks it of every token costs one bit test per token.
 * `test` must depend on the key alone. Past the thirtieth test made, the answers are not kept.
 */
export function keyTest(
  test: (key: string) => boolean,
): (token: { readonly key: string; readonly record: WordRecord | null }) => boolean {
  if (keyTests === MAX_KEY_TESTS) return (token) => test(token.key);
  const n = keyTests++;
  const inFirst = n < TESTS_PER_FIELD;
  const shift = 2 * (inFirst ? n : n - TESTS_PER_FIELD);
  return (token) => {
    const record = token.record;
    if (record === null) return test(token.key);
    const known = ((inFirst ? record.tests : record.moreTests) >>> shift) & 3;
    if (known !== 0) return known === 3;
    const answer = test(record.key);
    const bits = (answer ? 3 : 1) << shift;
    if (inFirst) record.tests |= bits;
    else record.moreTests |= bits;
    return answer;
  };
}

/** What the tokenizer learnt of a word while finding its end: which ASCII letters, digits, and whether all ASCII. */
export interface WordShape {
  readonly upper: boolean;
  readonly lower: boolean;
  readonly digit: boolean;
  readonly ascii: boolean;
}

/** The hash the tokenizer starts a word with; each character c then makes it imul(hash ^ c, 0x01000193). */
export const FIRST_HASH = 0x811c9dc5 | 0;

// Open addressing, at most half full: up to 32,768 words of up to 64 characters (a few megabytes at most,
// reached only by that many different words; the labelled corpora hold over 16,000, more than half the old 1 << 15).
const MAX_SLOTS = 1 << 16;
const FIRST_SLOTS = 1 << 4;
const MAX_KEPT_LENGTH = 64;
// A record lies at most this many slots past its hash's, so a lookup costs a few comparisons at most.
const MAX_PROBES = 8;

/**
 * The records of the words seen, found by the hash the tokenizer computed while reading the word. Each
 * kept word's code units are also kept in one typed array, so a word is compared with its record there,
 * without cutting it out of the text.
 */
export class WordRecords {
  #slots: (WordRecord | undefined)[] = new Array(FIRST_SLOTS).fill(undefined);
  #hashes = new Int32Array(FIRST_SLOTS);
  /** Where each slot's word starts in #chars, and its length. */
  #offsets = new Int32Array(FIRST_SLOTS);
  #lengths = new Int32Array(FIRST_SLOTS);
  #chars = new Uint16Array(FIRST_SLOTS * 8);
  #used = 0;
  #count = 0;

  /** The record of source[start, end) (`codes`: source's code units), made from `shape` when the word is new. */
  recordOf(
    source: string,
    codes: Uint16Array,
    start: number,
    end: number,
    hash: number,
    shape: WordShape,
  ): WordRecord {
    const length = end - start;
    // A long word is kept by no table: a few of them would hold on to much memory.
    if (length > MAX_KEPT_LENGTH) return new WordRecord(source.slice(start, end), shape);
    const slots = this.#slots;
    const hashes = this.#hashes;
    const mask = slots.length - 1;
    let s = hash & mask;
    for (let probes = 0; probes < MAX_PROBES; probes++) {
      const record = slots[s];
      if (record === undefined) break;
      if (
        hashes[s] === hash &&
        this.#lengths[s] === length &&
        this.#same(this.#offsets[s]!, codes, start, length)
      )
        return record;
      s = (s + 1) & mask;
    }
    const record = new WordRecord(detached(source.slice(start, end)), shape);
    this.#add(record, hash, codes, start, length);
    return record;
  }

  #same(offset: number, codes: Uint16Array, start: number, length: number): boolean {
    const chars = this.#chars;
    for (let j = 0; j < length; j++) if (chars[offset + j] !== codes[start + j]) return false;
    return true;
  }

  #add(record: WordRecord, hash: number, codes: Uint16Array, start: number, length: number): void {
    if (2 * (this.#count + 1) > this.#slots.length) {
      if (this.#slots.length < MAX_SLOTS) this.#grow();
      else this.#clear();
    }
    if (this.#used + length > this.#chars.length) {
      const chars = new Uint16Array(2 * (this.#used + length));
      chars.set(this.#chars.subarray(0, this.#used));
      this.#chars = chars;
    }
    if (this.#put(record, hash, this.#used, length)) {
      this.#chars.set(codes.subarray(start, start + length), this.#used);
      this.#used += length;
    }
  }

  /** Places the record whose word is #chars[offset, offset + length); false when it is not kept. */
  #put(record: WordRecord, hash: number, offset: number, length: number): boolean {
    const slots = this.#slots;
    const mask = slots.length - 1;
    let s = hash & mask;
    for (let probes = 0; slots[s] !== undefined; probes++) {
      // Words made to share a hash would make every lookup walk them all: past a few, keep none.
      if (probes === MAX_PROBES - 1) return false;
      s = (s + 1) & mask;
    }
    slots[s] = record;
    this.#hashes[s] = hash;
    this.#offsets[s] = offset;
    this.#lengths[s] = length;
    this.#count++;
    return true;
  }

  #grow(): void {
    const slots = this.#slots;
    const hashes = this.#hashes;
    const offsets = this.#offsets;
    const lengths = this.#lengths;
    this.#slots = new Array(slots.length * 2).fill(undefined);
    this.#hashes = new Int32Array(slots.length * 2);
    this.#offsets = new Int32Array(slots.length * 2);
    this.#lengths = new Int32Array(slots.length * 2);
    this.#count = 0;
    for (let s = 0; s < slots.length; s++) {
      const record = slots[s];
      if (record !== undefined) this.#put(record, hashes[s]!, offsets[s]!, lengths[s]!);
    }
  }

  // Full: start over rather than grow without limit (random words would otherwise fill memory).
  #clear(): void {
    this.#slots.fill(undefined);
    this.#count = 0;
    this.#used = 0;
  }
}

/**
 * The word as a string of its own: V8 cuts a word of 13 or more characters out of a text as a view that
 * keeps the whole text alive, which a kept record must not do with a megabyte text. Slicing a joined
 * string copies it first.
 */
function detached(word: string): string {
  return word.length < 13 ? word : ` ${word}`.slice(1);
}
