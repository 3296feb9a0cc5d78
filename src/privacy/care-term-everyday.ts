import { isCarePlaceWord } from './care-place-words.ts';
import { isProvider, PROVIDER_FILLERS } from './care-provider-words.ts';
import { DRINK_AMOUNTS } from './care-term-behaviour-words.ts';
import { CHAT_WAY_KEYS, CHAT_WAY_TRIGGERS, isChatWayCare } from './care-term-chat-ways.ts';
import { FUNCTIONING_TRIGGERS, isFunctioningSaid } from './care-term-functioning.ts';
import { isMoodDayHad, MOOD_DAY_TRIGGERS } from './care-term-mood-owned.ts';
import { isOrganTrouble, ORGAN_TRIGGERS } from './care-term-organ.ts';
import { isRecoveryCare, RECOVERY_KEYS, RECOVERY_TRIGGERS } from './care-term-recovery.ts';
import { CLAUSE_JOINS, HE_SHE } from './function-words.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * Batch 49: care said in everyday words, the ways the lexicon's rules did not read yet. Each is a look at a
 * few tokens around the word.
 *  - A symptom had: "heeft weer stemmen", "heeft angst en werkt vanuit huis", "heeft veel pijn en
 *    somberheid" (not "heeft angst voor spinnen", "heeft stemmen nodig", "stemmen gekregen").
 *  - A mood at the end of its clause with a time between the verb and it: "is sinds het ongeluk angstig,"
 *    (not "is somber over de cijfers").
 *  - Drinking or using with two words of how often, or a source or a time after it: "drinkt weer dagelijks
 *    volgens haar zus", "gebruikt weer na zijn ontslag"; drinking as the subject's whole verb: "Zakaria
 *    drinkt, zegt hij, om te vergeten" (not "Zakaria drinkt koffie", "Karin drinkt, eet en kletst mee").
 *  - Sleeping badly since something: "slaapt slecht sinds hij van de kliniek af is" (the lexicon's rule
 *    takes a "van" after the sleep word for a cause outside the person: "slaapt slecht van de deadline").
 *  - A crisis as a verb, as care workers say it: "is gisteravond gecrisist".
 *  - Side effects as an item of a note or had: "casus Mieke: nieuw depot, bijwerkingen", "heeft
 *    bijwerkingen" (not "de bijwerkingen van de nieuwe regeling").
 *  - A discharge from a provider named: "na zijn ontslag uit de Jellinek", "is ontslagen uit Dennenoord" (not
 *    "ontslag bij de Jumbo", "ontslagen bij Parnassia": fired).
 */
const HAVING = wordSet('heeft had hebben krijgt kreeg houdt hield');
const SYMPTOMS = wordSet('angst paniek stemmen somberheid');
// Between the verb and the symptom: adverbs, and other complaints joined to it ("veel pijn en").
const SYMPTOM_FILLERS = wordSet(`weer nog steeds vaak soms ook erg veel heel enorm echt altijd nu al
  pijn klachten en , last`);
const SYMPTOM_WINDOW = 5;
// "angst voor spinnen", "stemmen nodig", "stemmen gekregen": no symptom.
const NOT_SYMPTOM_AFTER = wordSet(`voor om dat te gewonnen geteld nodig verloren gekregen gehaald opgehaald
  verzameld uitgebracht van over`);
const MOODS = wordSet('angstig somber verward depressief');
const BEING = wordSet('is was wordt werd raakte blijft');
const MOOD_WINDOW = 6;
// "sinds het ongeluk", "na de scheiding", "de laatste tijd": a time between the verb and the mood.
const TIME_WORDS = wordSet(`sinds na de het een laatste tijd zijn haar z'n ongeluk scheiding overlijden
  ontslag dood weken maanden vandaag gisteren ook erg heel nogal weer steeds`);
const CLAUSE_ENDS = CLAUSE_JOINS;
const DRINKING = wordSet('drinkt dronk gebruikt gebruikte');
// "volgens haar zus", "na zijn ontslag", "sinds de zomer": a source or a time after the drinking.
const AFTER_DRINKING = wordSet('volgens na sinds sindsdien tijdens sinds');
const BARE_DRINKING = wordSet('drinkt dronk');
const SUBJECT_PRONOUNS = HE_SHE;
const REPORTING = wordSet('zegt zei volgens geeft gaf');
const SLEEPING = wordSet('slaapt sliep');
const SLEEP_BADLY = wordSet('slecht niet nauwelijks amper weinig slechter');
const CRISIS_VERBS = wordSet('gecrisist crisist crisiste crisisten');
const SIDE_EFFECTS = wordSet('bijwerkingen');
const ITEM_BEFORE = wordSet(', : en veel last heeft had met');
const DISCHARGE = wordSet('ontslag ontslagen');

/** The words that can open one of these expressions (the lexicon's triggers). */
export const EVERYDAY_TRIGGERS = wordSetOf([
  ...wordSet('gecrisist crisist crisiste crisisten bijwerkingen ontslag ontslagen'),
  ...RECOVERY_TRIGGERS,
  ...MOOD_DAY_TRIGGERS,
  ...CHAT_WAY_TRIGGERS,
  ...ORGAN_TRIGGERS,
  ...FUNCTIONING_TRIGGERS,
]);

/**
 * Every word isEverydayCare can answer yes for: the lexicon asks it only of these (a word's kind keeps the
 * answer), as any other word is answered no without a look around.
 */
