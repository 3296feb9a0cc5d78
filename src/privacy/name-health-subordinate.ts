import { HE_SHE } from './function-words.ts';
import type { PersonRef } from './person-names.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 31: a weak care word in a subordinate clause whose subject is a pronoun for the person named
 * before it, "weet iemand hoe het met Demi gaat sinds ze uit de Haagse kliniek is?", "ik bel Joost nadat hij
 * uit de kliniek is". The verb of such a clause comes last, so work in the clinic shows after the word ("sinds ze
 * in de kliniek werkt"). A capitalised adjective of a region may stand before the place ("de Haagse kliniek").
 */
export const SUBORDINATE_OPENERS = wordSet('sinds nadat omdat toen');
const CLAUSE_BREAKS = wordSet(', : ; en maar want');
const SUBJECT_PRONOUNS = HE_SHE;

/**
 * A subject pronoun opening a clause ("..., hij is ...", "sinds ze ..."). In a long message a later clause
 * of the pronoun starts afresh: "ik sprak Iris Bakker, ze vroeg naar de workshop over werkstress, ze is
 * na de opname ..." (the topic words belong to the clause before).
 */
export function opensClause(tokens: readonly Token[], j: number): boolean {
  if (!SUBJECT_PRONOUNS.has(tokens[j]!.key)) return false;
  const before = tokens[j - 1]?.key ?? '';
  return CLAUSE_BREAKS.has(before) || SUBORDINATE_OPENERS.has(before);
}

/** Whether a subordinate clause's pronoun at `pronoun` has a word of work (`isWork`) before its clause ends. */
export function worksInClause(
  tokens: readonly Token[],
  pronoun: number,
  to: number,
  isWork: (key: string) => boolean,
): boolean {
  const opener = tokens[pronoun - 1]?.key ?? '';
  if (!SUBORDINATE_OPENERS.has(opener) && !NAMED_SUBJECT_OPENERS.has(opener)) return false;
  for (let j = pronoun; j < to && !CLAUSE_BREAKS.has(tokens[j]!.key); j++)
    if (isWork(tokens[j]!.key)) return true;
  return false;
}

/** "uit de Haagse kliniek", "in de Brabantse kliniek": a capitalised adjective of a region. */
export function isRegional(token: Token): boolean {
  return token.capitalised && !token.allCaps && token.key.endsWith('se');
}

// Batch 56: a name as the subject of a subordinate clause, its verb last: "zij wil gebeld worden als Daphne
// weer een crisis heeft", "ik denk dat Jeroen een terugval had".
const NAMED_SUBJECT_OPENERS = wordSet('als dat omdat sinds nadat toen zodra wanneer');

/** The first person named right after a subordinating word, the subject of its clause. */
export function subordinateSubject(
  tokens: readonly Token[],
  refs: readonly PersonRef[],
): PersonRef | undefined {
  return refs.find((ref) => NAMED_SUBJECT_OPENERS.has(tokens[ref.first - 1]?.key ?? ''));
}
