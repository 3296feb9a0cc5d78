import { DEFINITE_ARTICLES } from './function-words.ts';
import { isVenueToken } from './organisation-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * det-fp70 (batch 70): "We beginnen om 09:30 op de Nieuwe Boteringestraat 50, de voordeur is dicht, bel aan bij het
 * Werkplein": the bell one rings at the address is an office's, so the address is the office's building, however far
 * on its line the office is named (RING_REACH tokens). "bel aan bij de achterdeur", "bij de buren", "bij de
 * deelnemer" name no office; the resident words around the address still keep it a home.
 */
const RING_REACH = 20;
const RING = wordSet('bel bellen aanbellen aanbelt belt');
const ARTICLES = DEFINITE_ARTICLES;

/** "bel aan bij het Werkplein", "aanbellen bij de receptie" on the address's line after token k. */
export function isRingAtOfficeAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + RING_REACH && !tokens[j]!.lineBefore; j++) {
    if (!RING.has(tokens[j]!.key)) continue;
    let b = tokens[j + 1]?.key === 'aan' ? j + 2 : j + 1;
    if (tokens[b]?.key !== 'bij' || tokens[b]!.lineBefore) continue;
    b++;
    if (ARTICLES.has(tokens[b]?.key ?? '')) b++;
    const office = tokens[b];
    return office !== undefined && !office.lineBefore && isVenueToken(office);
  }
  return false;
}
