import { isProviderWord } from './care-provider-words.ts';
import { CARE_PROGRAMMES } from './care-term-words.ts';
import { ARTICLES, CLAUSE_JOINS } from './function-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * Held-out 23's classes: care told the way a werkgroep writes it in a chat or a year's notes, ways the
 * lexicon's rules did not read yet (asked from isEverydayCare, for words with a rule or these triggers).
 *  - Starting with a provider: "is gestart bij de basis GGZ", "begon bij Tactus" (not "gestart bij de GGZ
 *    als jobcoach", "begonnen bij Emergis met haar baan": a work word in the clause).
 *  - A group at a provider, or a therapy's group: "gaat elke week naar de groep bij Tactus", "zit in een
 *    groep van Emergis", "een plek bij de dbt groep" (not "de werkgroep bij Tactus", "de groep bij de
 *    kringloop").
 *  - A therapy's abbreviation typed in lower case where a therapy stands: "volgt (sinds mei) dbt", "naar de mbt",
 *    "de cgt training" (in capitals the lexicon reads it already).
 *  - Sober for a time: "is al 3 maanden nuchter", "sinds de zomer nuchter", "8 wkn kliniek, nuchter,"
 *    (not "Kim is heel nuchter": level-headed, no time).
 *  - Gambling as a cause, stopped or taken up again: "schulden door het gokken", "gestopt met gokken", "weer
 *    gaan gokken" (det-names40), "zijn gokschulden"
 *    (not "moet gokken naar het aantal": guessing).
 *  - A treatment named by its setting: "in ambulante behandeling", "klinische behandeling" (with "in", a
 *    possessive or "een" before; not "het team ambulante behandeling zoekt ...").
 *  - An urgent intake had or planned: "een spoedintake bij de GGZ" (not "de spoedintake": the worker's).
 *  - No crisis had since: "heeft sindsdien geen crisis meer gehad" (the lexicon reads "een crisis gehad").
 *  - A stay named by its length and the provider: "na 8 weken Jellinek", "terug van 6 wkn Tactus", "zit al
 *    3 maanden bij Emergis" (not "zit al 3 maanden bij Emergis als jobcoach").
 *  - A care noun of a named person, or started: "de opname van Kim", "de intake van dhr. Smit", "is gestart
 *    met de behandeling" (not "de opname van de podcast", "de intake van Kim met de kandidaat", "met de
 *    behandeling van de aanvragen").
 *  - Sheltered housing with the verb first: "woont nu beschermd".
 *  - A care team's checks or home visits: "de dagelijkse controles van het FACT-team zijn afgeschaald",
 *    "huisbezoeken door de GGZ" (not "de controles van de werkgever", "controle bij de tandarts").
 */
export const CHAT_WAY_TRIGGERS = wordSet(`gestart begonnen startte begon groep nuchter gokken gokschulden
  gokschuld spoedintake controles controle huisbezoeken huisbezoek dagen weken wkn maanden mnd beschermd`);

const START_VERBS = wordSet('gestart begonnen startte begon start begint');
const START_FILLERS = wordSet('de het een basis generalistische specialistische');
// Working or training there, in the same clause.
const WORK_WORDS = wordSet(`als baan werk stage contract functie vacature job collega medewerker werkplek
  dienstverband sollicitatie vrijwilligerswerk training cursus opleiding leerwerkplek proefplaatsing`);
const GROUP_BEFORE = wordSet('naar in aan bij op');
const GROUP_FILLERS = wordSet('de het een die elke wekelijkse');
const PROVIDER_LINKS = wordSet('bij van');
const THERAPIES = wordSet('dbt mbt cgt dgt');
const THERAPY_VERBS = wordSet('volgt volgde doet deed krijgt kreeg start begint gestart begonnen');
const THERAPY_PLACES = wordSet('naar bij met aan in');
const THERAPY_AFTER = wordSet('groep training therapie traject behandeling');
const SOBER_TIME = wordSet(`al weer sinds sindsdien nog steeds blijft bleef dagen weken wkn maanden mnd jaar
  jaren`);
const SOBER_AFTER = wordSet('gebleven sinds sindsdien');
const CLAUSE_ENDS = CLAUSE_JOINS;
const GAMBLING_CAUSES = wordSet('door vanwege ivm na met');
const GAMBLING_STOPPED = wordSet('gestopt stoppen stopt stopte');
const OWNERS = wordSet("zijn haar z'n zn d'r heeft had hebben");
const SETTINGS = wordSet('ambulante klinische');
const SETTING_BEFORE = wordSet("in een zijn haar z'n zn d'r krijgt kreeg volgt volgde");
const URGENT_OWNERS = wordSet("een zijn haar z'n zn d'r");
const CRISIS_HAD = wordSet('heeft had hebben');
const CRISIS_FILLERS = wordSet('sindsdien sinds nog al ook echt');
const CARE_VISITS = wordSet('controles controle huisbezoeken huisbezoek');
const VISIT_LINKS = wordSet('van door bij');
// "doet de huisbezoeken van het FACT-team": the worker who makes them.
const VISIT_DOERS = wordSet('doet doen deed legt leggen plant plannen rijdt rijden');
const STAY_UNITS = wordSet('dagen weken wkn maanden mnd');
const STAY_BEFORE = wordSet('na van uit terug ruim bijna');
const STAY_TIME = wordSet(`al nu sinds kort inmiddels ruim bijna een half paar 1 2 3 4 5 6 7 8 9 10 twee drie
  vier vijf zes dagen weken wkn maanden mnd jaar week maand`);
const CARE_NOUNS = wordSet('opname intake behandeling');
const RECORDED_FOR = ARTICLES;
const TITLES_BEFORE_NAME = wordSet('dhr meneer mevrouw mevr mw');
const LIVING = wordSet('woont woonde wonen');
const COUNT_WORDS = wordSet('een twee drie vier vijf zes zeven acht negen tien paar');
const CLAUSE_MARKS = new Set([',', '.', ';', '!', '?', ':']);
const CLAUSE_REACH = 12;

/** Every word isChatWayCare can answer yes for; any other word it answers no without a look around. */
export const CHAT_WAY_KEYS = wordSetOf([
  ...START_VERBS,
  ...THERAPIES,
  ...CARE_VISITS,
  ...STAY_UNITS,
  ...CARE_NOUNS,
  ...wordSet('groep nuchter gokken gokschulden gokschuld behandeling spoedintake crisis zit zat beschermd'),
]);

/** Whether the word at k is care said in one of the ways above. */
export function isChatWayCare(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  if (START_VERBS.has(key)) return isStartedWithProvider(tokens, k);
  if (key === 'groep') return isCareGroup(tokens, k);
  if (THERAPIES.has(key)) return !tokens[k]!.allCaps && isLowercaseTherapy(tokens, k);
  if (key === 'nuchter') return isSoberForTime(tokens, k);
  if (key === 'gokken') return isGamblingTold(tokens, k);
  if (key === 'gokschulden' || key === 'gokschuld')
    return OWNERS.has(tokens[k - 1]?.key ?? '') || isDebtHad(tokens, k);
  if (key === 'behandeling' && isSettingTreatment(tokens, k)) return true;
  if (key === 'spoedintake') return URGENT_OWNERS.has(tokens[k - 1]?.key ?? '') && !isDoneByWorker(tokens, k);
  if (key === 'crisis') return isNoCrisisSince(tokens, k);
  if (CARE_VISITS.has(key)) return isCareTeamVisit(tokens, k);
  if (STAY_UNITS.has(key)) return isProviderStay(tokens, k);
  if (key === 'zit' || key === 'zat') return isTimedStayWithProvider(tokens, k);
  if (key === 'beschermd') return isShelteredLiving(tokens, k);
  if (CARE_NOUNS.has(key)) return isCareNounOfNamed(tokens, k) || isCareStarted(tokens, k);
  return false;
}

/** The provider after "bij" at `by` (fillers between), or -1. */
function providerAfter(tokens: readonly Token[], by: number): number {
  let j = by + 1;
  while (j <= by + 3 && START_FILLERS.has(tokens[j]?.key ?? '')) j++;
  const key = tokens[j]?.key ?? '';
  // "het FACT-team": a care programme's team is a provider too.
  const programme = CARE_PROGRAMMES.has(key.slice(0, Math.max(0, key.indexOf('-'))));
  return isProviderWord(key) || programme ? j : -1;
}

/** No work word from k to the end of the clause. */
function isClauseFreeOfWork(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j <= k + CLAUSE_REACH; j++) {
    if (CLAUSE_MARKS.has(tokens[j]!.text)) return true;
    if (WORK_WORDS.has(tokens[j]!.key)) return false;
  }
  return true;
}

function isStartedWithProvider(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.key !== 'bij') return false;
  const provider = providerAfter(tokens, k + 1);
  return provider !== -1 && isClauseFreeOfWork(tokens, provider + 1);
}

