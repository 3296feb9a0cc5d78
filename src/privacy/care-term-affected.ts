import { isCourse } from './care-term-readings.ts';
import { RELATIVES } from './client-words.ts';
import { HE_SHE } from './function-words.ts';
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

// det-52: "Ik heb Ilse gesproken, ..., de collega's zijn aardig, maar de medicatie maakt haar erg moe", "...,
// zijn jobcoach is goed, de werkgever ook, maar hij drinkt weer": a role in a clause of its own before the
// term's is no owner when the term affects "haar"/"hem" after it, or when the term's clause turns back with
// "maar"/"alleen" and a subject pronoun of its own ("maar de jobcoach heeft zelf een burn-out" keeps the
// role: no comma between).
const AFFECTED_REACH = 3;
const OWNER_REACH = 40;
const SENTENCE_ENDS = new Set(['.', '!', '?']);
const KIN = wordSet(`${RELATIVES} zoon dochter man vrouw opa oma kind kinderen vriend vriendin`);
const TURNS = wordSet('maar alleen');
const SUBJECTS = HE_SHE;

/** The person named before the role at `role`, when the term at [first, last] is in a later clause of theirs (above). */
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
  let clause = -1; // the first token after the last comma between the role and the term
  for (let j = role + 1; j < first; j++) if (tokens[j]!.text === ',') clause = j + 1;
  if (clause === -1) return null;
  const subject = turnSubject(tokens, clause, first);
  if (!affected && subject === undefined && !isTurnToCourse(tokens, clause, first, last)) return null;
  for (let j = role - 1; j >= 0 && j >= role - OWNER_REACH; j--) {
    const ref = byLast.get(j);
    // "Ik heb Bart gesproken, hij is blij, ..., maar hij drinkt weer": the same pronoun said of the person
    // before the role ("Yvonne, de werkgever is tevreden, maar hij heeft ..." is the employer).
    if (ref !== undefined)
      return affected || subject === undefined || saidBefore(tokens, ref.last, role, subject) ? ref : null;
    if (SENTENCE_ENDS.has(tokens[j]!.text) || tokens[j + 1]!.lineBefore) return null;
  }
  return null;
}

/** A subject pronoun of the same person as `subject` between `from` and `to`. */
function saidBefore(tokens: readonly Token[], from: number, to: number, subject: string): boolean {
  for (let j = from + 1; j < to; j++)
    if (SUBJECTS.has(tokens[j]!.key) && samePerson(tokens[j]!.key, subject)) return true;
  return false;
}

const samePerson = (a: string, b: string) => (a === 'hij') === (b === 'hij');

const COURSE_OPENERS = wordSet("de het zijn haar z'n d'r");

/** "alleen de depressie is terug": the clause turns to the term and its course (care-term-readings.ts). */
function isTurnToCourse(tokens: readonly Token[], clause: number, first: number, last: number): boolean {
  if (!TURNS.has(tokens[clause]?.key ?? '')) return false;
  const at = COURSE_OPENERS.has(tokens[clause + 1]?.key ?? '') ? clause + 2 : clause + 1;
  return at === first && isCourse(tokens, last, tokens.length);
}

/** The "hij"/"zij"/"ze" before the term at `first` in a clause from `clause` opening with "maar"/"alleen" (not "hij ... zelf"). */
function turnSubject(tokens: readonly Token[], clause: number, first: number): string | undefined {
  if (!TURNS.has(tokens[clause]?.key ?? '')) return undefined;
  for (let j = clause + 1; j < first; j++) {
    const key = tokens[j]!.key;
    if (SUBJECTS.has(key))
      return tokens[j + 2]?.key === 'zelf' || tokens[j + 1]?.key === 'zelf' ? undefined : key;
  }
  return undefined;
}
