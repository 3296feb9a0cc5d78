import { isDigitCode, isLetterAt } from './chars.ts';
import { FIRST_HASH, type WordShape } from './word-records.ts';

/*
 * Where a word of the tokenizer (tokens.ts) starts and ends: which characters make a word, and the one walk
 * over a word's code units that finds its end and what its record needs (word-records.ts).
 */

export function isAsciiLetterCodeFast(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * Finds where a word ends and, in the same pass, what its key and flags need: whether it has
 * upper-case and lower-case ASCII letters, ASCII digits, and whether it is plain ASCII.
 */
export class WordScan implements WordShape {
  upper = false;
  lower = false;
  digit = false;
  ascii = true;
  /** A hash of the word's characters, for its record (word-records.ts). */
  hash = 0;

  /** The end of the word whose letters start at `from`; `codes` holds the text's code units. */
  scan(text: string, codes: Uint16Array, from: number): number {
    let upper = false;
    let lower = false;
    let digit = false;
    let ascii = true;
    let hash = FIRST_HASH;
    let i = from;
    const length = text.length;
    while (i < length) {
      const c = codes[i]!;
      // ASCII letters and digits first: nearly every character of a Dutch word.
      if (c >= 97 && c <= 122) lower = true;
      else if (c >= 65 && c <= 90) upper = true;
      else if (c >= 48 && c <= 57) digit = true;
      else if (c < 128) {
        // ' and -: a joiner when a word character follows ("burn-out", "Sanne's").
        if (!((c === 39 || c === 45) && isWordCharAt(text, i + 1))) break;
      } else if (isWordCharAt(text, i)) ascii = false;
      else if ((c === 0x2019 || c === 0x2010) && isWordCharAt(text, i + 1)) ascii = false;
      else break;
      hash = Math.imul(hash ^ c, 0x01000193);
      i++;
    }
    this.upper = upper;
    this.lower = lower;
    this.digit = digit;
    this.ascii = ascii;
    this.hash = hash;
    return i;
  }
}

export function isElision(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 39 && c !== 0x2019) return false;
  const letter = text.charAt(i + 1);
  return (letter === 't' || letter === 's') && !isWordCharAt(text, i + 2) && !isWordCharAt(text, i - 1);
}

// Surrogate pairs (emoji, rare scripts) are punctuation here, so a line of emoji is not one long word.
export function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return isDigitCode(code) || isLetterAt(text, i);
}

const MARK = /\p{M}/u;

export function isMarkAt(text: string, i: number): boolean {
  return text.charCodeAt(i) >= 0x300 && MARK.test(text.charAt(i));
}
