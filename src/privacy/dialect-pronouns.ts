import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * det-52: subject pronouns of the dialects written to Schakel, read as "hij" and "zij" are where a
 * pronoun carries a care term to the person named before ("Sjef? Hae is weer opgenomen", "Mariëlle?
 * Zie zit weer in de kliniek"): Limburgish "hae", "hea" (hij) and "zie" (zij), Gronings "hai", "zai", the
 * spoken "ie" after a verb ("volgens mij is ie weer opgenomen"). "zie" is also the verb
 * ("zie bijlage", "ik zie haar morgen"), so it counts only with no subject before it and a verb of the
 * third person singular right after it.
 */
const ALWAYS = wordSet('hae hea hai zai ie');
const AMBIGUOUS = wordSet('zie');
// The verbs "zie" is the subject of in Limburgish notes ("zie haet", "zie zit", "zie is").
const THIRD_PERSON_VERBS = wordSet(`is was haet heet had heeft zit zat ligt lag krijgt kreeg gebruikt drinkt
  slikt gaat ging geit moet mot kan wil blijft woont slaapt eet`);
const SUBJECTS_BEFORE = wordSet('ik je jij we wij u jullie men');

/** The dialect words that may be a pronoun (for word-list prefilters). */
export const DIALECT_PRONOUN_WORDS: readonly string[] = [...ALWAYS, ...AMBIGUOUS];

/** The word at tokens[j] is a dialect subject pronoun. */
export function isDialectPronoun(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]!.key;
  if (ALWAYS.has(key)) return true;
  if (!AMBIGUOUS.has(key)) return false;
  return THIRD_PERSON_VERBS.has(tokens[j + 1]?.key ?? '') && !SUBJECTS_BEFORE.has(tokens[j - 1]?.key ?? '');
}
