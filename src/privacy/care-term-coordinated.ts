import type { PersonRef } from './person-names.ts';
import type { PersonRefIndex } from './person-ref-index.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 46: ways of linking a name to a care term that the owner walk of care-term-owner.ts read
 * otherwise. Each looks a few tokens around one word.
 *  - A role word that is the object of the subject's first clause, with a second clause joined by "en"
 *    and its subject left out: "Henk heeft zijn dochter verloren en zit nu thuis met een rouwdepressie",
 *    "Ze mantelzorgt voor haar moeder en heeft nu een burn-out". The care term is the subject's.
 *  - A treater acting on the person after the term: "met een burn-out, ..., huisarts heeft hem naar de
 *    POH verwezen". The treater is no owner.
 *  - A role word as the name's predicate: "Luuk is toch die jongen met de cannabisverslaving".
 *  - A sentence opened by a phrase holding the term, then the verb and the subject: "Na de opname op de
 *    PAAZ van het Deventer ziekenhuis is Diederik weer aan het werk".
 */

// A finite verb opening a clause whose subject is left out, after "en".
const SECOND_CLAUSE_VERBS = wordSet(`heeft had is was zit zat ligt lag krijgt kreeg gebruikt slikt drinkt
  kampt lijdt gaat ging moet moest wordt werd raakte voelt`);
// What may stand between the role and "en": a participle or an adverb of the first clause.
const OBJECT_WINDOW = 3;
const OBJECT_FILLERS = wordSet("zijn haar z'n d'r de het hun een");

/**
 * The role word at `role` is an object in the first clause (a possessive or article before it, not
 * opening the sentence) and "en" with a finite verb follows within a few words.
 */
export function isObjectBeforeSecondClause(tokens: readonly Token[], role: number, from: number): boolean {
  if (!OBJECT_FILLERS.has(tokens[role - 1]?.key ?? '') || role - 2 <= from) return false;
  for (let j = role + 1; j < tokens.length && j <= role + OBJECT_WINDOW; j++) {
    const token = tokens[j]!;
    if (token.type === 'punct') return false;
    if (token.key === 'en') return SECOND_CLAUSE_VERBS.has(tokens[j + 1]?.key ?? '');
  }
  return false;
}

const ACTING_TREATERS = wordSet('huisarts psychiater psycholoog behandelaar therapeut bedrijfsarts');
const OBJECT_PRONOUNS = wordSet('hem haar');

/** "huisarts heeft hem naar de POH verwezen": a treater, a verb and the person as its object. */
export function isTreaterActingOn(tokens: readonly Token[], role: number): boolean {
  return ACTING_TREATERS.has(tokens[role]!.key) && OBJECT_PRONOUNS.has(tokens[role + 2]?.key ?? '');
}

const COPULAS = wordSet('is was');
const PREDICATE_FILLERS = wordSet('toch dus nou eigenlijk die de een dat het'); // "het meisje": batch 52
const PREDICATE_ROLES = wordSet('jongen meisje man vrouw jongeman persoon');
const PREDICATE_WINDOW = 4;

/** "Luuk is toch die jongen met ...": the role word at `role` is the predicate of the name before the copula. */
export function isPredicateRole(tokens: readonly Token[], role: number): boolean {
  if (!PREDICATE_ROLES.has(tokens[role]!.key)) return false;
  for (let j = role - 1; j >= 1 && j >= role - PREDICATE_WINDOW; j--) {
    const key = tokens[j]!.key;
    if (COPULAS.has(key)) return tokens[j - 1]?.capitalised === true;
    if (!PREDICATE_FILLERS.has(key)) return false;
  }
  return false;
}

const FRONTED_OPENERS = wordSet('na sinds tijdens door vanwege ondanks vanaf');
const FRONTED_VERBS = wordSet(`is was heeft had zit zat gaat ging werkt kan kon mag mocht moet wil blijft
  komt kwam begint start`);
const FRONTED_WINDOW = 14;

/**
 * "Na de opname op de PAAZ ... is Diederik weer aan het werk": the sentence opens with a preposition,
 * the care term is in that phrase (no comma before the verb) and a finite verb with the person right after it follows.
 */
export function frontedSubject(
  tokens: readonly Token[],
  sentence: Sentence,
  last: number,
  byFirst: PersonRefIndex,
): PersonRef | undefined {
  if (!FRONTED_OPENERS.has(tokens[sentence.from]!.key)) return undefined;
  for (let j = sentence.from + 1; j < sentence.to && j <= last + FRONTED_WINDOW; j++) {
    const token = tokens[j]!;
    if (token.type === 'punct' && token.text !== '-') return undefined;
    if (j > last && FRONTED_VERBS.has(token.key)) return byFirst.get(j + 1);
  }
  return undefined;
}
