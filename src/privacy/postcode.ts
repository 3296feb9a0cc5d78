import type { Finding } from './findings.ts';
import { isKnownPlaceAt } from './places.ts';
import { endsLine, houseNumberAfter } from './postcode-after.ts';
import { afterClientWord, afterStreetNumber } from './postcode-before.ts';
import {
  hasCueNear,
  hasMailCue,
  hasPostcodeCue,
  hasPostcodeWord,
  hasPrivateAddressee,
} from './postcode-cues.ts';
import { lettersFit } from './postcode-letters.ts';
import { isTwoAsciiLetters } from './postcode-lists.ts';
import {
  continuesOtherNumber,
  isAmbiguousPair,
  isArticleNumber,
  isReferenceNumber,
} from './postcode-lookalikes.ts';
import { fourDigitPostcodeAt, gluedHouseNumberAt, joinedToPlaceAt } from './postcode-shapes.ts';
import { fourDigitsBeforePlace } from './postcode-where-lives.ts';
import { AFTER_AMOUNTS, NEVER_ISSUED, SEPARATORS, SHORT_WORDS } from './postcode-words.ts';
import { isGlued, type Token } from './tokens.ts';

/**
 * Dutch postcodes "1234 AB" and "1234AB": four digits starting 1-9 and two letters, not the pairs
 * SA, SD or SS. Upper-case letters count on their own. Lower-case letters count when glued to the
 * digits ("1234ab", but not units like "1000mg"), or after a space when the word "postcode" comes
 * just before or a place name just after ("2513 aa Den Haag"), never when they form a short word
 * ("2023 en", "2026 is").
 *
 * The postcode that starts at number token k, or null.
 */
export function postcodeAt(tokens: readonly Token[], k: number): Finding | null {
  const digits = tokens[k]!;
  if (digits.type !== 'number' || digits.text.length !== 4 || digits.text.charAt(0) === '0') return null;
  // The guard asks at every number, and the address rules again at the numbers around a house number.
  if (digits.postcode === undefined) digits.postcode = fourDigitsAt(tokens, k);
  return digits.postcode;
}

/**
 * postcodeAt for four digits, not 0 first, at token k. The words before the digits are asked last: most
 * four-digit numbers are years or counts that the shape rules turn away first.
 */
function fourDigitsAt(tokens: readonly Token[], k: number): Finding | null {
  const found = shapedAt(tokens, k);
  return found === null || isArticleNumber(tokens, k) || isReferenceNumber(tokens, k) ? null : found;
}

/** fourDigitsAt by the digits, what follows them and the cues around, before the lookalike test. */
function shapedAt(tokens: readonly Token[], k: number): Finding | null {
  const digits = tokens[k]!;
  const letters = tokens[k + 1];
  if (letters !== undefined && SEPARATORS.has(letters.text)) return hyphenatedAt(tokens, k);
  if (letters?.type !== 'word' || letters.lineBefore)
    return fourDigitPostcodeAt(tokens, k) ?? fourDigitsBeforePlace(tokens, k);
  if (!isTwoAsciiLetters(letters.text)) {
    if (letters.start - digits.end > 1 || continuesOtherNumber(tokens, k)) return null;
    return (
      joinedToPlaceAt(digits, letters) ?? gluedHouseNumberAt(tokens, k) ?? fourDigitPostcodeAt(tokens, k)
    );
  }
  const gap = letters.start - digits.end;
  if (letters.lineBefore || (gap > 1 && !doubleSpaced(tokens, k, gap))) return null;
  if (continuesOtherNumber(tokens, k)) return null;
  // "hij gaf als postcode 6822 op": letters that do not fit may be the next word.
  if (!lettersFit(tokens, k, digits, letters)) return fourDigitPostcodeAt(tokens, k);
  return { kind: 'postcode', start: digits.start, end: letters.end };
}

/**
 * "7231  NK Warnsveld", "postcode 7006  lc": two spaces typed between the digits and the letters, with a
 * known place after, "postcode" or "pc" before, or (capitals) an address cue before; the letters must
 * still fit.
 */
function doubleSpaced(tokens: readonly Token[], k: number, gap: number): boolean {
  const letters = tokens[k + 1]!;
  if (gap !== 2) return false;
  if (isKnownPlaceAt(tokens, k + 2) || hasPostcodeWord(tokens, k)) return true;
  return letters.text === letters.text.toUpperCase() && hasCueNear(tokens, k);
}

/**
 * "naar Rozengaarde 93-2, 7141-GR Groenlo, t.a.v. Mohamed Mensah": capitals after a street and house
 * number, before a known place, and "t.a.v." a person near: a letter sent to someone's home.
 */
function sentToPersonAt(tokens: readonly Token[], k: number): boolean {
  const letters = tokens[k + 2]!;
  return (
    letters.text === letters.text.toUpperCase() &&
    isKnownPlaceAt(tokens, k + 3, true) &&
    (afterStreetNumber(tokens, k) || hasPrivateAddressee(tokens, k))
  );
}

/**
 * "7511-AB enschede", "3512.AB", "2511/CM den haag": digits, a hyphen, dot or slash and the letters, all glued, before a known place, after a cue or
 * in capitals on a line of their own ("1600-GT in de brochure" is none). Never after a year-like number
 * ("2026-NL").
 */
function hyphenatedAt(tokens: readonly Token[], k: number): Finding | null {
  const digits = tokens[k]!;
  const hyphen = tokens[k + 1]!;
  // "1600-GT in de brochure" is none, "3512.AB" after "postcode" is one; "2026.ab" never.
  const letters = tokens[k + 2];
  if (letters?.type !== 'word' || letters.lineBefore || continuesOtherNumber(tokens, k)) return null;
  // "postcode 3512 - AB": spaces around the hyphen only just after "postcode".
  const glued = isGlued(digits, hyphen) && isGlued(hyphen, letters);
  if (!glued && !(hasPostcodeCue(tokens, k, false) && hyphen.text === '-')) return null;
  // "3512-AB-Utrecht".
  if (!isTwoAsciiLetters(letters.text)) return glued ? joinedToPlaceAt(digits, letters) : null;
  const value = Number(digits.text);
  const upper = letters.text.toUpperCase();
  if ((value >= 1900 && value <= 2099) || NEVER_ISSUED.has(upper)) return null;
  // "1500-EU subsidie" is none; "adres klant: 2511/CM den haag" is one.
  if (isAmbiguousPair(letters) && !hasCueNear(tokens, k) && !sentToPersonAt(tokens, k)) return null;
  // "een kamer van 1200/pm", "2400/pp": an amount per unit, unless "postcode" comes before.
  if ((AFTER_AMOUNTS.has(letters.key) || SHORT_WORDS.has(letters.key)) && !hasPostcodeWord(tokens, k))
    return null;
  const evidence =
    isKnownPlaceAt(tokens, k + 3, true) ||
    hasCueNear(tokens, k) ||
    // "stuur het naar 4811-XT 88": a letter sent there, or a house number after the letters.
    (tokens[k - 1]?.key === 'naar' && hasMailCue(tokens, k)) ||
    houseNumberAfter(tokens, k + 1) ||
    (letters.text === upper && afterClientWord(tokens, k)) ||
    (letters.text === upper && (k === 0 || digits.lineBefore) && endsLine(tokens, k + 3));
  if (!evidence) return null;
  return { kind: 'postcode', start: digits.start, end: letters.end };
}
