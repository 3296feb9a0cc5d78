import { HIS_HER_SHORT } from './possessives.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/*
 * Closed classes of Dutch words that many readers share, each a list of its own once: a reader that needs more
 * adds them to one of these (possessives are in possessives.ts).
 */

/** "de", "het", "een". */
export const ARTICLES = wordSet('de het een');
/** "de", "het" and the "'t" of "in 't centrum". */
export const DEFINITE_ARTICLES = wordSet("de het 't");
/** "de", "het", "ons", "onze": before a team or a service ("ons team", "de afdeling"). */
export const THE_OR_OUR = wordSet('de het ons onze');
/** "hij", "zij", "ze": a third person as a clause's subject ("ze" may also be plural). */
export const HE_SHE = wordSet('hij zij ze');
/** And "ie", as "heeft ie" is typed. */
export const HE_SHE_TYPED = wordSetOf([...HE_SHE, 'ie']);
/** A third person in any form: "hij", "zij", "ze", "hem" and the possessives "zijn", "haar", "z'n", "d'r". */
export const THIRD_PERSON_WORDS = wordSetOf([...HE_SHE, 'hem', ...HIS_HER_SHORT]);
/** "en", "maar", "want", "dus": the conjunctions that join a new main clause. */
export const CLAUSE_JOINS = wordSet('en maar want dus');
