import { isGenitive } from './care-term-context.ts';
import { isObjectBeforeSecondClause, isPredicateRole, isTreaterActingOn } from './care-term-coordinated.ts';
import { isRoleTrainedFor } from './care-term-role-trained.ts';
import { POSSESSIVES } from './care-term-words.ts';
import { CLIENT_ROLES } from './client-words.ts';
import { asideEnd } from './person-name-cues.ts';
import type { PersonRef } from './person-names.ts';
import type { PersonRefIndex } from './person-ref-index.ts';
import { HIS_HER_TYPED } from './possessives.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Role nouns that the owner walk of care-term-owner.ts passes over on its way back to the person named:
 * a role the person has, a professional visited, a relative of the other gender than the subject
 * pronoun of the care term's clause, and a relative or work role inside a prepositional phrase of a
 * clause whose subject stands before it.
 */

const HAD_VERBS = wordSet('heeft had krijgt kreeg');
// "heeft een nieuwe psychiater gekregen", "krijgt een andere behandelaar" (batch 40-names).
// det-veto40: "heeft een ambulant begeleider voor zijn verslaving": a treater of outpatient care.
const HAD_ADJECTIVES = wordSet('nieuwe andere vaste eigen ambulant ambulante');
const HAD_CLIENTS = wordSet(`${CLIENT_ROLES} cliente patient patiente jongere`);

/** "heeft een casemanager", "krijgt een (nieuwe) behandelaar": a role the person before has. */
export function isRoleHad(tokens: readonly Token[], role: number): boolean {
  // Batch 48: "Jan heeft een klant met een depressie": a professional's client is someone else.
  if (HAD_CLIENTS.has(tokens[role]!.key)) return false;
  const article = HAD_ADJECTIVES.has(tokens[role - 1]?.key ?? '') ? role - 2 : role - 1;
  if (!HAD_ARTICLES.has(tokens[article]?.key ?? '')) return false;
  // det-73: "Joke heeft nog geen bewindvoerder", "heeft al een jobcoach": an adverb between.
  const verb = HAD_ADVERBS.has(tokens[article - 1]?.key ?? '') ? article - 2 : article - 1;
  return HAD_VERBS.has(tokens[verb]?.key ?? '');
}

// det-73: a role the person has not ("heeft nog geen bewindvoerder") is no owner either.
const HAD_ARTICLES = wordSet('een geen');
const HAD_ADVERBS = wordSet('nog al wel ook inmiddels');

// "bij de psychiater", "via de huisarts", "naar haar behandelaar": visiting a care professional.
// Since heldout15-classes also "met": "gesprek met (de) psychiater over ...", a professional met; since
// batch 40-names "door": "door de huisarts naar de crisisdienst gestuurd", the agent of a passive.
const VISIT_PREPOSITIONS = wordSet('bij via naar langs met door');
const VISIT_FILLERS = wordSet("de het een zijn haar z'n d'r");
const OWN_TREATER = HIS_HER_TYPED;
const VISITED = wordSet(`huisarts psychiater psycholoog behandelaar therapeut casemanager verpleegkundige
  bedrijfsarts specialist`);

/** "bij de psychiater", "via de huisarts": a care professional visited, not the owner of a care term. */
export function isVisited(tokens: readonly Token[], role: number): boolean {
  if (!VISITED.has(tokens[role]!.key)) return false;
  if (isTreaterActingOn(tokens, role)) return true; // "huisarts heeft hem naar de POH verwezen" (batch 46)
  // Batch 59: "overgestapt naar een andere psychiater": an adjective between the article and the role.
  const adjective = HAD_ADJECTIVES.has(tokens[role - 1]?.key ?? '') ? role - 1 : role;
  const before = VISIT_FILLERS.has(tokens[adjective - 1]?.key ?? '') ? adjective - 2 : adjective - 1;
  // det-veto37: "haar psychiater heeft de verklaring getekend": the person's own treater, no owner either.
  return (
    VISIT_PREPOSITIONS.has(tokens[before]?.key ?? '') || OWN_TREATER.has(tokens[adjective - 1]?.key ?? '')
  );
}

// Relatives whose gender the word says; "ze"/"zij" may be a plural, "hij" never is.
const FEMALE_KIN = wordSet('moeder zus vrouw dochter oma tante buurvrouw vriendin');
const MALE_KIN = wordSet('vader broer zoon man opa oom buurman vriend');
const MALE_SUBJECTS = wordSet('hij he');
const FEMALE_SUBJECTS = wordSet('zij ze she');

/** The subject pronoun at token j as a gender: 1 male, 2 female, 0 none. */
export function subjectGender(key: string): number {
  if (MALE_SUBJECTS.has(key)) return 1;
  return FEMALE_SUBJECTS.has(key) ? 2 : 0;
}

/**
 * "Johan ..., zijn vrouw zegt hij is depressief", "Ramon zit bij zijn moeder, hij gebruikt cannabis": the
 * subject pronoun passed between the role and the care term (`gender`, see subjectGender) cannot stand
 * for that relative, so the term is not the relative's.
 */
export function isOtherGender(tokens: readonly Token[], role: number, gender: number): boolean {
  const key = tokens[role]!.key;
  return (gender === 1 && FEMALE_KIN.has(key)) || (gender === 2 && MALE_KIN.has(key));
}

