import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { endingsByLast, wordSet } from './word-sets.ts';

/*
 * det-fp40: care words in their work or everyday sense (batch 76's and det-plain37's flagged clean lines):
 *  - taken up in a list, roster or group: "Ruud is opgenomen in het rooster voor de inloop", "Freek is opgenomen in
 *    de nieuwe werkgroep Jongeren" (not "opgenomen in het ziekenhuis", "in de kliniek", "in Dennenoord");
 *  - a state told "van" a joy a few words on: "Bert is helemaal in elkaar gezakt van het lachen", "een aanval van
 *    de slappe lach" (not "van het werk");
 *  - air taken in: "Joost snuift de frisse lucht op" (not "snuift coke").
 */
const TAKEN_UP = wordSet('opgenomen opnemen');
const WORK_THINGS = wordSet(`rooster roosters werkgroep team planning lijst overzicht verslag notulen agenda
  appgroep app-groep mailinglijst stuurgroep projectgroep kernteam bestuur begroting jaarplan beleid convenant
  database systeem programma pilot netwerk regioteam`);
const WORK_ENDINGS = endingsByLast([
  'rooster',
  'werkgroep',
  'stuurgroep',
  'projectgroep',
  'planning',
  'overzicht',
  'verslag',
  'appgroep',
  'netwerk',
]);
const ARTICLES = wordSet('de het een ons onze');
const ADJECTIVE_REACH = 2;
const JOYS = wordSet(`enthousiasme blijdschap plezier opwinding vreugde geluk trots lachen pret slappe`);
const JOY_FILLERS = wordSet('puur pure het de al dat die');
const JOY_REACH = 4;
const AIRS = wordSet('lucht buitenlucht zeelucht boslucht sfeer');
const SNIFFS = wordSet('snuift snuiven snoof snoven gesnoven');
const AIR_REACH = 3;

/** The care term at k is said in a work or everyday sense. */
export function isWorkSense(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  const key = tokens[k]!.key;
  if (TAKEN_UP.has(key)) return isTakenUpInWork(tokens, sentence, k);
  if (SNIFFS.has(key)) return isAirTaken(tokens, sentence, k);
  return isOfJoy(tokens, sentence, k);
}

function isTakenUpInWork(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  if (tokens[k + 1]?.key !== 'in') return false;
  let j = k + 2;
  if (!ARTICLES.has(tokens[j]?.key ?? '')) return false;
  for (let n = 0; n <= ADJECTIVE_REACH && j + 1 < sentence.to; n++) {
    j++;
    const next = tokens[j]!.key;
    if (WORK_THINGS.has(next) || WORK_ENDINGS(next, next.length).some((e) => next.endsWith(e))) return true;
    if (!/^\p{Ll}+e$/u.test(tokens[j]!.text)) return false; // only adjectives ("nieuwe", "vaste") between
  }
  return false;
}

function isOfJoy(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  for (let j = k + 1; j < sentence.to && j <= k + JOY_REACH; j++) {
    if (tokens[j]!.type === 'punct') return false;
    if (tokens[j]!.key !== 'van') continue;
    let n = j + 1;
    while (n < sentence.to && n <= j + 2 && JOY_FILLERS.has(tokens[n]!.key)) n++;
    return JOYS.has(tokens[n]?.key ?? '');
  }
  return false;
}

function isAirTaken(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  for (let j = k + 1; j < sentence.to && j <= k + AIR_REACH; j++) if (AIRS.has(tokens[j]!.key)) return true;
  return false;
}
