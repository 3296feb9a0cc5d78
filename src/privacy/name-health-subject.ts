import { isOwnTalk } from './care-term-notes.ts';
import { hasTopicWord } from './care-term-owner.ts';
import { MEETINGS } from './care-term-words.ts';
import { CLIENT_PLURALS, CLIENT_ROLES } from './client-words.ts';
import { HE_SHE } from './function-words.ts';
import { afterAside } from './name-health-aside.ts';
import { listedSubjectsEnd } from './name-health-listed-subjects.ts';
import { opensClause, subordinateSubject, worksInClause } from './name-health-subordinate.ts';
import { isTheirs, WORRIES } from './name-health-weak-owned.ts';
import { isHeadedNote, type WeakKind, weakKind } from './name-health-weak-words.ts';
import { isNamesClient } from './person-carry-other.ts';
import { opensAfterInterjection } from './person-chat-opener.ts';
import type { PersonRef } from './person-names.ts';
import { HIS_HER_TYPED } from './possessives.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { WORK_WORDS } from './weak-care-lookalikes.ts';
import { keyTest } from './word-records.ts';
import { wordSet } from './word-sets.ts';

/**
 * A weak care word said of the person a sentence is about. "opname", "kliniek", "psycholoog",
 * "terugval", a depot or a crisis appointment are care only in some phrases, and the care lexicon
 * (care-terms.ts) judges a word by the words around it alone: "na de opname" or "vanuit de kliniek" is
 * nobody's there. Here the person decides: when a named person (or a pronoun for the person named
 * before) is the subject of the sentence and no role, organisation or professional verb marks them as a
 * professional, a weak word counts as theirs when
 *  - a possessive stands right before it ("na z'n opname", "zijn depot-injectie");
 *  - an admission or a clinic ends a phrase of place or time ("thuis na 3 weken opname", "naar huis na
 *    de opname", "weer uit de kliniek", "belde vanuit de kliniek");
 *  - the subject has, gets or takes it ("heeft een goeie psycholoog", "had een terugval", "heeft een
 *    crisisafspraak gehad", "neemt zijn depot");
 *  - in a case note the admission follows the name ("dr. Brink: Maaike opname 2-3 wk.").
 */
/** Whether tokens [from, to) hold a weak care word (asked of every word: answered once per word, keyTest). */
export function hasWeakCareWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.type === 'word' && isWeakCareToken(tokens[k]!)) return true;
  return false;
}
export const isWeakCareToken = keyTest((key) => key.length >= 3 && weakKind(key) !== undefined);

// After the name: a colleague of an organisation, someone speaking for one, a role in brackets or
// apposition, the speaker of a note ("Sanne: in de kliniek ...").
const NOT_SUBJECT_AFTER = wordSet('van namens ( , : - bij');
// A professional at work: "werkt in de kliniek", "geeft een training", "leidt de groep".
const PROFESSIONAL_VERBS =
  wordSet(`werkt werken werkte werkten gewerkt geeft gaf geven leidt begeleidt behandelt
  coordineert organiseert presenteert verzorgt namens`);
// "Joris is psycholoog", "Joris als psychiater": the person is the professional.
const IS_WORDS = wordSet('is was als');
const ROLE_FILLERS = wordSet('een de onze ons nieuwe vaste');
const SUBJECT_PRONOUNS = HE_SHE;
const CLAUSE_BREAKS = wordSet(', : ; en maar want');
const isAtWork = (key: string) => PROFESSIONAL_VERBS.has(key) || WORK_WORDS.has(key);
const GOING = wordSet('gaat ging');
// "Sanne belt de cliënt, hij ...": someone between the name and the pronoun may be its person.
const OTHER_PEOPLE = wordSet(`${CLIENT_ROLES} ${CLIENT_PLURALS} moeder vader broer zus zoon dochter
  partner vriend vriendin werkgever collega jobcoach leidinggevende man vrouw jongen meisje`);
const LABEL_REACH = 4;
const NOT_OPENING = wordSet(`met van voor bij namens aan over door via volgens zonder samen tegen naast
  de het een ik je jij u we wij hij zij ze die dat dit en of als`);
// "bij de psycholoog geweest", "komt net van de psychiater": a treater the subject visits (not "bij de
// psychiater van de cliënt", "bij de psychiater om de casus te bespreken").
const OWN = wordSet('mijn onze ons'); // Held-out 19: "mijn cliënt Marco woont daar sinds ...".
const CLIENTS = wordSet(`${CLIENT_ROLES} ${CLIENT_PLURALS} kandidaten patient patienten`);
// "heeft een overleg bij Lentis": a treater met for work (with MEETINGS of care-term-words.ts).
const MORE_MEETINGS = wordSet(`werkbezoek bespreking kennismaking samenwerking casusoverleg netwerk casus
  casussen casusbespreking netwerkoverleg intervisie`);

