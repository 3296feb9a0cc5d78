import { isDigitCode, isLetterAt } from './chars.ts';

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
  return (text) => {
    out.length = 0;
    let i = 0;
    let space = false;
    let line = false;
    const length = text.length;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code === 32 || isWhitespaceCode(code)) {
        space = true;
        line ||= code === 10 || code === 13;
        i++;
        continue;
      }
      const start = i;
      let type: TokenType;
      if (code >= 48 && code <= 57) {
        type = 'number';
        i++;
        while (i < length && isDigitCode(text.charCodeAt(i))) i++;
      } else if (
        isAsciiLetterCodeFast(code) ||
        (code >= 128 && isWordCharAt(text, i) && !isMarkAt(text, i))
      ) {
        type = 'word';
        i = wordEnd(text, i);
      } else if (isElision(text, i)) {
        // "'t", "'s-Hertogenbosch": the apostrophe belongs to the word ("Van 't Hof").
        type = 'word';
        i = wordEnd(text, i + 1);
      } else {
        type = 'punct';
        i += code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
      }
      const n = out.length;
      let token = pool[n];
      if (token === undefined) {
        token = new MutableToken();
        pool.push(token);
      }
      token.set(text, type, start, i, space, line);
      out.push(token);
      space = false;
      line = false;
    }
    return out;
  };
}

function isAsciiLetterCodeFast(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

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

  set(
    source: string,
    type: TokenType,
    start: number,
    end: number,
    spaceBefore: boolean,
    lineBefore: boolean,
  ) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.spaceBefore = spaceBefore;
    this.lineBefore = lineBefore;
    if (type !== 'word') {
      const text = end - start === 1 ? charString(source.charCodeAt(start)) : source.slice(start, end);
      this.text = text;
      this.key = text;
      this.capitalised = false;
      this.allCaps = false;
      this.hasDigit = false;
      return;
    }
    const text = source.slice(start, end);
    this.text = text;
    // ASCII words need no folding beyond lower case, and most are lower case already.
    let upper = 0;
    let lower = 0;
    let ascii = true;
    let digit = false;
    for (let i = start; i < end; i++) {
      const c = source.charCodeAt(i);
      if (c >= 97 && c <= 122) lower++;
      else if (c >= 65 && c <= 90) upper++;
      else if (c >= 48 && c <= 57) digit = true;
      else if (c > 127) ascii = false;
    }
    this.hasDigit = digit;
    if (ascii) {
      this.key = upper === 0 ? text : text.toLowerCase();
      const first = source.charCodeAt(start);
      this.capitalised = first >= 65 && first <= 90;
      this.allCaps = this.capitalised && end - start > 1 && lower === 0;
      return;
    }
    this.key = foldKey(text);
    const first = text.charAt(0);
    this.capitalised = first !== first.toLowerCase();
    this.allCaps = this.capitalised && text.length > 1 && text === text.toUpperCase();
  }
}

const ASCII_STRINGS: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

function charString(code: number): string {
  return code < 128 ? ASCII_STRINGS[code]! : String.fromCharCode(code);
}

function isElision(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 39 && c !== 0x2019) return false;
  const letter = text.charAt(i + 1);
  return (letter === 't' || letter === 's') && !isWordCharAt(text, i + 2) && !isWordCharAt(text, i - 1);
}

function wordEnd(text: string, from: number): number {
  let i = from;
  const length = text.length;
  while (i < length) {
    const c = text.charCodeAt(i);
    // ASCII letters and digits first: nearly every character of a Dutch word.
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
      i++;
      continue;
    }
    if (isWordCharAt(text, i)) {
      i++;
      continue;
    }
    const joiner = c === 39 || c === 0x2019 || c === 45 || c === 0x2010; // ' ’ - ‐
    if (joiner && isWordCharAt(text, i + 1)) {
      i += 2;
      continue;
    }
    break;
  }
  return i;
}

// Surrogate pairs (emoji, rare scripts) are punctuation here, so a line of emoji is not one long word.
function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return isDigitCode(code) || isLetterAt(text, i);
}

const MARK = /\p{M}/u;

function isMarkAt(text: string, i: number): boolean {
  return text.charCodeAt(i) >= 0x300 && MARK.test(text.charAt(i));
}

function isWhitespaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x3000 ||
    code === 0x1680 ||
    code === 0x205f ||
    code === 0xfeff ||
    code === 0x85
  );
}

const MARKS = /\p{M}/gu;

/** Lower case without diacritics, the form every word list in src/privacy is written in. */
export function foldKey(word: string): string {
  const lower = word.toLowerCase();
  if (isPlainAscii(lower)) return lower;
  // Words with diacritics repeat ("cliënt", "cliënten"): normalising is the slow part, so remember.
  const known = FOLDED.get(lower);
  if (known !== undefined) return known;
  const folded = lower.normalize('NFD').replace(MARKS, '').replace(/’/g, "'");
  if (FOLDED.size >= FOLD_CACHE_LIMIT) FOLDED.clear();
  FOLDED.set(lower, folded);
  return folded;
}

const FOLD_CACHE_LIMIT = 4096;
const FOLDED = new Map<string, string>();

function isPlainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

/** A word list written as one string, so the formatter keeps long lists on a few lines. */
export function wordSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter((w) => w !== ''));
}

export function isCapitalised(token: Token | undefined): boolean {
  return token?.capitalised === true;
}

export function isAllCaps(token: Token): boolean {
  return token.allCaps;
}

/** The two tokens touch, as in "33a" or "12-03". */
export function isGlued(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start;
}
