import type { Sentence } from './sentences.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Review 31 (fix-31): care words batch 58 added, used for something that is nobody's health:
 *  - a crisis bed arranged or asked for: "Nina heeft het HIC-bed voor de regio geregeld", "vraagt of er een
 *    HIC-bed vrij is voor een klant van haar" (not "ligt op een HIC-bed", nor "een HIC-bed vrij voor Nina");
 *  - a bet or a guess: "gegokt op de uitslag", "gegokt dat het wel zou meevallen", "bij de bingo gegokt"
 *    (not "heeft weer gegokt", "gegokt met zijn loon");
 *  - an intensifier: "een levensgevaarlijk drukke week" (not "levensgevaarlijk gewond");
 *  - a case brought in: "een tbs-maatregel-casus ingebracht in de intervisie".
 */
const BEDS = wordSet('hic-bed paaz-bed crisisbed crisisbedden hic-bedden');
const BED_SERVICE = wordSet('vrij beschikbaar geregeld regelt regelen regio bedden');
const BETS = wordSet('gegokt gokt gokte');
const BET_OBJECTS = wordSet('bingo loterij uitslag wedstrijd poule toto lotto');
const HABIT = wordSet('weer opnieuw steeds elke iedere alweer');
const INJURED = wordSet('gewond gewonde ziek zieke verwond verwonde');
const INTENSIFIED = wordSet('druk drukke spannend spannende leuk leuke lekker goed');
const OWNED_BY = wordSet('hem haar hen');
const REACH = 12;

/** The care term at k is a bed, a bet, an intensifier or a case: nobody's health. */
export function isOrdinaryUse(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  const key = tokens[k]!.key;
  if (BEDS.has(key)) return isBedArranged(tokens, sentence, k);
  if (BETS.has(key)) return isBet(tokens, sentence, k);
  if (key === 'levensgevaarlijk') {
    const next = tokens[k + 1]?.key ?? '';
    return (
      INTENSIFIED.has(next) || (tokens[k - 1]?.key === 'een' && /^\p{L}+e$/u.test(next) && !INJURED.has(next))
    );
  }
  return key.endsWith('-casus');
}

function isBedArranged(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  let service = false;
  for (let j = k + 1; j < sentence.to && j <= k + REACH; j++) {
    const token = tokens[j]!;
    service ||= BED_SERVICE.has(token.key);
    // "een HIC-bed vrij voor Nina", "voor hem": the bed is someone's.
    if (token.key === 'voor') {
      const after = tokens[j + 1];
      if (after !== undefined && (OWNED_BY.has(after.key) || isCapitalised(after))) return false;
    }
  }
  return service;
}

function isBet(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  for (let j = Math.max(sentence.from, k - 3); j < k; j++) if (HABIT.has(tokens[j]!.key)) return false;
  const next = tokens[k + 1]?.key ?? '';
  if (next === 'dat' || next === 'op') return true;
  for (let j = Math.max(sentence.from, k - REACH); j < sentence.to && j <= k + REACH; j++)
    if (BET_OBJECTS.has(tokens[j]!.key)) return true;
  return false;
}