function isCareGroup(tokens: readonly Token[], k: number): boolean {
  // "bij de dbt groep": the therapy's group, whoever runs it.
  if (THERAPIES.has(tokens[k - 1]?.key ?? '')) return isClauseFreeOfWork(tokens, k + 1);
  let j = k - 1;
  while (j >= k - 3 && GROUP_FILLERS.has(tokens[j]?.key ?? '')) j--;
  if (!GROUP_BEFORE.has(tokens[j]?.key ?? '') || !PROVIDER_LINKS.has(tokens[k + 1]?.key ?? '')) return false;
  const provider = providerAfter(tokens, k + 1);
  return provider !== -1 && isClauseFreeOfWork(tokens, provider + 1);
}

function isLowercaseTherapy(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.key ?? '';
  if (THERAPY_AFTER.has(tokens[k + 1]?.key ?? '')) return true;
  // "volgt dbt", "volgt sinds de zomer mbt": a verb of following a therapy a few words before.
  for (let j = k - 1; j >= 0 && j >= k - 5 && tokens[j]!.type === 'word'; j--)
    if (THERAPY_VERBS.has(tokens[j]!.key)) return true;
  return (before === 'de' || before === 'het') && THERAPY_PLACES.has(tokens[k - 2]?.key ?? '');
}

