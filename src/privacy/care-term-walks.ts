import { POSSESSIVES } from './care-term-words.ts';
import { ARTICLES } from './function-words.ts';
import type { PersonRef } from './person-names.ts';
import type { PersonRefIndex } from './person-ref-index.ts';
import { FIRST_PERSON_POSSESSIVES } from './possessives.ts';
import type { Sentence } from './sentences.ts';
import { type Token, tokenAt } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/** Bounded walks of care-term-owner.ts over a sentence's tokens and person references. */

// ", zoals de collega's hem noemen,": an aside between commas, skipped when walking back.
const ASIDE_OPENERS = wordSet('zoals');
const APPOSITION_OPENERS = wordSet("de het een onze ons mijn m'n");
const ASIDE_WINDOW = 8;
const LATER_WINDOW = 40;

/** Walking back at a comma: the comma that opens an aside ", zoals ... ," before it, or -1. */
export function asideStart(tokens: readonly Token[], comma: number, from: number): number {
  for (let i = comma - 1; i >= from && i >= comma - ASIDE_WINDOW; i--) {
    if (tokens[i]!.key !== ',') continue;
    // Batch 46: an apposition after a name, "Marco, de zoon van de buurvrouw, ..." (no name inside it).
    const apposition =
      APPOSITION_OPENERS.has(tokens[i + 1]?.key ?? '') &&
      tokens[i - 1]?.capitalised === true &&
      !hasCapitalised(tokens, i + 2, comma);
    return ASIDE_OPENERS.has(tokens[i + 1]?.key ?? '') || apposition ? i : -1;
  }
  return -1;
}

function hasCapitalised(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (tokens[j]!.capitalised) return true;
  return false;
}

/** The first person named after tokens[last] in the sentence, within forty tokens. */
export function laterRef(
  tokens: readonly Token[],
  sentence: Sentence,
  byFirst: PersonRefIndex,
  last: number,
): PersonRef | null {
  for (let j = last + 1; j < sentence.to && j <= last + LATER_WINDOW; j++) {
    const ref = byFirst.get(j);
    // "Zij heeft een burn-out gehad, vertelde Sanne over haar collega": the speaker is someone else.
    if (ref !== undefined) return isSpoken(tokens, j) ? null : ref;
  }
  return null;
}

const SPEECH_VERBS = wordSet(
  'zegt zei vertelt vertelde meldt meldde schrijft schreef aldus volgens vraagt vroeg',
);

/** The person at tokens[j] speaks: a speech verb right before ("vertelde Sanne"). */
export function isSpoken(tokens: readonly Token[], j: number): boolean {
  return SPEECH_VERBS.has(tokens[j - 1]?.key ?? '');
}

/** Whether someone is named in the sentence before tokens[k]. */
export function namesBefore(sentence: Sentence, byLast: PersonRefIndex, k: number): boolean {
  for (let j = sentence.from; j < k; j++) if (byLast.get(j) !== undefined) return true;
  return false;
}

/** "volgens z'n moeder", "volgens de huisarts": a role that is the source of what is said, not the owner. */
export function isSource(tokens: readonly Token[], role: number): boolean {
  const before = tokens[role - 1]?.key;
  return before === 'volgens' || (SOURCE_FILLERS.has(before ?? '') && tokens[role - 2]?.key === 'volgens');
}

const SOURCE_FILLERS = wordSet("zijn haar z'n d'r de het hun");

/** det-family: a token of "volgens zijn buurman" between a verb and what it says ("zit volgens zijn buurman weer in het ziekenhuis"). */
export function isSourceSpan(tokens: readonly Token[], v: number): boolean {
  const key = tokens[v]?.key;
  return key === 'volgens' || tokens[v - 1]?.key === 'volgens' || isSource(tokens, v);
}

const QUEUES = wordSet('wachtlijst wachtlijsten wachttijd wachttijden');
const QUEUE_ARTICLES = ARTICLES;