export const EVERYDAY_KEYS = wordSetOf([
  ...RECOVERY_KEYS,
  ...MOOD_DAY_TRIGGERS,
  ...CHAT_WAY_KEYS,
  ...SYMPTOMS,
  ...MOODS,
  ...DRINKING,
  ...SLEEPING,
  ...CRISIS_VERBS,
  ...SIDE_EFFECTS,
  ...ORGAN_TRIGGERS,
  ...FUNCTIONING_TRIGGERS,
  ...DISCHARGE,
]);

/** Whether the word at k is care said in one of the everyday ways above (only words of EVERYDAY_KEYS). */
export function isEverydayCare(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  if (isRecoveryCare(tokens, k) || isMoodDayHad(tokens, k)) return true;
  if (isChatWayCare(tokens, k)) return true; // held-out 23's ways (care-term-chat-ways.ts)
  if (ORGAN_TRIGGERS.has(key) && isOrganTrouble(tokens, k)) return true; // batch 61 (care-term-organ.ts)
  if (FUNCTIONING_TRIGGERS.has(key) && isFunctioningSaid(tokens, k)) return true; // det-plain37
  if (SYMPTOMS.has(key) && isSymptomHad(tokens, k)) return true;
  if (MOODS.has(key)) return isMoodAfterTime(tokens, k);
  if (DRINKING.has(key)) return isDrinkingTold(tokens, k);
  if (SLEEPING.has(key)) return isSleeplessSince(tokens, k);
  if (CRISIS_VERBS.has(key)) return true;
  if (SIDE_EFFECTS.has(key)) return isSideEffectsItem(tokens, k);
  return DISCHARGE.has(key) && isDischargeFromProvider(tokens, k);
}

function isSymptomHad(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 1];
  if (after !== undefined && NOT_SYMPTOM_AFTER.has(after.key)) return false;
  // "heeft veel hoofdpijn en somberheid": after "en" any complaint may stand first.
  const listed = tokens[k - 1]?.key === 'en' || tokens[k - 1]?.text === ',';
  for (let j = k - 1; j >= 0 && j >= k - SYMPTOM_WINDOW; j--) {
    const key = tokens[j]!.key;
    if (HAVING.has(key)) return true;
    if (!SYMPTOM_FILLERS.has(key) && !(listed && tokens[j]!.type === 'word')) return false;
  }
  return false;
}

function isMoodAfterTime(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 1];
  if (after !== undefined && after.type !== 'punct' && !CLAUSE_ENDS.has(after.key)) return false;
  for (let j = k - 1; j >= 0 && j >= k - MOOD_WINDOW; j--) {
    const key = tokens[j]!.key;
    if (BEING.has(key)) return j < k - 1;
    if (!TIME_WORDS.has(key)) return false;
  }
  return false;
}

function isDrinkingTold(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (j <= k + 2 && DRINK_AMOUNTS.has(tokens[j]?.key ?? '')) j++;
  const after = tokens[j];
  if (j > k + 1 && after !== undefined && AFTER_DRINKING.has(after.key)) return true;
  if (!BARE_DRINKING.has(tokens[k]!.key) || j > k + 1) return false;
  // "Zakaria drinkt, ...", "dat hij drinkt.": the verb alone after its subject, ending the clause.
  const before = tokens[k - 1];
  const subject = before !== undefined && (before.capitalised || SUBJECT_PRONOUNS.has(before.key));
  if (!subject) return false;
  // "drinkt.", "drinkt, zegt hij, ...", "drinkt om te vergeten" (not "drinkt, eet en kletst mee").
  if (after === undefined || after.text === '.') return true;
  if (after.key === 'om') return tokens[j + 1]?.key === 'te';
  return after.text === ',' && REPORTING.has(tokens[j + 1]?.key ?? '');
}

function isSleeplessSince(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  if (tokens[j]?.key === 'al' || tokens[j]?.key === 'erg' || tokens[j]?.key === 'heel') j++;
  return SLEEP_BADLY.has(tokens[j]?.key ?? '') && tokens[j + 1]?.key === 'sinds';
}

function isSideEffectsItem(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 1];
  const itemEnd = after === undefined || after.text === ',' || after.text === '.' || after.key === 'en';
  return itemEnd && ITEM_BEFORE.has(tokens[k - 1]?.key ?? '');
}

function isDischargeFromProvider(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.key !== 'uit') return false;
  const at = PROVIDER_FILLERS.has(tokens[k + 2]?.key ?? '') ? k + 3 : k + 2;
  const key = tokens[at]?.key ?? '';
  return isProvider(key) || isCarePlaceWord(key);
}

const LENGTH_COUNTS = wordSet('een paar enkele twee drie vier vijf zes zeven acht negen tien');
const LENGTH_UNITS = wordSet('dag dagen week weken wk wkn maand maanden mnd');

/** "voor 6 weken", "voor een paar maanden" at k: how long a stay lasts, no purpose ("voor een overleg"). */
export function isStayLength(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.key !== 'voor') return false;
  let j = k + 1;
  while (j <= k + 3 && (tokens[j]?.type === 'number' || LENGTH_COUNTS.has(tokens[j]?.key ?? ''))) j++;
  return j > k + 1 && LENGTH_UNITS.has(tokens[j]?.key ?? '');
}

/** "is terug van de opname", "is van de kliniek af" (batch 49): "van" at j before the care place at k. */
export function isBackFrom(tokens: readonly Token[], j: number, k: number): boolean {
  return tokens[j]!.key === 'van' && (tokens[j - 1]?.key === 'terug' || tokens[k + 1]?.key === 'af');
}
