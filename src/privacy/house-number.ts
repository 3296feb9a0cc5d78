import { COUNT_NOUNS } from './address-words.ts';
import { UNITS } from './postcode-words.ts';
import { numberWordBefore } from './street-names.ts';
import { isGlued, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';
import { monthOf } from './written-dates.ts';

/*
 * A house number after a postcode, with the additions people type after it: a letter ("2a", "45 A"),
 * a floor or part of the house glued or apart ("12hs", "12 hs", "3 hoog", "19 bis", "33 III"), or a
 * hyphen and a floor, letter or room ("4-II", "210-3", "28-huis"). Every look is bounded by a few tokens.
 */

// Typed against the number or after a hyphen: "12hs", "4-II", "28-huis", "3hg".
const GLUED_ADDITIONS = wordSet('hs huis hg bg bis ter ii iii iv');
// Typed apart: "19 bis", "33 III", "12 hs", "3 hoog", "140 rood".
const WORD_ADDITIONS = wordSet('bis ter hs huis hg bg hoog boven beneden ii iii iv rood zwart');

/**
 * The last token of the house number that starts at number token j (at most `maxDigits` digits, a
 * space before it) and its additions, or -1.
 */
export function houseNumberTail(tokens: readonly Token[], j: number, maxDigits = 3): number {
  const number = tokens[j];
  if (number === undefined || number.type !== 'number' || number.lineBefore || !number.spaceBefore) return -1;
  if (number.text.length > maxDigits || number.text.charAt(0) === '0') return -1;
  let last = j;
  const next = tokens[j + 1];
  if (next !== undefined && isGlued(number, next)) {
    if (next.type === 'word' && (isLetter(next) || GLUED_ADDITIONS.has(next.key))) last = j + 1;
    else if (next.text === '-' && isGlued(next, tokens[j + 2])) {
      const part = tokens[j + 2]!;
      const addition = part.type === 'word' && (isLetter(part) || GLUED_ADDITIONS.has(part.key));
      if (addition || (part.type === 'number' && part.text.length <= 3)) last = j + 2;
    }
  }
  const after = tokens[last + 1];
  if (after !== undefined && after.type === 'word' && !after.lineBefore) {
    // "45 A" in capitals; a lower-case "a" alone is as often a word.
    if (WORD_ADDITIONS.has(after.key) || (isLetter(after) && after.text !== after.key)) last++;
  }
  return last;
}

function isLetter(token: Token): boolean {
  return token.text.length === 1 && /[A-Za-z]/.test(token.text);
}

// After a house number: no count, unit, month, time or range ("3512 AB 14 keer", "2511 CV 12 mei",
// "3512 AB 12 t/m 20").
const NO_HOUSE_NUMBER_AFTER = wordSet('tot tm t en x keer maal of');

/**
 * Whether the token after a house number leaves it one: a word that is no count, unit, month or
 * range word, or a mark that continues no number ("9712 CP 2a sturen", "6524 AR 33 III").
 */
export function leavesHouseNumber(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j];
  if (next === undefined || next.lineBefore) return true;
  if (next.type === 'number') return false;
  if (next.type === 'word')
    return (
      !COUNT_NOUNS.has(next.key) &&
      !UNITS.has(next.key) &&
      !NO_HOUSE_NUMBER_AFTER.has(next.key) &&
      monthOf(next.key) === undefined
    );
  // "12:30", "12%", "12-14", "12/3": a time, a share, a range or a date.
  if (next.text === ':' || next.text === '%' || next.text === '/') return false;
  return !(next.text === '-' && tokens[j + 1]?.type === 'number');
}

const HOUSE_NUMBER_WORDS = wordSet('huisnummer huisnr hnr nr nummer');
const LINKS = wordSet('en +');

/**
 * ", huisnr 12", "en huisnummer 12", ", nr. 4", "huisnummer: 110" from token j: a house-number word
 * (after a comma, "en" or "+" perhaps, a full stop or colon after it) and a number.
 */
export function houseNumberWordAt(tokens: readonly Token[], j: number): boolean {
  let i = j;
  if (tokens[i]?.text === ',' || LINKS.has(tokens[i]?.key ?? '')) i++;
  const word = tokens[i];
  if (word === undefined || word.lineBefore || !HOUSE_NUMBER_WORDS.has(word.key)) return false;
  i++;
  if (tokens[i]?.text === '.' || tokens[i]?.text === ':') i++;
  const number = tokens[i];
  return number?.type === 'number' && number.text.length <= 4 && !number.lineBefore;
}

/** "huisnr 12", "nr. 12", and "huisnummer: 110" with a colon: the word's index before the number at k, or -1. */
export function houseNumberWordBefore(tokens: readonly Token[], k: number): number {
  const word = numberWordBefore(tokens, k);
  if (word !== -1 || tokens[k - 1]?.text !== ':') return word;
  return HOUSE_NUMBER_WORDS.has(tokens[k - 2]?.key ?? '') && tokens[k - 2]!.key !== 'nummer' ? k - 2 : -1;
}

/** The token after the house number at k and its additions (k + 1 when there is none). */
export function tailEnd(tokens: readonly Token[], k: number): number {
  return Math.max(houseNumberTail(tokens, k, 4), k) + 1;
}
