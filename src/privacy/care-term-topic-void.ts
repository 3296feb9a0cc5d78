import { isOwnTalk } from './care-term-notes.ts';
import { isAssessment } from './care-term-walks.ts';
import { HE_SHE_TYPED } from './function-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Topic words ("over", "rond") that are no topic before a care term (det-veto40): the owner walk
 * (care-term-owner.ts) would give the term to nobody, and the learned signal is vetoed for the person.
 *  - "rond" as the particle of "rondlopen met": "Henk loopt al weken rond met zelfmoordgedachten" (not "een
 *    training rond autisme");
 *  - "over" a time in the person's life told by a clause of its own: "Luuk wil niets op zijn cv zetten over
 *    het jaar dat hij opgenomen was", "vertelde over de periode toen ze in de kliniek zat" (not "een
 *    training over de periode na een opname": no clause with a subject pronoun; nor "over de tijd dat ze bij de
 *    crisisopvang werkte": work).
 */
export function isNoTopic(tokens: readonly Token[], j: number, first: number): boolean {
  // "Robin had het gisteren over suïcide" (care-term-notes.ts), "aangemeld voor een onderzoek naar ADHD".
  if (isOwnTalk(tokens, j, first) || isAssessment(tokens, j)) return true;
  const key = tokens[j]!.key;
  if (key === 'rond') return tokens[j + 1]?.key === 'met' && isWalkedAround(tokens, j);
  if (key !== 'over') return false;
  // "over" + (article or possessive) + a time noun + "dat"/"toen"/"waarin" + a subject pronoun, the term after.
  const article = TIME_ARTICLES.has(tokens[j + 1]?.key ?? '') ? j + 2 : j + 1;
  if (!LIFE_TIMES.has(tokens[article]?.key ?? '')) return false;
  if (!TIME_CLAUSES.has(tokens[article + 1]?.key ?? '')) return false;
  const subject = article + 2;
  if (!SUBJECTS.has(tokens[subject]?.key ?? '') || subject >= first || first - subject > CLAUSE_REACH)
    return false;
  // "over de tijd dat ze bij de crisisopvang werkte": her work there, still a topic.
  for (let i = subject + 1; i < tokens.length && i <= first + CLAUSE_REACH; i++) {
    if (WORKED.has(tokens[i]!.key)) return false;
    if (tokens[i]!.type === 'punct') break;
  }
  return true;
}

// The care term within this many tokens of the clause's subject pronoun.
const CLAUSE_REACH = 6;
const TIME_ARTICLES = wordSet("het de die dat zijn haar z'n d'r");
const LIFE_TIMES = wordSet('jaar jaren periode tijd maanden weken maand week dag dagen');
const TIME_CLAUSES = wordSet('dat toen waarin');
const SUBJECTS = HE_SHE_TYPED;
const WORKED = wordSet('werkte werkten werkt gewerkt werken stage vrijwilliger vrijwilligster');

// "loopt (al weken) rond", "liep rond", "rondlopen": the verb a few words before "rond met".
const WALKING_VERBS = wordSet('loopt liep lopen liepen loop zit zat');
const WALK_REACH = 4;

/** A verb of "rondlopen" a few words before "rond" in its clause. */
function isWalkedAround(tokens: readonly Token[], j: number): boolean {
  for (let i = j - 1; i >= 0 && i >= j - WALK_REACH; i--) {
    if (WALKING_VERBS.has(tokens[i]!.key)) return true;
    if (tokens[i]!.type === 'punct') return false;
  }
  return false;
}