const KIN =
  wordSet(`moeder zus vrouw dochter oma tante buurvrouw vriendin vader broer zoon man opa oom buurman
  vriend ouders partner`);
// "heeft met de jobcoach zijn ADHD besproken", "is bij de werkgever sinds de burn-out ...": someone the
// subject works with, not a client or patient (who may well be the term's owner).
const WORK_ROLES =
  wordSet(`werkgever werkgevers leidinggevende jobcoach klantmanager consulent trajectbegeleider
  manager begeleider casemanager collega collega's projectleider arbeidsdeskundige bewindvoerder`);
// "door zijn vrouw naar de SEH gebracht": a relative as the agent of a passive (batch 40-names).
const PHRASE_PREPOSITIONS = wordSet('van bij met voor aan naar over om na zonder door');
const PHRASE_FILLERS = wordSet("zijn haar z'n d'r de het hun");
// "bij zijn moeder die kanker heeft", "voor zijn vader met dementie", "van zijn vader, ...": words
// that attach the care term after the relative to the relative.
const ATTACHING = wordSet('met die wie dat zonder is was heeft had wordt werd en of zijn');
// "Sophie, die sinds de dood van haar vader ...": "die" opening a relative clause is its subject too.
const SUBJECT_PRONOUNS = wordSet('hij zij ze die he she');
const CLAUSE_WINDOW = 8;
// "(06-12345678)", "(zie boven)": a closed aside in brackets after the role, of at most this many tokens.
const ASIDE_REACH = 12;
// ", ondanks een terugval", ", na zijn opname": a phrase of the main clause after a comma.
const ADJUNCTS = wordSet('ondanks vanwege wegens tijdens sinds ivm i.v.m');

/**
 * "hij is na de dood van zijn vader weer gaan drinken": a relative inside a prepositional phrase, the
 * clause's subject (a pronoun or a person named) before it and no word that attaches the term to the
 * relative right after it: the care term is the subject's.
 */
export function isRoleInPhrase(
  tokens: readonly Token[],
  role: number,
  from: number,
  byLast: PersonRefIndex,
): boolean {
  // Batch 72 (det-72): "belt vanaf het nummer van haar moeder (06-...) want haar eigen telefoon heeft ze in een
  // psychose ...": a bracketed aside after the role is read past.
  const after = tokens[asideEnd(tokens, role + 1, tokens.length, ASIDE_REACH)];
  if (after === undefined) return false;
  // "Henk heeft zijn dochter verloren en zit nu thuis met ...", "Luuk is toch die jongen met ..." (batch 46).
  if (isObjectBeforeSecondClause(tokens, role, from) || isPredicateRole(tokens, role)) return true;
  if (isRoleTrainedFor(tokens, role)) return true; // Held-out 26: "aangenomen voor de opleiding ervaringsdeskundige".
  // "Jordy heeft ... volgemaakt bij de werkgever, ondanks twee keer een terugval in de psychose": any
  // role in a phrase, then an adjunct of the subject's clause after a comma.
  const key = tokens[role]!.key;
  // Held-out 22: "is naar huis gestuurd door de werkgever, ze was ...": a new clause's pronoun after a work role.
  const pronounAfter = WORK_ROLES.has(key) && SUBJECT_PRONOUNS.has(tokens[role + 2]?.key ?? '');
  const adjunct = after.text === ',' && (ADJUNCTS.has(tokens[role + 2]?.key ?? '') || pronounAfter);
  if (
    !adjunct &&
    (!(KIN.has(key) || WORK_ROLES.has(key)) || after.type !== 'word' || ATTACHING.has(after.key))
  )
    return false;
  const preposition = PHRASE_FILLERS.has(tokens[role - 1]?.key ?? '') ? role - 2 : role - 1;
  if (!PHRASE_PREPOSITIONS.has(tokens[preposition]?.key ?? '')) return false;
  for (let j = preposition - 1; j >= from && j >= preposition - CLAUSE_WINDOW; j--) {
    if (SUBJECT_PRONOUNS.has(tokens[j]!.key) || byLast.get(j) !== undefined) return true;
    if (tokens[j]!.type === 'punct' && tokens[j]!.text !== '(' && tokens[j]!.text !== ')') return false;
  }
  return false;
}

/** "Pieters moeder", "Jessica's psychiater", "Mevrouw De Groot d'r huisarts": the person the role belongs to. */
export function ownerOf(
  tokens: readonly Token[],
  byLast: PersonRefIndex,
  role: number,
): PersonRef | undefined {
  const before = tokens[role - 1];
  if (before === undefined) return undefined;
  if (POSSESSIVES.has(before.key)) return byLast.get(role - 2);
  if (before.text === "'") return byLast.get(role - 2);
  const ref = byLast.get(role - 1);
  return ref !== undefined && isGenitive(before.key) ? ref : undefined;
}

// "psychiatrisch verpleegkundige", "verslavingsarts": a care word before a job is the job's kind.
/** "Diagnose: depressie\nBehandelaar: Tactus": the label of a form's next line, not the term's job. */
export const isNextField = (tokens: readonly Token[], k: number) =>
  tokens[k]!.lineBefore && tokens[k + 1]?.text === ':';
export const JOBS = wordSet(`verpleegkundige verpleegkundigen casemanager casemanagers begeleider begeleiders
  behandelaar behandelaars consulent consulenten medewerker medewerkers arts artsen`);
