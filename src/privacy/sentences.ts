import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/** A sentence as a half-open range of token indices. */
export interface Sentence {
  readonly from: number;
  readonly to: number;
}

// A full stop after these does not end a sentence: "mevr. De Vries", "geb. 3 april", "o.a.", English "Mrs. de Vries".
const ABBREVIATIONS =
  wordSet(`mevr mw mvr dhr hr mr dr drs ir ing prof mej geb bijv bv evt ca nr tel incl excl resp jl st jan feb febr
  mrt apr jun jul aug sep sept okt nov dec etc vs zgn mbv ivm tav mbt fam gebdat kon burg jhr pt mrs`);
// "Ms. de Boer": capitalised only ("heeft ms." is a condition ending its sentence).
const CAPITALISED_ABBREVIATIONS = new Set(['Ms']);

/** . ! ? ; */
function isEnder(text: string): boolean {
  return text === '.' || text === '!' || text === '?' || text === ';';
}

/**
 * Token i ends a sentence: . ! ? ; followed by a space or the end. A full stop after an abbreviation
 * or a single letter (an initial as in "dhr. B.") does not, so a title stays with its name. A line
 * break before a token starts a new sentence too (the guard checks `lineBefore`). One look back, and
 * for a question mark a few, for an open bracket.
 */
export function closesSentence(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.type !== 'punct' || !isEnder(token.text)) return false;
  const next = tokens[i + 1];
  if (next !== undefined && !next.spaceBefore) return false;
  if (token.text === '?' && insideBrackets(tokens, i)) return false;
  return token.text !== '.' || endsSentence(tokens[i - 1]);
}

const BRACKET_WINDOW = 8;

/** "dhr Pietersen (zonder s? Pieterse?) is opgenomen": a question asked inside brackets, a few tokens back. */
function insideBrackets(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - BRACKET_WINDOW; j--) {
    const text = tokens[j]!.text;
    if (text === '(') return true;
    if (text === ')') return false;
  }
  return false;
}

function endsSentence(before: Token | undefined): boolean {
  if (before?.type !== 'word') return true;
  if (before.text.length === 1 || CAPITALISED_ABBREVIATIONS.has(before.text)) return false;
  return !ABBREVIATIONS.has(before.key);
}
