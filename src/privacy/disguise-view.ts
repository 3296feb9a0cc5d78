import { isDashCode, isDigitCode, isLetterAt } from './chars.ts';
import {
  isAlnum,
  isAlnumFast,
  isZeroLetter,
  MAY_JOIN_LETTERS,
  MAY_READ_CHARACTERS,
  MIN_HYPHEN_PARTS,
  MIN_SPACED_LETTERS,
  MIN_ZERO_DIGITS,
} from './disguise-passes.ts';
import type { Finding } from './findings.ts';
import { isAnyPlaceKey } from './places.ts';
import { passesThatMayRead } from './view-prechecks.ts';

/**
 * A second reading of a text that hides client data in a shape a person reads through at once
 * (det-evasion): "Jan-de-Vries-schizofrenie" is "Jan de Vries schizofrenie", "s c h i z o f r e n i e" is
 * "schizofrenie", "o6-12345678" is "06-12345678". The guard scans this view only when it differs from the
 * text, and adds what it finds there to what it found in the text (guard.ts). Per class:
 *  - a letter "o"/"O" in a run of digit groups is a zero: the run stands alone (no letter glued before or
 *    after), holds 6 to 15 digits (a phone number's or a BSN's), and each group with an "o" holds a digit too ("o6-12345678",
 *    "O6 1234 5678", "06-1234567o"); "2o26", "o.a. 12" and words are left;
 *  - the hyphens of one token of three parts or more, two of them with a letter and a capitalised word
 *    after the first (a name, street or place), are spaces ("Jan-de-Vries-schizofrenie",
 *    "H12-Piet-Jansen-psychose", "Kerkstraat-12-1234AB-Zwolle"); compounds ("burn-out-preventie",
 *    "tbs-maatregel-casus", "AB-7211-KN"), two parts ("GGZ-instelling", "Jan-Willem", "Noord-Brabant")
 *    and dates ("12-03-2026") are left, and so are a known place ("Hendrik-Ido-Ambacht", batch 72) and a token
 *    in an address, path or e-mail address ("@", "/", "." or "_" glued to it);
 *  - four single letters or more in a row, each joined to the next by one space or one hyphen, are one
 *    word ("s c h i z o f r e n i e", "s-c-h-i-z-o"); two or three spaces between such letters are a space
 *    between words ("J a n  d e  V r i e s").
 * The first two keep every character in its place; the last drops the spaces inside a word, and `from`/`to`
 * map each character of the view back to the text. Each rule walks a run once and goes on after it: linear.
 */
export interface DisguiseView {
  readonly text: string;
  /** Per code unit of `text`: where the character it came from starts in the text it was made of. */
  readonly from: Int32Array;
  /** Per code unit of `text`: where that character ends. */
  readonly to: Int32Array;
}

const MAX_ZERO_DIGITS = 15;
const MAX_WORD_GAP = 3;

/**
 * The text with its disguises read through, or null when it holds none (nearly every text). `passes`: what
 * passesThatMayRead says of the text, when the caller knows it already (view-prechecks.ts).
 */
export function disguiseView(text: string, passes = passesThatMayRead(text)): DisguiseView | null {
  const chars = (passes & MAY_READ_CHARACTERS) !== 0 ? zerosAndHyphensRead(text) : null;
  const spaced = (passes & MAY_JOIN_LETTERS) !== 0 ? spacedLettersJoined(chars ?? text) : null;
  if (spaced !== null) return spaced;
  if (chars === null) return null;
  const from = new Int32Array(text.length);
  const to = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    from[i] = i;
    to[i] = i + 1;
  }
  return { text: chars, from, to };
}

/** The view's findings as places in the text it was made of. */
export function fromView(findings: readonly Finding[], view: DisguiseView): Finding[] {
  return findings.map((f) => ({
    ...f,
    start: view.from[f.start]!,
    end: f.end > f.start ? view.to[f.end - 1]! : view.from[f.start]!,
  }));
}

