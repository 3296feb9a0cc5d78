import { wordSet, wordSetOf } from './word-sets.ts';

/*
 * The particles of Dutch surnames ("de Vries", "van der Berg", "ter Horst", "ten Cate"): the lists of a name's
 * particles in src/privacy start from these and add what their place calls for ("'t", "el", "het").
 */
export const DUTCH_PARTICLES = wordSet('van de der den ter ten');
// And the "'t" of "van 't Hof".
export const NAME_PARTICLES = particlesWith("'t");

/** DUTCH_PARTICLES and the words of `more` (one string, as wordSet takes them). */
export function particlesWith(more: string): Set<string> {
  return wordSetOf([...DUTCH_PARTICLES, ...wordSet(more)]);
}
