import type { PersonRef } from './person-names.ts';
import type { PersonRefIndex } from './person-ref-index.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 58: a person noun after "die", "deze" or "dat" that points back to the name just before it, as
 * "hij" would: "Even over Sjors: die jongen is weer aan de speed", "Jeroen, die man drinkt weer". Only
 * right after a colon or a comma that follows the name within a few words ("Sjors zei dat die jongen van
 * de buren ..." names someone else, and "die jongen" opening a sentence of its own stays unnamed; since review
 * 31 it points back to the one person a short sentence just before names).
 */
const DEMONSTRATIVES = wordSet('die deze dat');
const PERSON_NOUNS = wordSet('jongen meisje meid man vrouw jongeman knul kerel gast dame jochie joch');
const MARKS = wordSet(': ,');
const NAME_REACH = 4;
// Review 31: "Ik sprak Dirk gisteren. Die jongen zit echt in een depressie.": the person a short sentence just
// before names, "Die jongen" opening the next with its verb (not "Die jongen van de buren ...", "uit Ede", "met ...").
const SENTENCE_ENDS = wordSet('. ! ?');
const OTHER_ONE = wordSet('van uit met die waar op in bij aan naast');
const SENTENCE_REACH = 8;
const OTHER_PERSON = /(?:jongen|meisje|meid|man|vrouw|knul|kerel|dame|joch)$/;
// Batch 73 (det-73): a chat's run-on clause, "ik zat met maarten bij de gemeente en die man trilt ...": after
// "en", "want" or "maar", the one person named a few words before, no other person or role noun between
// ("met Marco naar de werkgever en die man begon ..." points at the employer).
const JOINS = wordSet('en want maar');
const JOIN_REACH = 10;
const OTHER_ROLE =
  /(?:gever|gevende|baas|collega|leider|begeleider|coach|arts|iater|loog|kundige|therapeut|ouder|vader|moeder|broer|zus|vriend|vriendin|buurman|chef|eigenaar|man|vrouw|jongen|meisje|meid|dame|hij|zij)$/;

/** The person "die jongen" at `role` points back to, or undefined. */
export function pointedBack(
  tokens: readonly Token[],
  byLast: PersonRefIndex,
  role: number,
  previous?: PersonRef,
): PersonRef | undefined {
  if (!PERSON_NOUNS.has(tokens[role]!.key) || !DEMONSTRATIVES.has(tokens[role - 1]?.key ?? '')) return;
  const mark = role - 2;
  if (tokens[role - 1]!.lineBefore) return;
  if (SENTENCE_ENDS.has(tokens[mark]?.text ?? '')) return sentenceBefore(tokens, previous, mark, role);
  if (JOINS.has(tokens[mark]?.key ?? '')) return joinedBefore(tokens, byLast, mark);
  if (!MARKS.has(tokens[mark]?.text ?? '')) return;
  for (let j = mark - 1; j >= 0 && j >= mark - NAME_REACH; j--) {
    const ref = byLast.get(j);
    if (ref !== undefined) return ref;
    if (tokens[j + 1]!.lineBefore) return;
  }
  return;
}

/** The person the short sentence just before names, when "Die jongen" goes on with its verb. */
function sentenceBefore(
  tokens: readonly Token[],
  previous: PersonRef | undefined,
  mark: number,
  role: number,
): PersonRef | undefined {
  if (previous === undefined || previous.last < mark - SENTENCE_REACH) return;
  if (OTHER_ONE.has(tokens[role + 1]?.key ?? '')) return;
  // "Ik sprak Dirk over de buurjongen. Die jongen ...": another one between, the one pointed at.
  for (let j = previous.last + 1; j < mark; j++)
    if (tokens[j]!.lineBefore || OTHER_PERSON.test(tokens[j]!.key)) return;
  return previous;
}

/** "met maarten bij de gemeente en die man ...": the one person named within JOIN_REACH before the join at `mark`. */
function joinedBefore(tokens: readonly Token[], byLast: PersonRefIndex, mark: number): PersonRef | undefined {
  for (let j = mark - 1; j >= 0 && j >= mark - JOIN_REACH; j--) {
    const ref = byLast.get(j);
    if (ref !== undefined) return ref;
    if (tokens[j + 1]!.lineBefore || OTHER_ROLE.test(tokens[j]!.key)) return;
  }
  return;
}