/** Pass 1, one character for one: zeros written as "o" and hyphens between words. Null: nothing read. */
function zerosAndHyphensRead(text: string): string | null {
  let out: string[] | null = null;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAlnum(text, i) || (i > 0 && isAlnum(text, i - 1))) {
      i++;
      continue;
    }
    const zeros = zeroRunAt(text, i);
    if (zeros.read) {
      out ??= [...text];
      for (let j = i; j < zeros.end; j++) if (isZeroLetter(text.charCodeAt(j))) out[j] = '0';
      i = zeros.end;
      continue;
    }
    const end = hyphenRunEnd(text, i);
    if (end < 0) {
      // On after both runs walked; the last digit group may still start a hyphen run ("1 12-Piet-...").
      i = Math.max(-end, zeros.lastGroup, i + 1);
      continue;
    }
    out ??= [...text];
    for (let j = i; j < end; j++) if (isDashCode(text.charCodeAt(j))) out[j] = ' ';
    i = end;
  }
  return out === null ? null : out.join('');
}

/**
 * The run of digit groups at `start`: digits and "o"/"O", joined by one space, hyphen or dot. `read` when
 * its letters are zeros (a phone number's or a BSN's length: 6 to 15 digits); where it ends, and where its
 * last group starts.
 */
function zeroRunAt(text: string, start: number): { read: boolean; end: number; lastGroup: number } {
  let digits = 0;
  let zeros = 0;
  let lonely = false;
  let i = start;
  let lastGroup = start;
  for (;;) {
    let groupDigits = 0;
    let groupZeros = 0;
    lastGroup = i;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (isDigitCode(c)) groupDigits++;
      else if (isZeroLetter(c)) groupZeros++;
      else break;
      i++;
    }
    if (groupDigits + groupZeros === 0 || (groupZeros > 0 && groupDigits === 0)) lonely = true;
    digits += groupDigits;
    zeros += groupZeros;
    if (lonely) break;
    const c = text.charCodeAt(i);
    const joined = (c === 32 || c === 46 || isDashCode(c)) && isDigitOrZero(text.charCodeAt(i + 1));
    if (!joined) break;
    i++;
  }
  const read =
    !lonely &&
    zeros > 0 &&
    digits >= MIN_ZERO_DIGITS &&
    digits + zeros <= MAX_ZERO_DIGITS &&
    !isLetterAt(text, i);
  return { read, end: i, lastGroup };
}

function isDigitOrZero(code: number): boolean {
  return isDigitCode(code) || isZeroLetter(code);
}

/**
 * Where the hyphen-joined token at `start` ends when its hyphens are spaces to a reader; else minus where
 * it ends (the caller goes on there).
 */
function hyphenRunEnd(text: string, start: number): number {
  let parts = 0;
  let lettered = 0;
  let singleLetters = 0;
  let capitalisedLater = false;
  let i = start;
  for (;;) {
    const partStart = i;
    let hasLetter = false;
    while (i < text.length && isAlnum(text, i)) {
      if (!hasLetter && isLetterAt(text, i)) hasLetter = true;
      i++;
    }
    if (parts > 0 && !capitalisedLater) capitalisedLater = isCapitalised(text, partStart, i);
    parts++;
    if (hasLetter) lettered++;
    if (i - partStart === 1 && hasLetter) singleLetters++;
    if (!(isDashCode(text.charCodeAt(i)) && isAlnum(text, i + 1))) break;
    i++;
  }
  // A run of single letters is a spelled word, which pass 2 joins.
  if (parts < MIN_HYPHEN_PARTS || lettered < 2 || singleLetters === parts || !capitalisedLater) return -i;
  if (isGluedToAddress(text, start - 1, start - 2) || isGluedToAddress(text, i, i + 1)) return -i;
  // Batch 72: a known place of three parts ("Hendrik-Ido-Ambacht") is its name, no disguise.
  if (isAnyPlaceKey(text.slice(start, i).toLowerCase())) return -i;
  return i;
}

