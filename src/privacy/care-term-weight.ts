import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 53: a person's body weight ("Ricardo weegt inmiddels ruim 140 kg", "hij woog nog maar 45
 * kilo"): "weegt"/"woog" right after a name or a personal pronoun, then up to three words of degree or
 * time and a number with a unit of weight. Not a thing's weight ("de kast weegt 40 kg": no person
 * before the verb), nor an argument's ("dat weegt zwaar": no number).
 */
export const WEIGHING = wordSet('weegt woog');
const WEIGHT_UNITS = wordSet('kg kilo kilos kilogram');
const WEIGHT_FILLERS = wordSet(`inmiddels nu nog maar al ruim bijna ongeveer zo'n circa ca meer minder dan
  over onder pas amper slechts`);
const PERSONAL = wordSet('hij zij ze meneer mevrouw');
const NOT_A_PERSON = wordSet('dit dat het de die deze wat alles iets');
const FILLER_LIMIT = 3;
// "De kast voor Dirkje weegt 40 kg": the name is the object of a preposition, not who weighs.
const PREPOSITIONS = wordSet('voor van bij met aan naar op uit door');

export function isBodyWeight(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before === undefined || before.type !== 'word' || NOT_A_PERSON.has(before.key)) return false;
  if (!PERSONAL.has(before.key) && !before.capitalised) return false;
  if (PREPOSITIONS.has(tokens[k - 2]?.key ?? '')) return false;
  let j = k + 1;
  while (j <= k + FILLER_LIMIT && WEIGHT_FILLERS.has(tokens[j]?.key ?? '')) j++;
  return tokens[j]?.type === 'number' && WEIGHT_UNITS.has(tokens[j + 1]?.key ?? '');
}
