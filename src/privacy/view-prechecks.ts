import { isDashCode, isLetterAt } from './chars.ts';
import {
  ASCII_CLASS,
  isAlnumFast,
  isZeroLetter,
  MAY_JOIN_LETTERS,
  MAY_READ_CHARACTERS,
  MIN_HYPHEN_PARTS,
  MIN_SPACED_LETTERS,
  MIN_ZERO_DIGITS,
} from './disguise-passes.ts';
import { base64RunReads, isBase64Code, isLowerCode, isUpperCode, MIN_BASE64 } from './encoded-base64.ts';
import { opensAt } from './encoded-readers.ts';

/**
 * The cheap questions the guard asks of every text before its second readings (guard.ts), answered in one
 * walk over its codes: nearly every text needs none of them, and three walks, one per view, cost about a
 * twentieth of a scan of realistic text.
 *  - MAY_READ_CHARACTERS, MAY_JOIN_LETTERS: which passes of the disguise view (disguise-view.ts) can read anything;
 *  - MAY_HOLD_ENCODING: the encoded view (encoded-view.ts) can read something: "&", "<" or "%" opens an
 *    encoding, or a run of base64 characters decodes to visible text (most such runs are long compounds,
 *    "Arbeidsparticipatie", "GGZ-werkgroepoverleg", which the view walked the whole text for);
 *  - CAPITALS_RUN: four capitals in a row (ASCII or Latin-1: "ÖZTÜRK"), without which there is no shouted name
 *    (shouted-name-view.ts).
 */
export const MAY_HOLD_ENCODING = 4;
export const CAPITALS_RUN = 8;
/** Capitals in a row before a shouted name may stand (shouted-name-view.ts counts a shouted word's the same). */
export const MIN_CAPITALS = 4;

// Per ASCII code, bits: as ASCII_CLASS (1 a digit, 2 a letter), a base64 character, a capital, a small letter,
// a character that may open an encoding.
const DIGIT = 1;
const LETTER = 2;
const BASE64 = 4;
const UPPER = 8;
const LOWER = 16;
const OPENS = 32;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  CLASS[c] =
    ASCII_CLASS[c]! |
    (isBase64Code(c) ? BASE64 : 0) |
    (isUpperCode(c) ? UPPER : 0) |
    (isLowerCode(c) ? LOWER : 0) |
    (c === 37 || c === 38 || c === 60 ? OPENS : 0);

const SMALL_LETTER_BITS = CLASS[97]!;

/** The views that may read something in `text`: bits of the constants above. */
export function viewPrechecks(text: string): number {
  const n = text.length;
  // The disguise view's passes (as disguise-passes.ts describes them).
  let digits = 0;
  let zeroBesideDigit = false;
  // The most dashes between letters or digits in one token ("Jan-de-Vries": 2), and in the current one.
  let innerDashes = 0;
  let chainDashes = 0;
  let singleLetters = 0;
  let runLength = 0;
  let runIsLetter = false;
  // The encoded view: the current run of base64 characters (from -1: none) and the cases in it.
  let encoding = false;
  let base64From = -1;
  let cases = 0;
  let capitals = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      // A run of small ASCII letters (most of a Dutch text) at once: each letter only lengthens the letter run
      // and the base64 run, and breaks a run of capitals.
      let end = i + 1;
      while (end < n && isLowerCode(text.charCodeAt(end))) end++;
      if (runLength === 0) runIsLetter = true;
      runLength += end - i;
      if (!encoding) {
        if (base64From === -1) {
          base64From = i;
          cases = 0;
        }
        cases |= SMALL_LETTER_BITS;
      }
      if (capitals < MIN_CAPITALS) capitals = 0;
      i = end - 1;
      continue;
    }
    const bits = c < 128 ? CLASS[c]! : 0;
    const kind = c < 128 ? bits & (DIGIT | LETTER) : isLetterAt(text, i) ? LETTER : 0;
    if (kind !== 0) {
      if (runLength === 0) runIsLetter = kind === LETTER;
      runLength++;
      if (kind === DIGIT) {
        digits++;
        if (!zeroBesideDigit)
          zeroBesideDigit = isZeroLetter(text.charCodeAt(i - 1)) || isZeroLetter(text.charCodeAt(i + 1));
      }
    } else {
      if (runLength === 1 && runIsLetter) singleLetters++;
      runLength = 0;
      // A dash is neither letter nor digit: a letter (most characters) asks nothing more. A hyphen run is one
      // token: its dashes count together, and anything else between them starts the count again.
      if (isDashCode(c) && isAlnumFast(text, i - 1) && isAlnumFast(text, i + 1)) {
        if (++chainDashes > innerDashes) innerDashes = chainDashes;
      } else chainDashes = 0;
    }
    if (!encoding) {
      if ((bits & BASE64) !== 0) {
        if (base64From === -1) {
          base64From = i;
          cases = 0;
        }
        cases |= bits;
      } else {
        if (base64From !== -1) encoding = base64Reads(text, base64From, i, cases);
        base64From = -1;
        if ((bits & OPENS) !== 0 && opensAt(text, i, c)) encoding = true;
      }
    }
    if (capitals < MIN_CAPITALS) {
      if ((bits & UPPER) !== 0 || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) capitals++;
      else capitals = 0;
    }
  }
  if (runLength === 1 && runIsLetter) singleLetters++;
  if (!encoding && base64From !== -1) encoding = base64Reads(text, base64From, n, cases);
  const characters = (digits >= MIN_ZERO_DIGITS && zeroBesideDigit) || innerDashes >= MIN_HYPHEN_PARTS - 1;
  return (
    (characters ? MAY_READ_CHARACTERS : 0) |
    (singleLetters >= MIN_SPACED_LETTERS ? MAY_JOIN_LETTERS : 0) |
    (encoding ? MAY_HOLD_ENCODING : 0) |
    (capitals >= MIN_CAPITALS ? CAPITALS_RUN : 0)
  );
}

/**
 * Whether the encoded view (encoded-view.ts) may read something in `text`: for its callers other than the guard,
 * which asks viewPrechecks once for all the views.
 */
export function mayHoldEncoding(text: string): boolean {
  return (viewPrechecks(text) & MAY_HOLD_ENCODING) !== 0;
}

/**
 * Which passes of the disguise view can read anything in `text` (MAY_READ_CHARACTERS, MAY_JOIN_LETTERS); most
 * texts: none, and both passes walked every word of them for nothing. Pass 1: a zero run needs six digits in the
 * text and an "o" beside a digit; a hyphen run needs one token of three parts, two dashes with a letter or digit
 * either side and only letters and digits between them ("re-integratie in GGZ-instellingen" has none, and pass 1
 * walked it). Pass 2: a spelled word needs four single letters, and pass 1 makes none (an "o" read as a zero is a
 * letter or digit still, a hyphen read as a space neither).
 */
export function passesThatMayRead(text: string): number {
  return viewPrechecks(text) & (MAY_READ_CHARACTERS | MAY_JOIN_LETTERS);
}

// A run that mixes capitals and small letters (base64 of any text does), long enough, that decodes.
function base64Reads(text: string, from: number, to: number, cases: number): boolean {
  return (
    to - from >= MIN_BASE64 && (cases & (UPPER | LOWER)) === (UPPER | LOWER) && base64RunReads(text, from, to)
  );
}
