import { CLIENT_PLURALS, CLIENT_ROLES } from './client-words.ts';
import { HE_SHE } from './function-words.ts';
import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import { isJobTitle } from './signature.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Stop 36 (det-prof36): a professional named beside a care topic of their work, which the owner walk
 * gave them as their own health. The person is marked a professional in the sentence
 *  - by a role or organisation in brackets right after the name: "Kofi (huisarts) heeft gezegd dat
 *    oxazepam ...", "dewi (intern begeleider) ...", "Marco (gemeente Rotterdam) ...";
 *  - by a job title in apposition: "Dr. Annemiek Schuurman, psychiater bij GGZ Oost Brabant, ...";
 *  - by "zij is apotheker", "hij is GZ-psycholoog" later in the sentence (a job title after a pronoun);
 *  - as staff of an organisation that treats nobody: "Youssef van de apotheek", "Rinus van de ouderenbond",
 *    "Rutger van de gemeente"; or speaking for one ("Fenna geeft namens het slachtofferhulp-team ...");
 * and the care term is not said as theirs: no possessive or "zelf" before it, no "heeft een", "is", "ligt
 * in" or "herstellende van" right before it ("Kofi (huisarts) heeft zelf een burn-out", "Corné (jobcoach) is
 * herstellende van een operatie" stay found: the policy flags a professional's own health).
 * Also, whoever is named: a care service called or planned with as work, "heeft de hele ochtend met de poli
 * verslaving gebeld", an action item "- Youssef: afspraak met de poli verslaving plannen" ("Youssef: opgenomen
 * op de poli verslaving" and "heeft een afspraak met de poli verslaving" stay found).
 */
// Professions a job-title ending does not read ("apotheker") and words for organisations' staff.
const MORE_JOBS = wordSet(`apotheker apothekers apothekersassistent tandarts fysiotherapeut huisarts
  intern ambtenaar wethouder`);
const BRACKET_ORGANISATIONS = wordSet('gemeente uwv werkplein wsp ggd sociaal wijkteam');
// "van de apotheek", "van de ouderenbond": organisations whose people are staff or members, never patients.
const STAFFING = wordSet('gemeente apotheek ouderenbond uwv werkplein ggd bibliotheek provincie');
const ARTICLES = wordSet('de het');
const CLIENTS = wordSet(`${CLIENT_ROLES} ${CLIENT_PLURALS}`);
const PRONOUNS = HE_SHE;
const COPULAS = wordSet('is was');
const ROLE_FILLERS = wordSet('een onze de ons nieuwe');
const BRACKET_REACH = 5;
const NAMENS_REACH = 3;
const ROLE_REACH = 40;
// Own health right before the term.
const POSSESSIVES = wordSet("zijn haar z'n zn d'r eigen mijn m'n");
const AFTER_REACH = 2;
const ROLE_FILLER_REACH = 3;
const HAD = wordSet('heeft had hebben kreeg krijgt');
const OWNED_ARTICLES = wordSet('een geen');
const BEING = wordSet('is was wordt werd ligt lag zit zat');
// "heeft vorige week een miskraam gehad": had or got, right after the term.
const HAD_DONE = wordSet('gehad gekregen opgelopen');
const RECOVERING = wordSet('herstellende herstel hersteld bekomen');
// A care service called, mailed or planned with: "met de poli verslaving gebeld".
const UNITS = wordSet('poli afdeling team unit');
const CALLED = wordSet(`gebeld gemaild geappt overlegd afgestemd gesproken bellen mailen overleggen
  afstemmen`);
const PLANNED = wordSet('plannen inplannen regelen maken');
const CALL_REACH = 3;

/** Whether the care term at token k, walked to `ref`, is a topic of the professional's work, not their health. */
export function isProfessionalsWork(
  tokens: readonly Token[],
  sentence: Sentence,
  ref: PersonRef,
  k: number,
  last: number,
): boolean {
  // "Sessie 'Werken met mijn depressie' door Joyce, ...": a term before the name is left to the walk.
  if (k <= ref.last || isOwnSaid(tokens, ref, k, last)) return false;
  return (
    isMeetingJoined(tokens, k, last) ||
    isServiceContacted(tokens, sentence, ref, k) ||
    isMarked(tokens, sentence, ref)
  );
}

// det-nhfp37: "de notulen van het medicatieoverleg", "zit bij het verslavingsoverleg": a meeting named after
// a care word, joined or reported on ("heeft zijn medicatieoverleg verzet", "heeft morgen medicatieoverleg"
// stay the person's own: a possessive, no article, or no preposition before it).
const MEETING_HEAD = 'overleg';
const MEETING_PREPOSITIONS = wordSet('van bij in aan naar tijdens op voor na over');

