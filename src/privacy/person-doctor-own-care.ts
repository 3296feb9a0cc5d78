import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * det-42b: a doctor's or professor's own care told after an aside or with "zelf" after the verb, which
 * person-ref-filters.ts's "Dr. Vossen zelf heeft ...", "dokter Vossen ligt ..." right after the name misses:
 * "Prof. Smeets (MUMC) is zelf met een burn-out thuis", "Dr. Hameleers van de huisartsenpraktijk is zelf met een
 * depressie uitgevallen", "Dr. Vos heeft zelf een hernia", and the passive of what a patient undergoes: "dr. Vos is
 * geopereerd aan zijn hart" (a surgeon "heeft geopereerd"). Left: "Dr. Vos heeft zelf een boek over depressie
 * geschreven" (a preposition before the care word ends the look), "Dr. Vos is gespecialiseerd in depressie".
 */
const ASIDE_REACH = 6;
const ARTICLES = wordSet('de het');
const HAVING = wordSet('heeft had');
const BEING = wordSet('is was ligt lag zit zat');
const UNDERGOING = wordSet('is was wordt werd');
const UNDERGONE = wordSet('geopereerd opgenomen gedotterd bestraald');
const CARE_REACH = 6;
// "wordt volgende week geopereerd": time words between the verb and what is undergone.
const TIME_WORDS = wordSet(`volgende vorige deze week maand morgen vandaag gisteren binnenkort opnieuw weer
  maandag dinsdag woensdag donderdag vrijdag`);
const TIME_REACH = 3;
// A preposition or a clause's start before the care word: a topic or another's ("een boek over depressie").
const STOPS =
  wordSet(`met over voor naar bij tegen rond in op aan van dat die of hoe als want maar en , . ; : ( )
  ? !`);

/** The doctor named at tokens [.., last] tells their own care (see above). */
export function doctorTellsOwnCare(
  tokens: readonly Token[],
  last: number,
  to: number,
  isCareWord: (k: number) => boolean,
): boolean {
  const j = afterAside(tokens, last + 1, to);
  const verb = tokens[j]?.key ?? '';
  if (j + 1 >= to) return false;
  if (UNDERGOING.has(verb) && isUndergone(tokens, j + 1, to)) return true;
  const self = tokens[j + 1]!.key === 'zelf';
  if (!self || !(HAVING.has(verb) || BEING.has(verb))) return false;
  // "is zelf met een burn-out thuis": being "met" the care; "heeft zelf met ... gewerkt" is work.
  let k = j + 2;
  if (BEING.has(verb) && tokens[k]?.key === 'met') k++;
  for (; k < to && k <= j + 2 + CARE_REACH; k++) {
    if (isCareWord(k)) return true;
    if (STOPS.has(tokens[k]!.key) || tokens[k]!.lineBefore) return false;
  }
  return false;
}

/** What a patient undergoes at `from`, perhaps after a few time words: "volgende week geopereerd". */
function isUndergone(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k <= from + TIME_REACH; k++) {
    if (UNDERGONE.has(tokens[k]!.key)) return true;
    if (!TIME_WORDS.has(tokens[k]!.key)) return false;
  }
  return false;
}

/** The token after an aside right after the name ("(MUMC)", "van de huisartsenpraktijk"), else `from`. */
function afterAside(tokens: readonly Token[], from: number, to: number): number {
  const token = tokens[from];
  if (token?.text === '(') {
    for (let j = from + 1; j < to && j <= from + ASIDE_REACH; j++) if (tokens[j]!.text === ')') return j + 1;
    return from;
  }
  if (token?.key === 'van' && ARTICLES.has(tokens[from + 1]?.key ?? '') && from + 2 < to) return from + 3;
  return from;
}
