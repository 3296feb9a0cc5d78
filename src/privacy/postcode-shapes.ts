import { COUNT_NOUNS } from './address-words.ts';
import { isAsciiLetterCode, isDigitCode } from './chars.ts';
import type { Finding } from './findings.ts';
import { isKnownPlaceKey } from './places.ts';
import { hasPostcodeWord, hasResidentCue, isPostcodeWordAt } from './postcode-cues.ts';
import { NEVER_ISSUED } from './postcode-words.ts';
import { isGlued, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Postcodes whose letters the tokenizer does not cut off as a two-letter word: joined to the place by
 * a hyphen ("3512 AB-Utrecht"), glued to the house number ("3512AB14"), or missing ("postcode 7412",
 * the four digits said of one client). Each reads a bounded number of tokens around the digits.
 */

// Words for one client near "postcode 7412": "klant woont in pc 7412", "postcode van mw. is 3512".
const ONE_CLIENT_WORDS = wordSet(`client cliente klant kandidaat deelnemer werkzoekende mw mevr mevrouw dhr
  meneer hij zij ze haar zijn woont woonachtig`);
// "klant pc 7007", "pc klant 7009": a client's pc is no computer.
const CLIENT_NOUNS = wordSet('client klant kandidaat deelnemer werkzoekende mw mevr mevrouw dhr meneer');
// After "postcode 7412" these make it a region or a range: "postcode 3512 en 3513", "7411 tot 7418".
const RANGE_WORDS = wordSet('en tot t m of tm');
const FOUR_DIGIT_WINDOW = 6;
// What may stand between "postcode" and its four digits: "postcode van mw. is 3512".
const BETWEEN_WORDS = wordSet('is was wordt van de het nieuwe oude nu');
const BETWEEN_MARKS = new Set([':', '.', '=', '(']);

/**
 * "3512 AB-Utrecht", "6211 ts-maastricht": the letters joined by a hyphen to a known place; "7271AXBorculo":
 * capitals glued to a capitalised known place.
 */
export function joinedToPlaceAt(digits: Token, letters: Token): Finding | null {
  const text = letters.text;
  if (text.length < 5 || !isAsciiLetterCode(text.charCodeAt(0)) || !isAsciiLetterCode(text.charCodeAt(1)))
    return null;
  const hyphen = text.charAt(2) === '-';
  if (
    !hyphen &&
    !(isUpperCode(text.charCodeAt(0)) && isUpperCode(text.charCodeAt(1)) && isUpperCode(text.charCodeAt(2)))
  )
    return null;
  if (!isKnownPlaceKey(letters.key.slice(hyphen ? 3 : 2))) return null;
  return { kind: 'postcode', start: digits.start, end: letters.start + 2 };
}

/** "klant pc 7007", "pc klant 7009" in a note's shorthand; "de klant pc 1204" is the client's computer. */
function isClientsPc(tokens: readonly Token[], word: number): boolean {
  if (CLIENT_NOUNS.has(tokens[word + 1]?.key ?? '')) return true;
  return CLIENT_NOUNS.has(tokens[word - 1]?.key ?? '') && !DETERMINERS.has(tokens[word - 2]?.key ?? '');
}

const DETERMINERS = wordSet('de het een zijn haar onze deze die');

function isUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * "pc7121LG", "postcode7001KL", "postcode7001 KL": the word "pc" or "postcode" glued to the digits, and
 * two letters glued on or, in capitals, after one space.
 */
export function gluedCuePostcodeAt(tokens: readonly Token[], k: number): Finding | null {
  const word = tokens[k]!;
  const key = word.key;
  const from = key.startsWith('postcode') ? 8 : key.startsWith('pc') ? 2 : -1;
  if (from === -1 || key.length < from + 4 || key.charCodeAt(from) === 48) return null;
  for (let i = from; i < from + 4; i++) if (!isDigitCode(key.charCodeAt(i))) return null;
  let letters = key.slice(from + 4);
  let end = word.end;
  const next = tokens[k + 1];
  if (letters === '' && next !== undefined && next.start === word.end + 1 && next.text.length === 2) {
    if (next.text !== next.text.toUpperCase()) return null;
    letters = next.key;
    end = next.end;
  }
  if (
    letters.length !== 2 ||
    !isAsciiLetterCode(letters.charCodeAt(0)) ||
    !isAsciiLetterCode(letters.charCodeAt(1))
  )
    return null;
  if (NEVER_ISSUED.has(letters.toUpperCase())) return null;
  // "pc2000xp": a year-like number and lower-case letters glued after "pc" name a computer.
  const value = Number(key.slice(from, from + 4));
  if (
    from === 2 &&
    value >= 1900 &&
    value <= 2099 &&
    end === word.end &&
    word.text.slice(-2) !== letters.toUpperCase()
  )
    return null;
  return { kind: 'postcode', start: word.start + from, end };
}

/** "postcode+huisnr: 3512AB14": two letters glued to the digits and a house number, after "postcode". */
export function gluedHouseNumberAt(tokens: readonly Token[], k: number): Finding | null {
  const digits = tokens[k]!;
  const letters = tokens[k + 1]!;
  const text = letters.text;
  if (!isGlued(digits, letters) || text.length < 3 || text.length > 6) return null;
  if (!isAsciiLetterCode(text.charCodeAt(0)) || !isAsciiLetterCode(text.charCodeAt(1))) return null;
  for (let i = 2; i < text.length; i++) if (!isDigitCode(text.charCodeAt(i))) return null;
  if (!hasPostcodeWord(tokens, k)) return null;
  return { kind: 'postcode', start: digits.start, end: letters.start + 2 };
}

/**
 * "klant woont in pc 7412", "postcode van mw. is 3512": four digits without letters, after the word
 * "postcode" or "pc" itself (not "postcodegebied", "postcodes") and a word for one client, neither a
 * range ("postcode 3512 en 3513") nor a count ("in postcode 3512 wonen 40 deelnemers" has no client
 * before it).
 */
export function fourDigitPostcodeAt(tokens: readonly Token[], k: number): Finding | null {
  const digits = tokens[k]!;
  const next = tokens[k + 1];
  if (next !== undefined && !next.lineBefore) {
    if (next.type === 'number' || RANGE_WORDS.has(next.key) || COUNT_NOUNS.has(next.key)) return null;
    if (next.type === 'word' && isGlued(digits, next)) return null;
  }
  let word = -1;
  for (let j = k - 1; j >= 0 && j >= k - FOUR_DIGIT_WINDOW && word === -1; j--) {
    const key = tokens[j]!.key;
    // Not "postcodes", "postcodegebied": those name a region.
    if (key === 'postcode' || (!key.startsWith('postcode') && isPostcodeWordAt(tokens, j))) word = j;
  }
  if (word === -1) return null;
  let said = false;
  // Only "is", "van mw." and the like between: "postcode klopt, hij belt om 1530" is none.
  for (let j = word + 1; j < k; j++) {
    const between = tokens[j]!;
    if (between.type === 'number') return null;
    if (
      between.type === 'word'
        ? !BETWEEN_WORDS.has(between.key) && !ONE_CLIENT_WORDS.has(between.key)
        : !BETWEEN_MARKS.has(between.text)
    )
      return null;
    said ||= between.text === ':' || between.key === 'is';
  }
  // "pc" is as often a computer ("de klant zit achter pc 1204", "zijn pc is 2019"): only "pc:",
  // "pc ... is", "(pc 2511)" or "klant pc 7007" with no year-like number, or after a word for living
  // somewhere.
  const value = Number(digits.text);
  if (
    tokens[word]!.key === 'pc' &&
    !hasResidentCue(tokens, word) &&
    ((!said && tokens[word - 1]?.text !== '(' && !isClientsPc(tokens, word)) ||
      (value >= 1900 && value <= 2099))
  )
    return null;
  const found: Finding = { kind: 'postcode', start: digits.start, end: digits.end };
  for (let j = k - 1; j >= 0 && j >= word - FOUR_DIGIT_WINDOW; j--)
    if (ONE_CLIENT_WORDS.has(tokens[j]!.key)) return found;
  // "pc:7412 van de klant": the client after.
  for (let j = k + 1; j < tokens.length && j <= k + FOUR_DIGIT_WINDOW && !tokens[j]!.lineBefore; j++)
    if (ONE_CLIENT_WORDS.has(tokens[j]!.key)) return found;
  return null;
}
