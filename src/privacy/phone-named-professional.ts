import {
  BENEFIT_CLIENTS,
  CLIENT_PLURALS,
  CLIENT_ROLES,
  FORMS_OF_ADDRESS,
  RELATIVES,
  YOUNG_PEOPLE,
} from './client-words.ts';
import { THE_OR_OUR } from './function-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { particlesWith } from './name-particles.ts';
import { isOfficeWord } from './organisation-words.ts';
import { isJobTitle, isSender } from './signature.ts';
import { isGlued, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Stop 34 (det-contacts2), the policy of stop 33: a professional's work number is no client's. A number, a mobile one
 * too, in a sentence that names one person and names them as a professional, the name bound to a job title or an
 * organisation, is that professional's: "jobcoach Ahmed: 06-...", "Je kunt Ahmed (jobcoach Kansfabriek) bereiken op
 * 0229-..., hij zit ma t/m do op kantoor", "Mw. Jansen (teamleider participatie gemeente Den Helder) belt jullie
 * morgen, ze is bereikbaar op ...", "Henk de Vries van het Leerwerkloket: 0223-..., hij weet alles van ...", "Mijn
 * collega Tamara neemt het over, je bereikt haar op 06-...". A pronoun is then the professional's. Never with a
 * word for a client, someone close to one, a home or a private line ("thuis", "privé", "woont"), a referral
 * ("aanmelding", "aangemeld", "verwezen", "intake"), a quotation, or another person's first name or form of address
 * (one not bound to a job title) in the sentence or CONTEXT tokens back: "Nieuwe aanmelding via de jobcoach: Noor
 * Smeets, 06-...", "Jobcoach Ahmed belde over Kees, zijn nummer is 06-...", "klant van jobcoach Ahmed: 06-...".
 */
const BEFORE = 20;
const AFTER = 10;
const CONTEXT = 24;
/** Clients, people close to one and a home (also for phone-writer-own.ts). */
export const CLIENTS_AND_HOMES = `${CLIENT_ROLES} ${CLIENT_PLURALS} ${YOUNG_PEOPLE} ${RELATIVES} ${BENEFIT_CLIENTS}
  kandidaten jongeren zoon dochter ouders opa oma vriend vriendin buurman buurvrouw mantelzorger familie gezin
  prive privenummer thuis thuisnummer huis woont`;
const NOT_PROFESSIONAL = wordSet(
  `${CLIENTS_AND_HOMES} huisnummer woonde eigen aangemeld aanmelding verwezen doorverwezen verwijzing intake
  traject proefplaatsing werkervaringsplek`,
);
const TITLES = wordSet(FORMS_OF_ADDRESS);
const COLLEAGUES = wordSet("collega collega's");
const PARTICLES = particlesWith("het 't");
export const QUOTES = new Set(["'", '"', '“', '”', '‘', '’', '„']);
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/** The number at token k, ending at character `end`, stands in a sentence about one professional named as one. */
export function isNamedProfessionalsNumber(
  tokens: readonly Token[],
  k: number,
  end: number,
  isOrganisation: (j: number) => boolean,
): boolean {
  // "Spoed? Bel de dienstdoende coördinator 06-...": a role's number, no one named.
  let named = isRoleRightBefore(tokens, k);
  let sentence = true;
  // The person named as a professional: tokens [from, to] are their name (a title perhaps, first name, surname).
  let nameFrom = -1;
  // Batch 65 (det-contacts65b): "naam: Tom Jansen (jobcoach)\ntel werk: 06-...": a card's field line goes on with
  // the line above it.
  let fieldLine = isFieldLine(tokens, k);
  for (let j = k - 1; j >= 0 && j >= k - CONTEXT; j--) {
    const token = tokens[j]!;
    if (sentence && (isSentenceEnd(tokens, j) || k - j > BEFORE)) sentence = false;
    if (NOT_PROFESSIONAL.has(token.key) || QUOTES.has(token.text)) return false;
    if (j >= nameFrom && nameFrom >= 0) continue;
    if (isPersonWord(tokens, j)) {
      const from = professionalNameAt(tokens, j, isOrganisation);
      if (from < 0 || !sentence || named) return false;
      named = true;
      nameFrom = from;
    }
    if (token.lineBefore && fieldLine) fieldLine = false;
    else if (token.lineBefore) sentence = false;
  }
  let j = k;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  for (const last = j + AFTER; j < tokens.length && j < last && !tokens[j]!.lineBefore; j++) {
    if (isSentenceEnd(tokens, j)) break;
    const token = tokens[j]!;
    if (NOT_PROFESSIONAL.has(token.key) || QUOTES.has(token.text)) return false;
    // "jobcoach uit Heerlen: 06-... (Dirk, van Mondriaan)": the professional named after the number.
    if (isPersonWord(tokens, j) && (isSender(tokens, j) || tokens[j - 1]?.text === '(')) {
      if (named || professionalNameAt(tokens, j, isOrganisation) < 0) return false;
      named = true;
    } else if (isPersonWord(tokens, j) && !isSender(tokens, j)) return false;
  }
  return named;
}

const FIELD_WORDS = wordSet('tel telefoon telefoonnummer nummer nr mobiel mob gsm werk');

/** The number at k opens its line after a field label and a colon: "tel werk: 06-...", "mobiel: 06-...". */
function isFieldLine(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.text !== ':') return false;
  for (let j = k - 2; j >= 0 && j >= k - 4; j--) {
    if (!FIELD_WORDS.has(tokens[j]!.key)) return false;
    if (tokens[j]!.lineBefore) return true;
  }
  return false;
}

