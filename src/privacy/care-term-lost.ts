import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 58: bereavement told between a name and the care a pronoun after it takes. "Dirk is in de rouw,
 * zijn vader is overleden, en de huisarts heeft hem antidepressiva voorgeschreven", "Sjaak heeft z'n
 * collega verloren aan kanker, hij krijgt rouwbegeleiding": the person who died is not the pronoun's, so
 * the walk back in care-term-owner.ts passes on to the person named before (only past a pronoun: "Dirk
 * vertelde dat zijn vader is overleden aan kanker" stays the father's). Every look is three tokens on.
 */
const LOST = wordSet('verloren overleden gestorven overleed stierf omgekomen verongelukt');
// "zijn vader is (plotseling) overleden", "z'n (naaste) collega verloren".
const BETWEEN = wordSet('is was zijn waren plotseling onverwacht vorige week gisteren');

/** Past a pronoun, the person word at `j` is someone who died: a word for that within three tokens after it. */
export function isLostPerson(tokens: readonly Token[], j: number, pastPronoun: boolean): boolean {
  if (!pastPronoun) return false;
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    const key = tokens[k]!.key;
    if (LOST.has(key)) return true;
    if (!BETWEEN.has(key)) return false;
  }
  return false;
}
