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
}

/**
 * Cuts `text` into tokens in one pass. A word starts with a letter and may carry digits ("IPS2") and
 * inner hyphens or apostrophes ("burn-out", "Sanne's"); a number is a run of ASCII digits; anything
 * else is a one-character punctuation token (a surrogate pair stays together).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let space = false;
  let line = false;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isWhitespaceCode(code)) {
      space = true;
      line ||= code === 10 || code === 13;
      i++;
      continue;
    }
    const start = i;
    let type: TokenType;
    if (isDigitCode(code)) {
      type = 'number';
      while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
    } else if (isWordCharAt(text, i) && !isMarkAt(text, i)) {
      type = 'word';
      i = wordEnd(text, i);
    } else if (isElision(text, i)) {
      // "'t", "'s-Hertogenbosch": the apostrophe belongs to the word ("Van 't Hof").
      type = 'word';
      i = wordEnd(text, i + 1);
    } else {
      type = 'punct';
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    }
    tokens.push(makeToken(type, text.slice(start, i), start, space, line));
    space = false;
    line = false;
  }
  return tokens;
}

function isElision(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 39 && c !== 0x2019) return false;
  const letter = text.charAt(i + 1);
  return (letter === 't' || letter === 's') && !isWordCharAt(text, i + 2) && !isWordCharAt(text, i - 1);
}

function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    if (isWordCharAt(text, i)) {
      i++;
      continue;
    }
    const c = text.charCodeAt(i);
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

function makeToken(
  type: TokenType,
  text: string,
  start: number,
  spaceBefore: boolean,
  lineBefore: boolean,
): Token {
  const code = text.charCodeAt(0);
  const capitalised =
    type === 'word' &&
    (code < 128 ? code >= 65 && code <= 90 : text.charAt(0) !== text.charAt(0).toLowerCase());
  return {
    type,
    text,
    key: type === 'word' ? foldKey(text) : text,
    start,
    end: start + text.length,
    spaceBefore,
    lineBefore,
    capitalised,
    allCaps: capitalised && text.length > 1 && text === text.toUpperCase(),
  };
}

const MARKS = /\p{M}/gu;

/** Lower case without diacritics, the form every word list in src/privacy is written in. */
export function foldKey(word: string): string {
  const lower = word.toLowerCase();
  if (isPlainAscii(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(/’/g, "'");
}

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