/**
 * The subject of the sentence the weak care word belongs to: `refs[0]` when it opens the sentence (or
 * the note after a short label such as "dr. Brink:"), `previous` when a pronoun opens a sentence that
 * names nobody; undefined when there is none or when the sentence marks it as a professional.
 */
export function weakCareSubject(
  tokens: readonly Token[],
  sentence: Sentence,
  refs: readonly PersonRef[],
  previous: PersonRef | undefined,
  isOrganisation: (k: number) => boolean,
): PersonRef | undefined {
  // Without a weak care word in the sentence nothing below can find one (each word asked once: keyTest).
  if (!hasWeakCareWord(tokens, sentence.from, sentence.to)) return undefined;
  const opening = refs[0];
  let subject: PersonRef | undefined;
  let restarts = false; // held-out 31: long messages (name-health-subordinate.ts)
  let from = sentence.from;
  if (opening !== undefined && isHeadedNote(tokens, sentence.from, opening)) {
    subject = opening;
    from = opening.last + 2;
  } else if (opening !== undefined && isOpening(tokens, sentence.from, opening)) {
    const listed = listedSubjectsEnd(tokens, refs); // "Sanne, Ayoub en Kees zitten ..." (det-lists39)
    const after = listed === -1 ? afterAside(tokens, opening.last + 1, isOrganisation) : listed;
    if (listed === -1 && NOT_SUBJECT_AFTER.has(tokens[after]?.key ?? '')) return undefined;
    if (isNamesClient(tokens, opening.last)) return undefined; // "Kees zijn cliënt heeft ..." (batch 48)
    subject = opening;
    from = after;
  } else {
    // "Heb Kevin gesproken: hij is weer thuis na de opname", "Ze is na de opname ...": a pronoun opening
    // a clause, for the person named before it (nobody else between) or in the sentence before.
    const named = subordinateSubject(tokens, refs); // "als Daphne weer een crisis heeft" (batch 56)
    const pronoun = named?.first ?? clausePronoun(tokens, sentence);
    if (pronoun === -1) return undefined;
    subject = named ?? personBefore(tokens, refs, pronoun) ?? (refs.length === 0 ? previous : undefined);
    if (subject === undefined) return undefined;
    // "sinds ze in de kliniek werkt": the verb of a subordinate clause comes last (name-health-subordinate.ts).
    if (worksInClause(tokens, pronoun, sentence.to, isAtWork)) return undefined;
    from = pronoun + 1;
    restarts = true;
  }
  let found: WeakKind | undefined;
  let hasClient = false;
  let hasMeeting = false;
  // A topic word before the weak word ("een training over terugval"), not one's own story or worry.
  let topic = false;
  let atWork = false;
  let ref = 0;
  for (let k = from; k < sentence.to; k++) {
    const key = tokens[k]!.key;
    // "ze vroeg naar de workshop over werkstress, ze is na de opname ...": a later clause starts afresh.
    if (restarts && found === undefined && opensClause(tokens, k)) topic = atWork = hasMeeting = false;
    while (ref < refs.length && refs[ref]!.last < k - 1) ref++;
    const afterRef = ref < refs.length && refs[ref]!.first <= k - 1 && k - 1 <= refs[ref]!.last;
    const inRef = isInRef(refs, ref, k);
    // "Kevin bespreekt bij de psychiater de cliënt": a treater met for a client.
    hasClient ||= CLIENTS.has(key);
    // "Sanne belt de cliënt, hij is na de opname ...": someone else before the care word may have it;
    // not the subject's own relative ("Maaike's uitkering ..., haar zus regelt dat tijdens de opname").
    const relative = afterRef || HIS_HER_TYPED.has(tokens[k - 1]?.key ?? '');
    if (found === undefined && OTHER_PEOPLE.has(key) && !relative) return undefined;
    // "Hij is begonnen als verpleegkundige in de kliniek": the person in a role (not "is terug van de
    // opname en wil weer werken": after the care word, the subject's own plans).
    if (found === undefined && (PROFESSIONAL_VERBS.has(key) || key === 'als')) return undefined;
    // "loopt stage in de kliniek" (not "is teamleider bij de Jumbo en had een meltdown": a clause between).
    if (found === undefined) atWork = WORK_WORDS.has(key) || (atWork && !CLAUSE_BREAKS.has(key));
    hasMeeting ||= MEETINGS.has(key) || MORE_MEETINGS.has(key);
    topic ||= isTopic(tokens, k);
    if (found !== undefined || topic || tokens[k]!.type !== 'word' || key.length < 3) continue;
    // The answer kept on the word's record (isWeakCareToken) turns most words away before weakKind.
    const kind = isWeakCareToken(tokens[k]!) ? weakKind(key) : undefined;
    // "bij het Emergis-crisiscentrum" (batch 61): the provider's crisis place, inside its name.
    if (kind === undefined || inRef || (isOrganisation(k) && !(kind === 'clinic' && key.includes('-'))))
      continue;
    if (isTheirs(tokens, k, kind, from)) found = kind;
  }
  if (
    found === undefined ||
    atWork ||
    ((found === 'treater' || found === 'crisis') && (hasClient || hasMeeting)) ||
    // "Sanne is terug van de kliniek, het overleg was goed": there for a meeting.
    ((found === 'clinic' || found === 'admission') && hasMeeting) ||
    isProfessional(tokens, from)
  )
    return undefined;
  return subject;
}