function isSoberForTime(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 1];
  if (after !== undefined && SOBER_AFTER.has(after.key)) return true;
  if (after !== undefined && after.type !== 'punct' && !CLAUSE_ENDS.has(after.key)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (SOBER_TIME.has(tokens[j]!.key)) return true;
    if (CLAUSE_MARKS.has(tokens[j]!.text) && j < k - 1) return false;
  }
  return false;
}

function isGamblingTold(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.key ?? '';
  if (GAMBLING_STOPPED.has(before) || (before === 'met' && GAMBLING_STOPPED.has(tokens[k - 2]?.key ?? '')))
    return true;
  if (before === 'het' && GAMBLING_CAUSES.has(tokens[k - 2]?.key ?? '')) return true;
  // det-names40: a relapse, "ik ben weer gaan gokken", "hij is weer aan het gokken" (not "weer gaan gokken
  // naar het aantal": guessing).
  const relapse =
    (before === 'gaan' && tokens[k - 2]?.key === 'weer') ||
    (before === 'het' && tokens[k - 2]?.key === 'aan' && tokens[k - 3]?.key === 'weer');
  return relapse && !GUESSING_AFTER.has(tokens[k + 1]?.key ?? '');
}
const GUESSING_AFTER = wordSet('naar wie wat hoeveel of welke');

function isSettingTreatment(tokens: readonly Token[], k: number): boolean {
  return SETTINGS.has(tokens[k - 1]?.key ?? '') && SETTING_BEFORE.has(tokens[k - 2]?.key ?? '');
}

function isNoCrisisSince(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.key !== 'geen') return false;
  if (tokens[k + 1]?.key === 'gehad' || (tokens[k + 1]?.key === 'meer' && tokens[k + 2]?.key === 'gehad'))
    return true;
  for (let j = k - 2; j >= 0 && j >= k - 4; j--) {
    if (CRISIS_HAD.has(tokens[j]!.key)) return true;
    if (!CRISIS_FILLERS.has(tokens[j]!.key)) return false;
  }
  return false;
}

