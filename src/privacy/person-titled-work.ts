import { type Token, tokenAt } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 48 (issue 14): a name right after a course, training or other titled work and before the title's
 * subtitle after a dash is the work's title, no person: "de cursus Dirk van der Meer - werken met psychische
 * klachten", "de training Anna – omgaan met stemmen". Not with a pronoun after the dash ("de cursus Dirk -
 * hij heeft ..."), nor a colon ("na de training Anna: ze heeft ..." may address her); "de training van
 * Dirk" names its trainer, read as before.
 */
const WORKS = wordSet(`cursus training workshop masterclass module webinar lezing film boek podcast serie
  voorstelling theaterstuk toneelstuk documentaire e-learning methode methodiek`);
const SUBTITLE_MARKS = new Set(['-', '–', '—']);
// "de cursus Dirk - hij heeft ...": a pronoun after the dash goes on about a person.
const PERSONAL = wordSet("hij zij ze die zijn haar z'n d'r");

/** Whether the name at tokens [first, last] is the title of the work named just before it. */
export function isWorkTitle(tokens: readonly Token[], first: number, last: number): boolean {
  if (!WORKS.has(tokenAt(tokens, first - 1)?.key ?? '')) return false;
  if (!SUBTITLE_MARKS.has(tokens[last + 1]?.text ?? '')) return false;
  const subtitle = tokens[last + 2];
  return subtitle !== undefined && subtitle.type === 'word' && !PERSONAL.has(subtitle.key);
}
