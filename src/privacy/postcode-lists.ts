import { isAsciiLetterCode } from './chars.ts';
import { isKnownPlaceAt } from './places.ts';
import { endsClause } from './postcode-after.ts';
import { hasMailCue, hasPostcodeCue } from './postcode-cues.ts';
import { ABBREVIATIONS, AFTER_AMOUNTS, LIST_LOOK, SHORT_WORDS, UNITS } from './postcode-words.ts';
import type { Token } from './tokens.ts';

/** Several postcodes in a row: "1314 ab, 1315 rs en 1316 cd", read as a list rather than one by one. */
/**
 * "7511 jd, 7512 ab en 7513 ck": the digits are in a row of at least three postcode-shaped pairs
 * (four digits, two letters that are no short word), separated by commas, semicolons or "en", or of
 * two after a cue; at least two of the row (one after a cue) have letters that are no unit or amount
 * abbreviation ("1200 mb, 1500 mb en 2000 mb" are sizes). Looks at most LIST_LOOK pairs either way.
 */
export function inPostcodeList(tokens: readonly Token[], k: number): boolean {
  let first = k;
  let count = 1;
  let plain = isPlainPair(tokens[k + 1]!) ? 1 : 0;
  let strong = isStrongPair(tokens, k) ? 1 : 0;
  let last = k;
  for (
    let steps = 0;
    steps < LIST_LOOK && isPairAt(tokens, first - 3) && isListSeparator(tokens[first - 1]);
    steps++
  ) {
    first -= 3;
    count++;
    if (isPlainPair(tokens[first + 1]!)) plain++;
    if (isStrongPair(tokens, first)) strong++;
  }
  for (
    let j = k, steps = 0;
    steps < LIST_LOOK && isListSeparator(tokens[j + 2]) && isPairAt(tokens, j + 3);
    steps++
  ) {
    j += 3;
    last = j;
    count++;
    if (isPlainPair(tokens[j + 1]!)) plain++;
    if (isStrongPair(tokens, j)) strong++;
  }
  if (count >= 3) return plain >= 2;
  // "deelnemers uit 1314 ab en 1315 rs": two pairs that are no year, unit or abbreviation need no cue
  // when they end the clause or a place follows ("groep 2104 ab en 2105 cd van het mbo" are classes).
  if (count === 2 && strong === 2 && (endsClause(tokens, last + 2) || isKnownPlaceAt(tokens, last + 2)))
    return true;
  return count === 2 && plain >= 1 && (hasPostcodeCue(tokens, first, true) || hasMailCue(tokens, first));
}

/** A pair whose digits are no year and whose letters no unit, amount or abbreviation. */
function isStrongPair(tokens: readonly Token[], k: number): boolean {
  const value = Number(tokens[k]!.text);
  const letters = tokens[k + 1]!;
  return (value < 1900 || value > 2099) && isPlainPair(letters) && !ABBREVIATIONS.has(letters.key);
}

export function isPairAt(tokens: readonly Token[], k: number): boolean {
  const digits = tokens[k];
  const letters = tokens[k + 1];
  return (
    digits !== undefined &&
    digits.type === 'number' &&
    digits.text.length === 4 &&
    digits.text.charAt(0) !== '0' &&
    letters?.type === 'word' &&
    isTwoAsciiLetters(letters.text) &&
    !SHORT_WORDS.has(letters.key)
  );
}

/** Letters of a pair that are no unit or amount abbreviation. */
function isPlainPair(letters: Token): boolean {
  return !UNITS.has(letters.key) && !AFTER_AMOUNTS.has(letters.key);
}

function isListSeparator(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    (token.text === ',' ||
      token.text === ';' ||
      token.text === '/' ||
      token.key === 'en' ||
      token.key === 'of')
  );
}

export function isTwoAsciiLetters(text: string): boolean {
  return text.length === 2 && isAsciiLetterCode(text.charCodeAt(0)) && isAsciiLetterCode(text.charCodeAt(1));
}