const ROLE_ARTICLES = THE_OR_OUR;

/** A job title right before the number at k (a colon perhaps), after an article and perhaps an adjective. */
function isRoleRightBefore(tokens: readonly Token[], k: number): boolean {
  const at = tokens[k - 1]?.text === ':' ? k - 2 : k - 1;
  const role = tokens[at];
  if (role === undefined || !isJobTitle(role.key)) return false;
  return ROLE_ARTICLES.has(tokens[at - 1]?.key ?? '') || ROLE_ARTICLES.has(tokens[at - 2]?.key ?? '');
}

/** A first name or a form of address at j. */
function isPersonWord(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!;
  return TITLES.has(token.key) || (token.capitalised && isKnownFirstName(token.key));
}

/**
 * Where the name at j begins when it is named as a professional, else -1: a job title or "collega" right before it
 * ("jobcoach Ahmed", "collega Tamara"), or after the name (a title, a first name, particles, a capitalised surname)
 * an aside in brackets or after a comma with a job title or an organisation ("Ahmed (jobcoach Kansfabriek)", "Mw.
 * Jansen (teamleider ...)", "Mustafa, jobcoach bij IPS"), or "van" an organisation ("Henk de Vries van het
 * Leerwerkloket").
 */
export function professionalNameAt(
  tokens: readonly Token[],
  j: number,
  isOrganisation: (j: number) => boolean,
): number {
  const before = tokens[j - 1];
  if (before !== undefined && (isJobTitle(before.key) || COLLEAGUES.has(before.key))) return j - 1;
  let e = j + 1;
  if (TITLES.has(tokens[j]!.key)) {
    if (tokens[e]?.text === '.') e++;
    while (tokens[e]?.type === 'word' && tokens[e]!.text.length === 1 && tokens[e + 1]?.text === '.') e += 2;
  }
  while (e < tokens.length && e <= j + 5 && (PARTICLES.has(tokens[e]!.key) || isSurname(tokens[e]!))) {
    if (tokens[e]!.key === 'van' && isOrganisationAfter(tokens, e, isOrganisation)) break;
    e++;
  }
  const next = tokens[e];
  if (next === undefined) return -1;
  if (next.key === 'van') return isOrganisationAfter(tokens, e, isOrganisation) ? j : -1;
  if (next.text !== '(' && next.text !== ',') return -1;
  // The aside opens with what the person is: "(jobcoach Kansfabriek)", "(Lentis)", ", jobcoach bij IPS", ", van
  // Mondriaan"; not "(opgenomen in GGZ Drenthe)", and after a comma not an organisation alone ("Ruud de Boer,
  // Laborijn, 06-...": a client at an employer as often).
  let a = e + 1;
  if (tokens[a]?.key === 'van' || ARTICLES.has(tokens[a]?.key ?? '')) {
    if (tokens[a]!.key === 'van') return isOrganisationAfter(tokens, a, isOrganisation) ? j : -1;
    a++;
  }
  const what = tokens[a];
  if (what === undefined) return -1;
  return isJobTitle(what.key) || (next.text === '(' && isOrganisation(a)) ? j : -1;
}

function isSurname(token: Token): boolean {
  return token.type === 'word' && token.capitalised && !token.allCaps;
}

const ARTICLES = wordSet('de het');

/** "van (de/het) <organisation>" with "van" at j. */
function isOrganisationAfter(
  tokens: readonly Token[],
  j: number,
  isOrganisation: (j: number) => boolean,
): boolean {
  const at = ARTICLES.has(tokens[j + 1]?.key ?? '') ? j + 2 : j + 1;
  const organisation = tokens[at];
  if (organisation === undefined) return false;
  return (
    (organisation.allCaps && organisation.text.length >= 2) ||
    isOrganisation(at) ||
    isOfficeWord(organisation.key)
  );
}

/** A full stop, "!" or "?" at j ending a sentence; not a dot inside an address or after an initial or title. */
export function isSentenceEnd(tokens: readonly Token[], j: number): boolean {
  if (!SENTENCE_ENDS.has(tokens[j]!.text)) return false;
  const before = tokens[j - 1];
  if (isGlued(before, tokens[j]) && isGlued(tokens[j], tokens[j + 1])) return false;
  return (
    tokens[j]!.text !== '.' || before === undefined || (before.text.length > 1 && !TITLES.has(before.key))
  );
}