/**
 * "de wachtlijst voor traumabehandeling is een knelpunt": a service's waiting list, no one's care
 * (not "staat op de wachtlijst voor ...", nor "de wachtlijst voor de traumabehandeling van Semhar").
 */
export function isServiceQueue(tokens: readonly Token[], first: number, byFirst: PersonRefIndex): boolean {
  // Most terms follow no waiting list: the walk for a person named after the term comes last.
  if (QUEUES.has(tokens[first]!.key))
    return isServiceArticle(tokens, first - 1) && !isOfSomeone(tokens, first, byFirst);
  let j = first - 1;
  if (QUEUE_ARTICLES.has(tokens[j]?.key ?? '')) j--;
  if (tokens[j]?.key !== 'voor' || !QUEUES.has(tokens[j - 1]?.key ?? '')) return false;
  return isServiceArticle(tokens, j - 2) && !isOfSomeone(tokens, first, byFirst);
}

/** "de" before the waiting list, not "op de". */
function isServiceArticle(tokens: readonly Token[], k: number): boolean {
  return QUEUE_ARTICLES.has(tokens[k]?.key ?? '') && tokens[k - 1]?.key !== 'op';
}

/** "... van Semhar Tesfay": a person named with "van" a few tokens after k. */
function isOfSomeone(tokens: readonly Token[], k: number, byFirst: PersonRefIndex): boolean {
  for (let j = k + 1; j <= k + QUEUE_WINDOW && j < tokens.length; j++) {
    if (tokens[j]!.key === 'van' && byFirst.get(j + 1) !== undefined) return true;
  }
  return false;
}

const QUEUE_WINDOW = 6;

// "werkgever weet dat hij ... zijn depressie": a pronoun opening a clause is the person named, not the role.
export const SUBORDINATORS = wordSet('dat of omdat als zodat terwijl nadat want');
const TOLD_ARTICLES = wordSet('de het the');
// "told the werkgever about his HIV status", "vertelde de werkgever over haar depressie" (batch 42-names).
const TELLING_VERBS = wordSet('told tells informed vertelde vertelt verteld informeerde inlichtte');

/**
 * A role opening a clause at token j ("dat werkgever", "dat de werkgever weet van haar schizofrenie") or
 * after a verb of telling: the one told, not the one the possessive care term is about.
 */
export function isToldRole(tokens: readonly Token[], j: number): boolean {
  const before = tokens[TOLD_ARTICLES.has(tokens[j - 1]?.key ?? '') ? j - 2 : j - 1]?.key ?? '';
  return SUBORDINATORS.has(before) || TELLING_VERBS.has(before);
}

export const QUOTES = new Set(['"', '”', '“', "'", '’']);

/**
 * "Ik heb zelf ...", "Ik ben ... zwanger": the writer opens the sentence or says "zelf" (not "zag ik
 * lege drankflessen staan, terugval?"), and nobody is quoted ("Wiebe zegt: \"ik hoor ...\"").
 */
export function isWriterSubject(tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  if (j !== sentence.from && tokens[j + 1]?.key !== 'zelf' && tokens[j + 2]?.key !== 'zelf') return false;
  for (let k = sentence.from; k < j; k++)
    if (QUOTES.has(tokens[k]!.key) || tokens[k]!.text === ':') return false;
  return true;
}

/** "mijn eigen" at token j: what follows is the writer's own ("over mijn eigen herstel na een psychose"). */
export function isWritersOwn(tokens: readonly Token[], j: number): boolean {
  return FIRST_PERSON_POSSESSIVES.has(tokens[j]!.key) && tokens[j + 1]?.key === 'eigen';
}

// "een lezing over autisme van Nina Bos", "de module depressie van ...": a work or project by the person,
// not their care detail.
const WORKS =
  wordSet(`boek handboek artikel lezing presentatie podcast film documentaire factsheet folder brochure
  onderzoek studie webinar workshop training cursus e-learning module leergang blog column campagne thema
  project pilot werkgroep themadag themamiddag bijeenkomst leerbijeenkomst richtlijn protocol`);