function isMeetingJoined(tokens: readonly Token[], k: number, last: number): boolean {
  const key = tokens[k]!.key;
  if (k !== last || key.length <= MEETING_HEAD.length + 2 || !key.endsWith(MEETING_HEAD)) return false;
  return ARTICLES.has(tokens[k - 1]?.key ?? '') && MEETING_PREPOSITIONS.has(tokens[k - 2]?.key ?? '');
}

function isJob(key: string): boolean {
  const dash = key.lastIndexOf('-');
  const tail = dash === -1 ? key : key.slice(dash + 1);
  return MORE_JOBS.has(key) || MORE_JOBS.has(tail) || isJobTitle(key);
}

/** The person is marked a professional in the sentence (see the file's comment). */
function isMarked(tokens: readonly Token[], sentence: Sentence, ref: PersonRef): boolean {
  const next = ref.last + 1;
  if (tokens[next]?.text === '(') {
    for (let j = next + 1; j < sentence.to && j <= next + BRACKET_REACH; j++) {
      const token = tokens[j]!;
      if (token.text === ')' || CLIENTS.has(token.key)) break;
      if (isJob(token.key) || BRACKET_ORGANISATIONS.has(token.key)) return true;
    }
  }
  if (tokens[next]?.text === ',' && isJob(tokens[next + 1]?.key ?? '')) return true;
  if (tokens[next]?.key === 'van' && ARTICLES.has(tokens[next + 1]?.key ?? ''))
    if (STAFFING.has(tokens[next + 2]?.key ?? '')) return true;
  for (let j = next; j < sentence.to && j <= next + NAMENS_REACH; j++)
    if (tokens[j]!.key === 'namens') return true;
  // "..., zij is apotheker": a pronoun, "is" and a job title, nobody else named between (one pass, bounded:
  // a whole sentence per care term was quadratic on a long text of names and care words).
  for (let j = next; j + 2 < sentence.to && j <= next + ROLE_REACH; j++) {
    if (!PRONOUNS.has(tokens[j]!.key) || !COPULAS.has(tokens[j + 1]!.key)) continue;
    const role = ROLE_FILLERS.has(tokens[j + 2]!.key) ? j + 3 : j + 2;
    if (isJob(tokens[role]?.key ?? '')) return true;
  }
  return false;
}

/**
 * The care term at tokens [k, last] is said as the person's own: between the name and the term a verb of
 * being or staying ("is", "ligt", "zit": not "is onze nieuwe adviseur"), a subject pronoun (not "zij is
 * apotheker"), "zelf", "heeft een"; a possessive right before the term; "is" or "heeft" right after it
 * ("zwanger is", "borstkanker heeft"), or "gehad" ("Wendy van de gemeente heeft vorige week een miskraam gehad").
 */
function isOwnSaid(tokens: readonly Token[], ref: PersonRef, k: number, last: number): boolean {
  if (POSSESSIVES.has(tokens[k - 1]?.key ?? '') || POSSESSIVES.has(tokens[k - 2]?.key ?? '')) return true;
  for (let j = ref.last + 1; j < k; j++) {
    const key = tokens[j]!.key;
    if (key === 'zelf' || RECOVERING.has(key)) return true;
    // "heeft borstkanker", "heeft een operatie aan haar knie gehad".
    if (HAD.has(key) && (j === k - 1 || OWNED_ARTICLES.has(tokens[j + 1]?.key ?? ''))) return true;
    if (BEING.has(key) && !isJobAfter(tokens, j + 1)) return true;
    if (PRONOUNS.has(key) && !(COPULAS.has(tokens[j + 1]?.key ?? '') && isJobAfter(tokens, j + 2)))
      return true;
  }
  for (let j = last + 1; j <= last + AFTER_REACH; j++) {
    const key = tokens[j]?.key ?? '';
    if (BEING.has(key) || HAD.has(key) || HAD_DONE.has(key)) return true;
  }
  return false;
}

/** A job title at j, after "een", "onze", "de nieuwe" ("is onze nieuwe adviseur"). */
function isJobAfter(tokens: readonly Token[], j: number): boolean {
  let role = j;
  while (role < j + ROLE_FILLER_REACH && ROLE_FILLERS.has(tokens[role]?.key ?? '')) role++;
  return isJob(tokens[role]?.key ?? '');
}

/** "met de poli verslaving gebeld", "- Youssef: afspraak met de poli verslaving plannen". */
function isServiceContacted(
  tokens: readonly Token[],
  sentence: Sentence,
  ref: PersonRef,
  k: number,
): boolean {
  if (!UNITS.has(tokens[k - 1]?.key ?? '') || !ARTICLES.has(tokens[k - 2]?.key ?? '')) return false;
  if (tokens[k - 3]?.key !== 'met') return false;
  const item = tokens[ref.last + 1]?.text === ':';
  for (let j = k + 1; j < sentence.to && j <= k + CALL_REACH; j++) {
    const token = tokens[j]!;
    if (token.lineBefore || token.type === 'punct') return false;
    if (CALLED.has(token.key) || (item && PLANNED.has(token.key))) return true;
  }
  return false;
}
