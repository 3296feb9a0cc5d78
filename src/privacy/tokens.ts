import { Buffer } from 'node:buffer';
import { isDigitCode, isWhitespaceCode } from './chars.ts';
import type { Finding } from './findings.ts';
import { type WordRecord, WordRecords } from './word-records.ts';
import { isAsciiLetterCodeFast, isElision, isMarkAt, isWordCharAt, WordScan } from './word-scan.ts';

/**
 * A single pass that cuts text into words, numbers and punctuation, each with its offsets. The
 * word-level detectors (postcode, address, birthdate, name with health detail) work on these tokens
 * so that they never backtrack over the raw text.
 */

export type TokenType = 'word' | 'number' | 'punct';

export interface Token {
  readonly type: TokenType;
  readonly text: string;
  /** Lower-cased without diacritics ("cliënt" → "client", also when typed decomposed): for word lists. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** Whitespace separates this token from the previous one. */
  readonly spaceBefore: boolean;
  /** A line break separates this token from the previous one. */
  readonly lineBefore: boolean;
  /** A word whose first letter is upper case, as names and street names are written. */
  readonly capitalised: boolean;
  /** "UWV", "GGZ", "ADHD": shouting abbreviations are never a person's surname. */
  readonly allCaps: boolean;
  /** A word that carries digits ("IPS2", "BSN123456782", "Hoofdstraat12"). */
  readonly hasDigit: boolean;
  /** Scratch for name-word-flags.ts: the key's flags once asked, 0 before. Cleared with each new token. */
  nameFlags: number;
  /** A word's record (word-records.ts): what is known of its text across scans. Null for other tokens. */
  readonly record: WordRecord | null;
  /** Scratch for postcode.ts: the postcode starting at this number, once asked (undefined before). */
  postcode: Finding | null | undefined;
  /** Scratch for care-terms.ts: the care expression's length from here once `careOf` asked (null before). */
  careMatch: number;
  careOf: object | null;
}

/**
 * Cuts `text` into tokens in one pass. A word starts with a letter and may carry digits ("IPS2") and
 * inner hyphens or apostrophes ("burn-out", "Sanne's"); a number is a run of ASCII digits; anything
 * else is a one-character punctuation token (a surrogate pair stays together). Allocates fresh
 * tokens: for word lists read once. The guard uses createTokenizer, which reuses its tokens.
 */
export function tokenize(text: string): Token[] {
  return [...createTokenizer()(text)];
}

/**
 * A tokenizer that reuses its token objects and its result array from one call to the next, so a
 * scan allocates no object per token (only the word keys are new strings). The result is valid until
 * the next call; nothing may keep a token beyond that.
 */
export function createTokenizer(): (text: string) => readonly Token[] {
  const pool: MutableToken[] = [];
  const out: MutableToken[] = [];
  // byLength[n] is pool[0, n): the result for a text of n tokens, made once per n (pool[k] is always the
  // same token). Setting `out`'s length to a much shorter text's gives up its storage, which the next
  // longer text then grew again token by token: most of what a scan of short texts allocated.
  const byLength: (MutableToken[] | undefined)[] = new Array(SHORT_TEXT_TOKENS + 1).fill(undefined);
  const word = new WordScan();
  const records = new WordRecords();
  // The text's UTF-16 code units, copied once per scan: reading a typed array costs a fraction of
  // charCodeAt on a sliced or two-byte string, and a word is compared with its record here.
  let codes = new Uint16Array(256);
  // The same memory as bytes: Node copies a string's code units into it in one call.
  let bytes = Buffer.from(codes.buffer);
  return (text) => {
    let count = 0;
    let i = 0;
    let space = false;
    let line = false;
    const length = text.length;
    if (codes.length < length) {
      codes = new Uint16Array(Math.max(length, codes.length * 2));
      bytes = Buffer.from(codes.buffer);
    }
    if (LITTLE_ENDIAN) bytes.write(text, 0, 'utf16le');
    else for (let c = 0; c < length; c++) codes[c] = text.charCodeAt(c);
    while (i < length) {
      const code = codes[i]!;
      if (code === 32 || isWhitespaceCode(code)) {
        space = true;
        line ||= code === 10 || code === 13;
        i++;
        continue;
      }
      const start = i;
      let type: TokenType;
      if (isAsciiLetterCodeFast(code) || (code >= 128 && isWordCharAt(text, i) && !isMarkAt(text, i))) {
        type = 'word';
        i = word.scan(text, codes, i);
      } else if (code >= 48 && code <= 57) {
        type = 'number';
        i++;
        while (i < length && isDigitCode(codes[i]!)) i++;
      } else if ((code === 39 || code === 0x2019) && isElision(text, i)) {
        // "'t", "'s-Hertogenbosch": the apostrophe belongs to the word ("Van 't Hof").
        type = 'word';
        i = word.scan(text, codes, i + 1);
        if (code > 127) word.ascii = false;
        word.hash = Math.imul(word.hash ^ code, 0x01000193);
      } else {
        type = 'punct';
        i += code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
      }
      let token = pool[count];
      if (token === undefined) {
        token = new MutableToken();
        pool.push(token);
      }
      if (type === 'word')
        token.setWord(start, i, space, line, records.recordOf(text, codes, start, i, word.hash, word));
      else token.setOther(text, type, start, i, space, line);
      count++;
      space = false;
      line = false;
    }
    if (count <= SHORT_TEXT_TOKENS) {
      const tokens = byLength[count] ?? pool.slice(0, count);
      byLength[count] = tokens;
      return tokens;
    }
    // out[k] is pool[k] for a longer text.
    if (out.length > count) out.length = count;
    while (out.length < count) out.push(pool[out.length]!);
    return out;
  };
}

