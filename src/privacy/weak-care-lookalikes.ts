import { isRelapseIntoSubstance } from './care-term-recovery.ts';
import { CLIENT_PLURALS, CLIENT_ROLES } from './client-words.ts';
import { ARTICLES } from './function-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Look-alikes of the weak care words of a sentence's subject (name-health-subject.ts), found by review
 * probes: said of colleagues at work, of machines, of figures or of treaters met, not of a person's care.
 */

// "heeft een crisisoverleg met de gemeente", "een crisisberaad", "een crisiskaart-training": a meeting.
const CRISIS_WORK_ENDINGS = [
  'overleg',
  'vergadering',
  'beraad',
  'bespreking',
  'training',
  'oefening',
  'communicatie',
  'management',
  'organisatie',
];
// "heeft een depotje met folders": a small store of things.
const DEPOT_STORES = wordSet('depotje depotjes');

/** A weak word's look-alike: a crisis compound naming work on a crisis, a small store. */
export function isLookalikeKey(key: string): boolean {
  if (DEPOT_STORES.has(key)) return true;
  return key.startsWith('crisis') && CRISIS_WORK_ENDINGS.some((ending) => key.endsWith(ending));
}

const FIGURE_AFTER = wordSet('in van bij op');
const RELAPSED_INTO = wordSet("zijn haar z'n d'r oude oud");
const OWN_PATTERNS = wordSet(`oude oud gedrag gebruik patroon patronen verslaving drankgebruik
  middelengebruik drugsgebruik drinken blowen gokken herstel`);

/**
 * "een terugval in het aantal aanmeldingen", "in haar aanmeldingen", "in zijn uren": the relapse word at
 * k is a figure; "teruggevallen in zijn oude gedrag", "een terugval in haar drankgebruik" are not.
 */
export function isRelapseFigure(tokens: readonly Token[], k: number): boolean {
  if (!FIGURE_AFTER.has(tokens[k + 1]?.key ?? '') || isRelapseIntoSubstance(tokens, k)) return false;
  const into = tokens[k + 2]?.key ?? '';
  if (!RELAPSED_INTO.has(into)) return true;
  return !OWN_PATTERNS.has(into) && !OWN_PATTERNS.has(tokens[k + 3]?.key ?? '');
}

// "heeft een psycholoog gesproken / gebeld": a professional met, not one the subject has.
const MET_PARTICIPLES = wordSet(`gesproken gebeld gemaild gevraagd ontmoet geraadpleegd benaderd
  uitgenodigd geinterviewd aangenomen geregeld geworven ingehuurd`);
const TEAMS = wordSet('team teams werkgroep afdeling groep klankbordgroep stuurgroep projectgroep');
// "heeft een psychiater als mentor / spreker" (not "als behandelaar": the subject's own).
const OWN_ROLES = wordSet('behandelaar behandelaars hulpverlener therapeut regiebehandelaar');
const ROLE_FILLERS = wordSet('de een haar zijn');
// "heeft een behandelaar van de cliënt gebeld": the client's treater.
const CLIENT_WORDS = wordSet(`${CLIENT_ROLES} ${CLIENT_PLURALS}`);
const TEAM_FILLERS = wordSet('het de ons onze hun zijn haar');

/**
 * The treater at k is one met or known, not the subject's: "heeft een psychiater in het team erbij" (a
 * colleague the team gained), "heeft een psychiater als mentor", "heeft een psycholoog gesproken", "heeft een
 * behandelaar van de cliënt gebeld".
 */
export function isTreaterMet(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.key ?? '';
  if (MET_PARTICIPLES.has(next)) return true;
  const role = ROLE_FILLERS.has(tokens[k + 2]?.key ?? '') ? k + 3 : k + 2;
  if (next === 'als') return !OWN_ROLES.has(tokens[role]?.key ?? '');
  if (next === 'van') return CLIENT_WORDS.has(tokens[role]?.key ?? '');
  if (next !== 'in') return false;
  const at = TEAM_FILLERS.has(tokens[k + 2]?.key ?? '') ? k + 3 : k + 2;
  return TEAMS.has(tokens[at]?.key ?? '');
}

// "loopt stage in de kliniek", "is teamleider in de kliniek", "heeft dienst in de kliniek": at work.
export const WORK_WORDS = wordSet(`stage stagiair stagiaire dienst teamleider coordinator medewerker manager
  vrijwilliger`);

// "had een shutdown van de server", "een meltdown van zijn laptop": a machine's, not the subject's.
const MACHINES = wordSet(`server servers laptop computer pc systeem systemen netwerk website site app
  telefoon printer`);
const MACHINE_FILLERS = wordSet("de het een zijn haar z'n d'r onze ons hun");

/** "van de server", "van zijn laptop" from k: an overload word before it said of a machine. */
export function isMachines(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.key !== 'van') return false;
  const at = MACHINE_FILLERS.has(tokens[k + 1]?.key ?? '') ? k + 2 : k + 1;
  return MACHINES.has(tokens[at]?.key ?? '');
}

// "Het systeem is ingestort", "de server ingestort", "een black-out van het netwerk": a thing collapsed or
// went out (review 29); a person, or a client noun ("de deelnemer is ingestort"), still counts.
const COLLAPSES = wordSet('ingestort ingestord');
const OUTAGES = wordSet('black-out blackout black-outs blackouts');
const COLLAPSE_VERBS = wordSet('is was zijn waren');
const THING_ARTICLES = ARTICLES;

/** Whether the collapse or outage word at k is said of a thing. */
export function isThingCollapsed(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  if (OUTAGES.has(key)) return isMachines(tokens, k + 1);
  if (!COLLAPSES.has(key)) return false;
  const noun = COLLAPSE_VERBS.has(tokens[k - 1]?.key ?? '') ? k - 2 : k - 1;
  const token = tokens[noun];
  if (token === undefined || token.type !== 'word' || token.capitalised || CLIENT_WORDS.has(token.key))
    return false;
  return THING_ARTICLES.has(tokens[noun - 1]?.key ?? '');
}
