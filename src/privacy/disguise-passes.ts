import { isAsciiLetterCode, isDashCode, isDigitCode, isLetterAt } from './chars.ts';

/** Cheap questions the disguise view (disguise-view.ts) asks of a text before its two passes walk it. */

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
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = isDigitCode(c) ? 1 : isAsciiLetterCode(c) ? 2 : 0;

/** isAlnum, asking isLetterAt only beyond ASCII. */
export function isAlnumFast(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_CLASS[c] !== 0 : isAlnum(text, i);
}

export const MAY_READ_CHARACTERS = 1;
export const MAY_JOIN_LETTERS = 2;

/**
 * Which passes can read anything, asked in one cheap walk over the codes (most texts: none, and both passes
 * walked every word of them for nothing). Pass 1: a zero run needs six digits in the text and an "o" beside a
 * digit; a hyphen run needs two hyphens with a letter or digit either side. Pass 2: a spelled word needs four
 * single letters, and pass 1 makes none (an "o" read as a zero is a letter or digit still, a hyphen read as a
 * space neither).
 */
export function passesThatMayRead(text: string): number {
  let digits = 0;
  let zeroBesideDigit = false;
  let innerDashes = 0;
  let singleLetters = 0;
  let runLength = 0;
  let runIsLetter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? ASCII_CLASS[c]! : isLetterAt(text, i) ? 2 : 0;
    if (kind !== 0) {
      if (runLength === 0) runIsLetter = kind === 2;
      runLength++;
      if (kind === 1) {
        digits++;
        if (!zeroBesideDigit)
          zeroBesideDigit = isZeroLetter(text.charCodeAt(i - 1)) || isZeroLetter(text.charCodeAt(i + 1));
      }
    } else {
      if (runLength === 1 && runIsLetter) singleLetters++;
      runLength = 0;
      // A dash is neither letter nor digit: a letter (most characters) asks nothing more.
      if (isDashCode(c) && isAlnum(text, i - 1) && isAlnum(text, i + 1)) innerDashes++;
    }
  }
  if (runLength === 1 && runIsLetter) singleLetters++;
  const characters = (digits >= MIN_ZERO_DIGITS && zeroBesideDigit) || innerDashes >= MIN_HYPHEN_PARTS - 1;
  return (
    (characters ? MAY_READ_CHARACTERS : 0) | (singleLetters >= MIN_SPACED_LETTERS ? MAY_JOIN_LETTERS : 0)
  );
}
