import { wordSet, wordSetOf } from './word-sets.ts';

/*
 * Possessive pronouns, the lists that many readers share: whose a number, a care term or a relative is. A reader
 * that needs more ("hun", "eigen", English "his") adds them to one of these.
 */

/** "zijn", "haar": a third person's, as written out. */
export const HIS_HER = wordSet('zijn haar');
/** And the short forms "z'n", "d'r". */
export const HIS_HER_SHORT = wordSetOf([...HIS_HER, "z'n", "d'r"]);
/** And "zn", the short form typed without its apostrophe in chat. */
export const HIS_HER_TYPED = wordSetOf([...HIS_HER_SHORT, 'zn']);
/** "met zijn", "over haar": the prepositions after which "zijn" and "haar" are one person's, not a verb or "her". */
export const BEFORE_HIS_HER = wordSet('bij met van naar op in aan voor door om over uit');
/** "mijn", "m'n": the writer's own. */
export const FIRST_PERSON_POSSESSIVES = wordSet("mijn m'n");
/** And "mn", typed without its apostrophe. */
export const MY_TYPED = wordSetOf([...FIRST_PERSON_POSSESSIVES, 'mn']);
