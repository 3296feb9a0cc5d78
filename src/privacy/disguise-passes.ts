import { isAsciiLetterCode, isDigitCode, isLetterAt } from './chars.ts';

/** What the disguise view's passes (disguise-view.ts) and the cheap walk before them (view-prechecks.ts) share. */

/** The least digits of a zero run, parts of a hyphen run and letters of a spelled word (disguise-view.ts). */
export const MIN_ZERO_DIGITS = 6;
export const MIN_HYPHEN_PARTS = 3;
export const MIN_SPACED_LETTERS = 4;

export function isAlnum(text: string, i: number): boolean {
  return isDigitCode(text.charCodeAt(i)) || isLetterAt(text, i);
}

export function isZeroLetter(code: number): boolean {
  return code === 111 || code === 79;
}

// Per ASCII code: 0 neither, 1 a digit, 2 a letter (as isDigitCode and isLetterAt say).
export const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = isDigitCode(c) ? 1 : isAsciiLetterCode(c) ? 2 : 0;

/** isAlnum, asking isLetterAt only beyond ASCII. */
export function isAlnumFast(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_CLASS[c] !== 0 : isAlnum(text, i);
}

export const MAY_READ_CHARACTERS = 1;
export const MAY_JOIN_LETTERS = 2;
