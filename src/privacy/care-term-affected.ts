import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Held-out 26: the person a care term affects, as the object right after a verb after the term: "de
 * angst werd haar te veel", "de somberheid maakt hem moe", "de paniek overviel haar". Like a subject
 * pronoun after the term, it stands for the person named before ("haar moeder" after no such verb does
 * not count: "de depressie van haar moeder").
 */
const AFFECTING = wordSet(`werd wordt maakt maakte maakten kost kostte overvalt overviel hindert hinderde
  belemmert belemmerde houdt hield beperkt beperkte`);
const OBJECT_PRONOUNS = wordSet('hem haar');

/** Whether the token at j is "hem" or "haar" right after a verb of affecting. */
export function isAffectedPronoun(tokens: readonly Token[], j: number): boolean {
  return OBJECT_PRONOUNS.has(tokens[j]?.key ?? '') && AFFECTING.has(tokens[j - 1]?.key ?? '');
}
