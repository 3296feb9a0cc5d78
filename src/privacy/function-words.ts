import { wordSet } from './word-sets.ts';

/*
 * Closed classes of Dutch words that many readers share, each a list of its own once: a reader that needs more
 * adds them to one of these (possessives are in possessives.ts).
 */

/** "de", "het", "een". */
export const ARTICLES = wordSet('de het een');
/** "hij", "zij", "ze": a third person as a clause's subject ("ze" may also be plural). */
export const HE_SHE = wordSet('hij zij ze');