const WORK_WINDOW = 4;
const NOT_BETWEEN = wordSet(
  'is was zijn waren en of met bij voor door op in aan naar volgens heeft had wordt werd',
);

/**
 * "bedrijfsarts informeren over de bipolaire stoornis van Nina Bos": a care term joined by "van" to the
 * person right after it is that person's, whoever is named or spoken of before it. Undefined otherwise.
 */
export function personOf(
  tokens: readonly Token[],
  sentence: Sentence,
  byFirst: PersonRefIndex,
  first: number,
  last: number,
): PersonRef | undefined {
  // "bipolaire stoornis van": the term's own noun may stand between (not a verb or a joining word).
  let v = last + 1;
  while (
    v < last + 3 &&
    tokens[v]?.type === 'word' &&
    !NOT_BETWEEN.has(tokens[v]!.key) &&
    tokens[v]!.key !== 'van'
  )
    v++;
  if (tokens[v]?.key !== 'van' || v + 1 >= sentence.to) return undefined;
  const ref = byFirst.get(v + 1);
  if (ref === undefined) return undefined;
  for (let j = first - 1; j >= sentence.from && j >= first - WORK_WINDOW; j--) {
    if (WORKS.has(tokens[j]!.key)) return undefined;
  }
  return ref;
}

// "Haar moeder", "zijn werkgever": someone of the person's, who the possessive before belongs to.
const POSSESSED_ROLES = wordSet(`vader moeder zoon dochter broer zus partner man vrouw opa oma ouders vriend
  vriendin huisarts psychiater psycholoog behandelaar therapeut casemanager bewindvoerder werkgever collega
  jobcoach begeleider leidinggevende buurman buurvrouw`);

const VERB_ADVERBS = wordSet('ooit nooit al weer niet ook vaak eerder allemaal samen');

/** "zijn depressie", "haar ernstige depressie". */
export function isPossessive(tokens: readonly Token[], k: number): boolean {
  // Not "Haar moeder ligt in het ziekenhuis": the possessive is the relative's; not "deelnemers zijn
  // ooit opgenomen": "zijn" the verb before an adverb.
  const before = tokens[k - 1]?.key ?? '';
  if (POSSESSIVES.has(before)) return true;
  if (POSSESSIVES.has(tokens[k - 2]?.key ?? '') && !POSSESSED_ROLES.has(before) && !VERB_ADVERBS.has(before))
    return true;
  // "over haar gokschulden en verslaving": the second of two things after the possessive.
  const join = tokens[k - 1]?.key;
  return (join === 'en' || join === ',') && POSSESSIVES.has(tokens[k - 3]?.key ?? '');
}

// "een diagnostisch onderzoek naar ADHD": an assessment of the person, not research on the topic.
const ASSESSING =
  wordSet(`diagnostisch diagnostische psychodiagnostisch psychodiagnostische neuropsychologisch
  neuropsychologische`);

// "Nicky doet diagnostisch onderzoek naar ADHD": who does the research is not assessed.
const DOING = wordSet('doet deed doen verricht verrichtte verrichten voert voerde leidt leidde coordineert');
const DOING_FILLERS = wordSet('een het dit dat ook nog zelf veel');

/** The topic word at tokens[j] is "onderzoek" after a word that makes it a person's assessment. */
export function isAssessment(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]!.key !== 'onderzoek' || !ASSESSING.has(tokens[j - 1]?.key ?? '')) return false;
  let v = j - 2;
  while (v >= j - 4 && DOING_FILLERS.has(tokens[v]?.key ?? '')) v--;
  return !DOING.has(tokens[v]?.key ?? '');
}

export const FIRST_PERSON = wordSet('ik i ikzelf');

/** "Ik (Naima) ...", "Ikzelf (Naima)": a name in brackets right after the writer's "ik". */
export function isWriterNamed(tokens: readonly Token[], ref: PersonRef): boolean {
  const open = tokenAt(tokens, ref.first - 1);
  return open?.text === '(' && FIRST_PERSON.has(tokenAt(tokens, ref.first - 2)?.key ?? '');
}