// Texts of up to this many tokens (most fields, most lines) each have an array of their own length.
const SHORT_TEXT_TOKENS = 256;

// UTF-16LE bytes are the code units of a Uint16Array only where the machine is little-endian.
const LITTLE_ENDIAN = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;

class MutableToken implements Token {
  type: TokenType = 'punct';
  text = '';
  key = '';
  start = 0;
  end = 0;
  spaceBefore = false;
  lineBefore = false;
  capitalised = false;
  allCaps = false;
  hasDigit = false;
  nameFlags = 0;
  record: WordRecord | null = null;
  postcode: Finding | null | undefined = undefined;
  careMatch = 0;
  careOf: object | null = null;

  setOther(
    source: string,
    type: TokenType,
    start: number,
    end: number,
    spaceBefore: boolean,
    lineBefore: boolean,
  ) {
    this.nameFlags = 0;
    this.record = null;
    this.postcode = undefined;
    this.careOf = null;
    this.type = type;
    this.start = start;
    this.end = end;
    this.spaceBefore = spaceBefore;
    this.lineBefore = lineBefore;
    const text = end - start === 1 ? charString(source.charCodeAt(start)) : source.slice(start, end);
    this.text = text;
    this.key = text;
    this.capitalised = false;
    this.allCaps = false;
    this.hasDigit = false;
  }

  setWord(start: number, end: number, spaceBefore: boolean, lineBefore: boolean, record: WordRecord) {
    this.nameFlags = record.nameFlags;
    this.record = record;
    this.careOf = null;
    this.type = 'word';
    this.start = start;
    this.end = end;
    this.spaceBefore = spaceBefore;
    this.lineBefore = lineBefore;
    this.text = record.text;
    this.key = record.key;
    this.hasDigit = record.hasDigit;
    this.capitalised = record.capitalised;
    this.allCaps = record.allCaps;
  }
}

const ASCII_STRINGS: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

function charString(code: number): string {
  return code < 128 ? ASCII_STRINGS[code]! : String.fromCharCode(code);
}

export function isCapitalised(token: Token | undefined): boolean {
  return token?.capitalised === true;
}

export function isAllCaps(token: Token): boolean {
  return token.allCaps;
}

/** The first token from k on that starts at or after character `end`: the one after a finding ending there. */
export function tokenAfter(tokens: readonly Token[], k: number, end: number): number {
  let after = k;
  while (after < tokens.length && tokens[after]!.start < end) after++;
  return after;
}

/**
 * tokens[i], or undefined before the first token. V8 reads a negative index as a named property, about ten
 * times slower than an element: the rules that look back from a sentence's first words ask this instead.
 */
export function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return i >= 0 ? tokens[i] : undefined;
}

/** tokens[j] is `text` (false before the first token, as tokenAt). */
export function isText(tokens: readonly Token[], j: number, text: string): boolean {
  return j >= 0 && j < tokens.length && tokens[j]!.text === text;
}

/** The two tokens touch, as in "33a" or "12-03". */
export function isGlued(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start;
}