/** A capital and then small letters: a name, a street or a place ("Vries", "Zwolle"), not "KN" nor "casus". */
function isCapitalised(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const first = text.charAt(start);
  const second = text.charAt(start + 1);
  return first !== first.toLowerCase() && second !== second.toUpperCase();
}

/** "info@ggz-noord-holland.nl", "www.ggz-noord-holland.nl/...", "jan_de-vries-x": not words in a sentence. */
function isGluedToAddress(text: string, i: number, beyond: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 64 || c === 47 || c === 95 || c === 92) return true;
  // A dot with a letter or digit beyond it ("ggz-noord.nl", "www.ggz-noord"); a full stop is none.
  return c === 46 && isAlnum(text, beyond);
}

/** Pass 2: a word spelled in single letters joined into one. Null: no such word. */
function spacedLettersJoined(text: string): DisguiseView | null {
  const n = text.length;
  let parts: string[] | null = null;
  let from: number[] = [];
  let to: number[] = [];
  let copiedUntil = 0;
  let i = 0;
  // Here text[i - 1] is no letter or digit whenever text[i] is one: a single letter is a run of one.
  while (i < n) {
    if (!isAlnumFast(text, i)) {
      i++;
      continue;
    }
    let wordEnd = i + 1;
    while (wordEnd < n && isAlnumFast(text, wordEnd)) wordEnd++;
    if (wordEnd - i !== 1 || !isLetterAt(text, i)) {
      i = wordEnd;
      continue;
    }
    const run = spelledRun(text, i);
    if (run.letters < MIN_SPACED_LETTERS) {
      i = run.end;
      continue;
    }
    if (parts === null) {
      parts = [];
      from = [];
      to = [];
    }
    copyAsTyped(text, copiedUntil, i, parts, from, to);
    let j = i;
    while (j < run.end) {
      if (isLetterAt(text, j)) {
        copyAsTyped(text, j, j + 1, parts, from, to);
        j++;
        continue;
      }
      let gapEnd = j;
      while (gapEnd < run.end && !isLetterAt(text, gapEnd)) gapEnd++;
      // Two or three spaces end a word: one space stands for them.
      if (gapEnd - j > 1) copyAsTyped(text, j, j + 1, parts, from, to);
      j = gapEnd;
    }
    copiedUntil = run.end;
    i = run.end;
  }
  if (parts === null) return null;
  copyAsTyped(text, copiedUntil, n, parts, from, to);
  return { text: parts.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** Copies text[start, end) into a view as it is: each character maps to itself in the text as typed. */
export function copyAsTyped(
  text: string,
  start: number,
  end: number,
  parts: string[],
  from: number[],
  to: number[],
): void {
  if (end <= start) return;
  parts.push(text.slice(start, end));
  for (let j = start; j < end; j++) {
    from.push(j);
    to.push(j + 1);
  }
}

/** A letter with no letter or digit on either side. */
function isSingleLetterAt(text: string, i: number): boolean {
  return isLetterAt(text, i) && !isAlnum(text, i - 1) && !isAlnum(text, i + 1);
}

/**
 * The run of single letters from `start`: each joined to the next by one space or one hyphen (the same
 * all through), or by two or three spaces between words. How many letters, and where the run ends.
 */
function spelledRun(text: string, start: number): { letters: number; end: number } {
  let letters = 1;
  let end = start + 1;
  const joiner = text.charCodeAt(end);
  if (joiner !== 32 && !isDashCode(joiner)) return { letters, end };
  for (;;) {
    let gap = end;
    while (gap < text.length && gap - end < MAX_WORD_GAP && text.charCodeAt(gap) === joiner) gap++;
    const width = gap - end;
    if (width === 0 || (width > 1 && joiner !== 32) || !isSingleLetterAt(text, gap)) break;
    letters++;
    end = gap + 1;
  }
  return { letters, end };
}
