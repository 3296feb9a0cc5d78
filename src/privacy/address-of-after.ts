import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * The clause right after an address that says whose address it is: "Stationsplein 1 (UWV) is ook het adres
 * van zijn broer", "Het Stationsplein 1 in Zutphen is het adres van het UWV-kantoor". Read by
 * organisation-address.ts, which decides whether the one named is a resident or an office.
 */

const ADDRESS_NOUNS = wordSet('adres woonadres huisadres');
const CLAUSE_WINDOW = 12;
// "Kerkstraat 12, Deventer is ook het adres van ...": a place after a comma, or an aside in brackets.
const CLAUSE_MARKS = new Set(['(', ')', ',']);
const ARTICLES = wordSet('de het');
// "Stationsplein 1 is het UWV, niet het adres van de klant!": said not to be someone's.
const NEGATIONS = wordSet('niet geen');

/**
 * The token after "adres van (de|het)" in the clause that follows the address (from `from`, within
 * twelve tokens, no mark but brackets and commas between), or -1 when the clause names no one.
 */
export function addressOfAfter(tokens: readonly Token[], from: number): number {
  for (let j = from; j < tokens.length && j < from + CLAUSE_WINDOW; j++) {
    const token = tokens[j]!;
    if (token.lineBefore || (token.type === 'punct' && !CLAUSE_MARKS.has(token.text))) return -1;
    if (NEGATIONS.has(token.key)) return -1;
    if (!ADDRESS_NOUNS.has(token.key) || tokens[j + 1]?.key !== 'van') continue;
    const who = ARTICLES.has(tokens[j + 2]?.key ?? '') ? j + 3 : j + 2;
    return who < tokens.length ? who : -1;
  }
  return -1;
}
