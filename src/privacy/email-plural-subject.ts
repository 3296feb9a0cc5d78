import { wordSet } from './word-sets.ts';

/**
 * Batch 55 (det-55): words on a work address's line that look like a client's but speak of a group, for
 * email-context.ts: "ze" or "zij" before a plural verb ("ze zijn open voor ...", "ze zoeken ..."), and a
 * plural client word after "voor" ("open voor deelnemers met psychische klachten", "plek voor
 * kandidaten"): a target group, no one client. The words are the folded words on the address's line.
 */
const PLURAL_PRONOUNS = wordSet('ze zij');
const PLURAL_CLIENTS = wordSet('deelnemers kandidaten klanten clienten jongeren werkzoekenden');
const PLURAL_VERB_ENDING = 'en';
const NOT_PLURAL_VERBS = wordSet('een geen eigen haar');

/** words[w] is a plural pronoun before a plural verb, that verb "zijn", or a plural client word after "voor". */
export function isGroupWord(words: readonly string[], w: number): boolean {
  const key = words[w]!;
  if (PLURAL_CLIENTS.has(key)) return words[w - 1] === 'voor';
  // "ze zijn": the verb, no possessive.
  if (key === 'zijn') return PLURAL_PRONOUNS.has(words[w - 1] ?? '') || words[w - 1] === 'we';
  if (!PLURAL_PRONOUNS.has(key)) return false;
  const next = words[w + 1] ?? '';
  return next === 'zijn' || (next.endsWith(PLURAL_VERB_ENDING) && !NOT_PLURAL_VERBS.has(next));
}