/** "na 8 weken Jellinek", "terug van 6 wkn Tactus": a count and a unit of time at k, a provider after. */
function isProviderStay(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.key ?? '';
  if (!isProviderWord(next)) return false;
  const count = tokens[k - 1];
  if (count === undefined || (count.type !== 'number' && !COUNT_WORDS.has(count.key))) return false;
  return STAY_BEFORE.has(tokens[k - 2]?.key ?? '');
}

/** "zit al 3 maanden bij Emergis", "zat sinds kort bij de ggz": a stay with a time between verb and "bij". */
function isTimedStayWithProvider(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (j <= k + 5 && STAY_TIME.has(tokens[j]?.key ?? '')) j++;
  if (j === k + 1 || tokens[j]?.key !== 'bij') return false;
  const provider = providerAfter(tokens, j);
  return provider !== -1 && isClauseFreeOfWork(tokens, provider + 1);
}

/** "de opname van Kim", "de intake van dhr. Smit": a care noun of a named person. */
function isCareNounOfNamed(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.key !== 'de' || tokens[k + 1]?.key !== 'van') return false;
  let j = k + 2;
  if (TITLES_BEFORE_NAME.has(tokens[j]?.key ?? '')) return tokens[j + 1]?.type === 'word';
  const name = tokens[j];
  if (name === undefined || !name.capitalised || name.allCaps || !isKnownFirstName(name.key)) return false;
  j++;
  // "de intake van Kim met de nieuwe kandidaat": the worker who does it; "de opname van Henk voor de
  // podcast": a recording made for something (review 29; "voor haar depressie" is still care).
  if (tokens[j]?.key === 'voor') return !RECORDED_FOR.has(tokens[j + 1]?.key ?? '');
  return tokens[j]?.key !== 'met';
}

/** "is gestart met de behandeling", "begon met haar intake" (not "met de behandeling van de aanvragen"). */
function isCareStarted(tokens: readonly Token[], k: number): boolean {
  if (!START_VERBS.has(tokens[k - 3]?.key ?? '') && !START_VERBS.has(tokens[k - 2]?.key ?? '')) return false;
  const met = START_VERBS.has(tokens[k - 2]?.key ?? '') ? k - 1 : k - 2;
  if (
    tokens[met]?.key !== 'met' ||
    (met === k - 2 && !URGENT_OWNERS.has(tokens[k - 1]!.key) && tokens[k - 1]!.key !== 'de')
  )
    return false;
  return tokens[k + 1]?.key !== 'van';
}

/** "woont nu beschermd", "woont sinds mei beschermd": sheltered housing said with the verb first. */
function isShelteredLiving(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (LIVING.has(tokens[j]!.key)) return true;
    if (tokens[j]!.type !== 'word') return false;
  }
  return false;
}

/** "doet een spoedintake", "plant een spoedintake": the worker who makes it (review 29). */
function isDoneByWorker(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (VISIT_DOERS.has(tokens[j]!.key)) return true;
  return false;
}

function isCareTeamVisit(tokens: readonly Token[], k: number): boolean {
  if (!VISIT_LINKS.has(tokens[k + 1]?.key ?? '') || providerAfter(tokens, k + 1) === -1) return false;
  return !isDoneByWorker(tokens, k);
}

// Held-out 43's class: "heeft weer een gokschuld", "had een flinke gokschuld": a gambling debt had (not "een
// folder over gokschulden", "budget voor gokschulden").
const HAVING = wordSet('heeft had hebben krijgt kreeg');
const DEBT_FILLERS = wordSet('weer een nieuwe flinke grote forse opnieuw alweer');

function isDebtHad(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= k - 3 && DEBT_FILLERS.has(tokens[j]?.key ?? '')) j--;
  return HAVING.has(tokens[j]?.key ?? '');
}