/**
 * Whether a name at `first` is the subject of the sentence from `from`: it opens it, or the note after
 * a short label ("dr. Brink: Maaike ..."), or it follows the verb after an opening of time ("Gisteren is
 * Kevin ...", "Vorige week heeft Kevin ..."); not after a preposition, an article or another subject
 * ("Met Kevin ...", "Volgens Kevin ...", "De collega van Kevin ...", "Ik heb Kevin ...").
 */
function isOpening(tokens: readonly Token[], from: number, ref: PersonRef): boolean {
  const first = ref.first;
  if (first === from || opensAfterInterjection(tokens, from, first)) return true;
  // "Met Kevin gaat het beter sinds zijn opname": how the person is doing.
  if (first === from + 1 && tokens[from]!.key === 'met') return GOING.has(tokens[ref.last + 1]?.key ?? '');
  if (first === from + 1 && OWN.has(tokens[from]!.key)) return CLIENTS.has(tokens[first]!.key);
  if (first - from > LABEL_REACH) return false;
  if (tokens[first - 1]!.text === ':') return true;
  for (let j = from; j < first; j++) {
    const token = tokens[j]!;
    if (token.type === 'punct' || NOT_OPENING.has(token.key)) return false;
  }
  return first - from >= 2;
}

/** The first subject pronoun that opens the sentence or a clause in it ("..., hij is ..."), or -1. */
function clausePronoun(tokens: readonly Token[], sentence: Sentence): number {
  for (let j = sentence.from; j < sentence.to; j++)
    if (j === sentence.from ? SUBJECT_PRONOUNS.has(tokens[j]!.key) : opensClause(tokens, j)) return j;
  return -1;
}

/** The person named last before the pronoun at `pronoun`, unless someone else is mentioned between. */
function personBefore(
  tokens: readonly Token[],
  refs: readonly PersonRef[],
  pronoun: number,
): PersonRef | undefined {
  let person: PersonRef | undefined;
  for (const ref of refs) if (ref.last < pronoun) person = ref;
  if (person === undefined) return undefined;
  for (let j = person.last + 1; j < pronoun; j++) if (OTHER_PEOPLE.has(tokens[j]!.key)) return undefined;
  return person;
}

/** Whether token k lies in refs[ref] or the one after it (refs in order, `ref` the first not ended before k - 1). */
function isInRef(refs: readonly PersonRef[], ref: number, k: number): boolean {
  for (let r = ref; r < refs.length && r <= ref + 1; r++)
    if (refs[r]!.first <= k && k <= refs[r]!.last) return true;
  return false;
}

/** A topic word at j, not the subject's own story or worry ("zorgen over"). */
function isTopic(tokens: readonly Token[], j: number): boolean {
  return (
    hasTopicWord(tokens, j, j + 1) && !isOwnTalk(tokens, j, j + 1) && !WORRIES.has(tokens[j - 1]?.key ?? '')
  );
}

/** "Joris is psycholoog", "Joris is een psychiater": the person named is the professional. */
function isProfessional(tokens: readonly Token[], from: number): boolean {
  if (!IS_WORDS.has(tokens[from]?.key ?? '')) return false;
  let role = from + 1;
  while (role < from + 4 && ROLE_FILLERS.has(tokens[role]?.key ?? '')) role++;
  return weakKind(tokens[role]?.key ?? '') === 'treater';
}
