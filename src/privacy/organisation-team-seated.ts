import { isPluralJobTitle } from './email-context.ts';
import { THE_OR_OUR } from './function-words.ts';
import { isOfficeWord } from './organisation-words.ts';
import { isKnownPlaceAt } from './places.ts';
import { isJobTitle } from './signature.ts';
import type { Token } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 48 (issue 14): where a team of professionals sits, or where the writer's own organisation sits or
 * moves to, is an office: "de IPS-trajectbegeleiders zitten nu op de Kruisweg 1005", "vanaf 1 mei zitten we
 * op ...", "we zijn per 1 maart te vinden op ...", "we verhuizen per 1 januari naar de Vredenburg 40". The
 * subject is a plural job title or "we"/"wij" (a client's move is told of the client: "kandidaat verhuisd
 * naar ...", and the resident test of organisation-address.ts still runs: "we verhuizen meneer naar ...").
 */
const SEATED = wordSet('zitten zaten');
export const MOVE_VERBS = wordSet('verhuizen verhuisden verhuisd');
const WRITERS = wordSet('we wij');
// "de stichting is verhuisd naar ...": an organisation moving (batch 48).
const ORGANISATIONS = wordSet(
  'stichting vereniging organisatie praktijk instelling afdeling werkgever bedrijf',
);
const TEAM_ARTICLES = THE_OR_OUR;
// "zitten nu op", "verhuizen per 1 januari naar", "zijn per 1 maart te vinden": a time between the subject and its verb.
const BETWEEN = wordSet(`nu sinds kort vanaf per binnenkort straks zijn is al ook inmiddels gaan gaat te
  tijdelijk volgende volgend komende week maand jaar januari februari maart april mei juni juli augustus september oktober november december`);
const VERB_REACH = 6;
// "we zijn verhuisd naar Molenkade 12, de kinderen hebben het naar hun zin": a household moving (held-out 24).
const HOUSEHOLD = wordSet('kinderen kids gezin man vrouw partner vriend vriendin dochter zoon baby hond kat');
const HOUSEHOLD_REACH = 14;
const QUOTE_MARKS = new Set([':', '"', "'", '“', '‘']);

/** "jobcoaches", "consulenten", "IPS-trajectbegeleiders": a team of professionals. */
export function isTeamOfProfessionals(key: string): boolean {
  return isPluralJobTitle(key) || (key.endsWith('en') && isJobTitle(key, key.length - 2));
}

/**
 * Whether tokens[j] is a team's or the writer's organisation's subject of sitting or moving somewhere, or
 * the verb of it ("we zitten vanaf 1 mei op ...": the verb is nearer the address than its subject).
 */
export function isTeamSeated(tokens: readonly Token[], j: number): boolean {
  return isSeatedSubject(tokens, j) || isSeatedVerb(tokens, j);
}

// Asked of every word around an address: one bit per distinct word instead of the job-title readings.
const isTeamWord = keyTest(isTeamOfProfessionals);

function isSeatedVerb(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]!.key;
  if (!SEATED.has(key) && !(key === 'vinden' && tokens[j - 1]?.key === 'te')) return false;
  if (WRITERS.has(tokens[j + 1]?.key ?? '')) return !isQuoted(tokens, j);
  // "vanaf volgende week zitten de consulenten op ...": the team after its verb.
  const after = TEAM_ARTICLES.has(tokens[j + 1]?.key ?? '') ? j + 2 : j + 1;
  if (isTeamOfProfessionals(tokens[after]?.key ?? '')) return true;
  for (let s = j - 1; s >= 0 && s >= j - VERB_REACH; s--) {
    if (WRITERS.has(tokens[s]!.key)) return !isQuoted(tokens, s);
    if (isTeamOfProfessionals(tokens[s]!.key)) return true;
    if (isTeamsPlace(tokens, s)) continue;
    if (!BETWEEN.has(tokens[s]!.key) && tokens[s]!.type !== 'number') return false;
  }
  return false;
}

function isSeatedSubject(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]!.key;
  const writers = WRITERS.has(key);
  if (!writers && !isTeamWord(tokens[j]!)) return false;
  if (writers && isQuoted(tokens, j)) return false;
  // "vanaf 1 mei zitten we op ...": the verb before the subject.
  if (writers && SEATED.has(tokens[j - 1]?.key ?? '')) return true;
  for (let v = j + 1; v <= j + VERB_REACH && v < tokens.length; v++) {
    const verb = tokens[v]!.key;
    if (SEATED.has(verb) || (writers && MOVE_VERBS.has(verb) && !hasHouseholdAfter(tokens, v))) return true;
    if (verb === 'vinden' && tokens[v - 1]?.key === 'te') return true;
    if (isTeamsPlace(tokens, v)) continue;
    if (!BETWEEN.has(verb) && tokens[v]!.type !== 'number') return false;
  }
  return false;
}

/** Held-out 37: "Klantmanagers Schiedam zitten ...", "de consulenten in Delft zitten ...": the team's place. */
function isTeamsPlace(tokens: readonly Token[], s: number): boolean {
  return isKnownPlaceAt(tokens, s) || (tokens[s]!.key === 'in' && isKnownPlaceAt(tokens, s + 1));
}

/** "we verhuizen per 1 januari naar ...", "de stichting is verhuisd naar ...": an organisation's move at tokens[j]. */
export function isOwnMove(tokens: readonly Token[], j: number): boolean {
  if (!MOVE_VERBS.has(tokens[j]!.key)) return false;
  for (let s = j - 1; s >= 0 && s >= j - VERB_REACH; s--) {
    const key = tokens[s]!.key;
    if (WRITERS.has(key)) return !isQuoted(tokens, s) && !hasHouseholdAfter(tokens, j);
    // det-contacts37: "Het UWV-kantoor is verhuisd van ... naar ...", "het wijkteam is verhuisd": an office word as subject.
    if ((ORGANISATIONS.has(key) || isOfficeWord(key)) && TEAM_ARTICLES.has(tokens[s - 1]?.key ?? ''))
      return true;
    if (!BETWEEN.has(key) && tokens[s]!.type !== 'number') return false;
  }
  return false;
}

/** A family word after the move within its reach: the writer's household moved, not the office. */
function hasHouseholdAfter(tokens: readonly Token[], j: number): boolean {
  for (let v = j + 1; v < tokens.length && v <= j + HOUSEHOLD_REACH; v++) {
    if (HOUSEHOLD.has(tokens[v]!.key)) return true;
  }
  return false;
}

/** Not a quoted move: "hij vertelde: we verhuizen naar ..." is the client's. */
function isQuoted(tokens: readonly Token[], j: number): boolean {
  return QUOTE_MARKS.has(tokens[j - 1]?.text ?? '');
}
