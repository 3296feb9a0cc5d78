import { PROVIDER_FILLERS } from './care-provider-words.ts';
import {
  COMPLAINT_BEFORE,
  DRINK_AMOUNTS,
  DRINK_CLAUSE_ENDS,
  HEAR_VERBS,
  MOOD_BEFORE,
  MOOD_NOT_AFTER,
  NOT_USE_AFTER,
  RELAPSE_INTO,
  SLEEP_NOT_AFTER,
  SLEEP_WINDOW,
  SLEEP_WORDS,
  SUBSTANCES,
  USE_VERBS,
  USE_WINDOW,
  VOICE_FILLERS,
  VOICE_SYMPTOMS,
} from './care-term-behaviour-words.ts';
import { isListedAfterColon } from './care-term-case-heading.ts';
import { isTreaterHad } from './care-term-decided.ts';
import { isInReferredInstitution } from './care-term-institution-named.ts';
import { isDrinkingAtWork, isHabitualDrinking, isUsingNow } from './care-term-intoxicated.ts';
import { isMoodAfterAdverbs, isStruggledWith } from './care-term-mood.ts';
import { isMoodOwned } from './care-term-mood-owned.ts';
import { isCleanAfterName, isCleanInClause } from './care-term-short-notes.ts';
import { isUsedInCluster, isUsingAgainAfterTime } from './care-term-use-order.ts';
import { COMPLAINT_NOT_AFTER, POSSESSIVES, SERVICES_APART, STAY_SUBJECTS } from './care-term-words.ts';
import { MEDICINE_BRANDS } from './care-terms-breadth37.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { isCapitalised, isGlued, type Token, tokenAt } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

// When a care word counts in its sentence because of how it is said: a symptom of someone (sleepless,
// hearing voices, in crisis, a mood), drinking or using a substance, the word's form (in capitals, joined
// by a slash, in brackets), and not inside a proper name or before a service. Each test looks at the
// words around tokens[k]; the word lists are in care-term-words.ts.

export function isServiceAfter(next: Token | undefined): boolean {
  return next !== undefined && next.type === 'word' && !next.capitalised && SERVICES_APART.has(next.key);
}

/** "blind solliciteren", "blind werven": a way of hiring, not sight. */
export function isBlindHiring(next: Token | undefined): boolean {
  const key = next?.key ?? '';
  // det-vocab40: "is blind voor de kosten": a figure of speech.
  return (
    key === 'voor' ||
    key.startsWith('sollicit') ||
    key.startsWith('gesollicit') ||
    key.startsWith('werv') ||
    key.startsWith('geworven')
  );
}

// Moods said of someone after "is", "voelt zich" ("is erg angstig", "was heel verward").
const MOODS = new Set(['somber', 'angstig', 'verward']);

/** "slaapt al drie nachten niet", "sliep slecht", "ik slaap al weken niet" (not "slaapt er niet wakker van", "slaap is niet"). */
export function isSleepless(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.key === 'slaap' && tokens[k - 1]?.key !== 'ik' && tokens[k + 1]?.key !== 'ik') return false;
  let found = false;
  for (let j = k + 1; j < tokens.length && j <= k + SLEEP_WINDOW + 2; j++) {
    const token = tokens[j]!;
    if (token.type === 'punct') break;
    // "daar slaapt hij niet wakker van", "slaapt er niet van": worry, not sleeplessness; "slaapt slecht
    // door de verbouwing", "van de deadline": a cause outside the person.
    if (SLEEP_NOT_AFTER.has(token.key)) return false;
    if (j <= k + SLEEP_WINDOW && SLEEP_WORDS.has(token.key)) found = true;
  }
  return found;
}

// "dat hij weer stemmen hoort": the words that may stand before "stemmen" with the verb after it.
const VOICES_HEARD_AFTER = wordSet('weer nog steeds soms ook vaak altijd hij zij ze');

/** "ik hoor weer die stemmen", "hoorde soms stemmen": a verb of hearing a few fillers before "stemmen". */
export function hearsVoices(tokens: readonly Token[], k: number): boolean {
  // "heeft last van stemmen".
  if (tokens[k - 1]?.key === 'van' && tokens[k - 2]?.key === 'last') return true;
  // "dat hij 'stemmen' hoort" (batch 46): the word in quotes, the verb after the closing one.
  if (isQuoteMark(tokens[k - 1]) && isQuoteMark(tokens[k + 1]) && HEAR_VERBS.has(tokens[k + 2]?.key ?? ''))
    return VOICES_HEARD_AFTER.has(tokens[k - 2]?.key ?? '');
  // "dat hij weer stemmen hoort": the verb after in a clause (not "de stemmen hoort": votes).
  if (HEAR_VERBS.has(tokens[k + 1]?.key ?? '') && VOICES_HEARD_AFTER.has(tokens[k - 1]?.key ?? ''))
    return true;
  // "de stemmen worden 's middags erger", "de stemmen in zijn hoofd".
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    const key = tokens[j]!.key;
    if (VOICE_SYMPTOMS.has(key) || (key === 'hoofd' && j > k + 1 && POSSESSIVES.has(tokens[j - 1]!.key)))
      return true;
    if (tokens[j]!.type === 'punct') break;
  }
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const key = tokens[j]!.key;
    if (HEAR_VERBS.has(key)) return true;
    if (!VOICE_FILLERS.has(key)) return false;
  }
  return false;
}

/**
 * "angst/paniek", "depressie/angst", "Erik (angst) wil": joined by a glued slash, alone in brackets, or
 * after "last van".
 */
export function isJoinedTerm(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  // "is heel somber", "voelt zich somber de laatste tijd" (not "somber over de cijfers").
  if ((MOODS.has(token.key) && isMoodAfterAdverbs(tokens, k)) || isStruggledWith(tokens, k)) return true;
  if (isMoodOwned(tokens, k)) return true;
  if (
    MOODS.has(token.key) &&
    (MOOD_BEFORE.has(before?.key ?? '') ||
      (before?.key === 'zich' && MOOD_BEFORE.has(tokens[k - 2]?.key ?? ''))) &&
    !MOOD_NOT_AFTER.has(after?.key ?? '')
  )
    return true;
  // "heeft last van somberheid": a complaint (not "... over de bezuinigingen": a mood about something).
  // "te veel angst", "vanwege somberheid" the same way.
  if ((before?.key === 'van' && tokens[k - 2]?.key === 'last') || COMPLAINT_BEFORE.has(before?.key ?? ''))
    return !COMPLAINT_NOT_AFTER.has(after?.key ?? '');
  if (after?.text === '/' && isGlued(token, after)) return true;
  if (before?.text === '/' && isGlued(before, token)) return true;
  // "Klachten: angst en paniek", "casus Femke W.: angst": listed after a care field's or a case's colon.
  return (before?.text === '(' && after?.text === ')') || isListedAfterColon(tokens, k);
}

const GOING_AUXILIARIES = wordSet('is zijn was waren');
const SOFTENERS = wordSet('gewoon toch alweer ook');

/** "drinkt weer", "dronk te veel": at the end of the clause ("drinkt weer koffie" is none). */
export function isProblemDrinking(tokens: readonly Token[], k: number): boolean {
  // "drinkt 's ochtends al", "is weer aan het gebruiken" (batch 44-names, care-term-intoxicated.ts).
  if (isHabitualDrinking(tokens, k) || isUsingNow(tokens, k) || isUsingAgainAfterTime(tokens, k)) return true;
  if (isDrinkingAtWork(tokens, k)) return true;
  // "dat hij weer drinkt.": the amount before the verb, at the end of a clause.
  if (DRINK_AMOUNTS.has(tokens[k - 1]?.key ?? '') && isClauseEnd(tokens[k + 1])) return true;
  // "is weer gaan drinken", "dat ze weer is gaan snuiven" (batch 40-names: the auxiliary between).
  if (tokens[k - 1]?.key === 'gaan') {
    const amount = GOING_AUXILIARIES.has(tokens[k - 2]?.key ?? '') ? k - 3 : k - 2;
    if (DRINK_AMOUNTS.has(tokens[amount]?.key ?? '')) return true;
  }
  // "heeft schulden en drinkt, maar ...": drinking without an object, one of a list of problems.
  const key = tokens[k]!.key;
  if ((key === 'drinkt' || key === 'dronk') && tokens[k - 1]?.key === 'en' && isClauseEnd(tokens[k + 1]))
    return true;
  // "had zoveel gebruikt dat de ambulance ...", "drinkt hij weer en ..." (batch 46: the subject after the verb).
  if (tokens[k - 1]?.key === 'zoveel' && tokens[k + 1]?.key === 'dat') return true;
  let j = STAY_SUBJECTS.has(tokens[k + 1]?.key ?? '') ? k + 2 : k + 1;
  // det-plain38: "hij gebruikt gewoon weer", "drinkt toch weer": a softener before the amount.
  if (SOFTENERS.has(tokens[j]?.key ?? '') && DRINK_AMOUNTS.has(tokens[j + 1]?.key ?? '')) j++;
  if (tokens[j]?.key === 'te' && tokens[j + 1]?.key === 'veel') j++;
  else if (!DRINK_AMOUNTS.has(tokens[j]?.key ?? '')) return false;
  if (tokens[j + 1]?.key === 'meer') {
    j++; // "ze drinkt weer meer volgens haar jobcoach" (batch 58)
    if (isSoftDrinkAfter(tokens, j)) return false; // "..., zegt hij, sinds de koffieautomaat gratis is" (review 31)
  }
  return isClauseEnd(tokens[j + 1]) || tokens[j + 1]?.key === 'alcohol';
}

const SOFT_DRINKS = /koffie|thee|water|cola|fris|melk/;
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/** A coffee or other soft drink later in the sentence: the drinking is theirs. */
function isSoftDrinkAfter(tokens: readonly Token[], j: number): boolean {
  for (let i = j + 1; i < tokens.length && i <= j + 16 && !SENTENCE_ENDS.has(tokens[i]!.text); i++)
    if (SOFT_DRINKS.test(tokens[i]!.key)) return true;
  return false;
}

function isClauseEnd(after: Token | undefined): boolean {
  return after === undefined || after.type === 'punct' || DRINK_CLAUSE_ENDS.has(after.key);
}

/**
 * "gebruikt weer cannabis", "Gebruikt Lisa nog speed?", "dagelijks lachgas gebruikt", "zit weer aan de
 * coke", "krijgt een depot": a verb of using within a few words before the substance (no mark between),
 * right after it, or "aan de" before it.
 */
export function isSubstanceUse(tokens: readonly Token[], k: number): boolean {
  if (NOT_USE_AFTER.has(tokens[k + 1]?.key ?? '')) return false;
  // "lachgas gebruikt", "coke gebruik", "een depot gekregen".
  if (USE_VERBS.has(tokens[k + 1]?.key ?? '') || tokens[k + 1]?.key === 'gebruik') return true;
  if (isUsedInCluster(tokens, k)) return true;
  // "casus Arjen Tromp (alcohol)": alone in brackets, the substance a person's problem (as "Erik (angst)").
  if (tokens[k - 1]?.text === '(' && tokens[k + 1]?.text === ')') return true;
  if (tokens[k - 2]?.key === 'aan' && PROVIDER_FILLERS.has(tokens[k - 1]?.key ?? '')) return true;
  for (let j = k - 1; j >= 0 && j >= k - USE_WINDOW; j--) {
    const token = tokens[j]!;
    if (USE_VERBS.has(token.key)) return true;
    if (token.type === 'punct' && !isGluedHyphen(tokens, j)) return false;
  }
  return false;
}

/** det-vocab39: the hyphen inside a designer drug's name ("gebruikt 3-mmc", "snuift 4-FMP") ends no clause. */
function isGluedHyphen(tokens: readonly Token[], j: number): boolean {
  return tokens[j]!.text === '-' && isGlued(tokens[j - 1], tokens[j]) && isGlued(tokens[j], tokens[j + 1]);
}

const BRANDS = wordSetOf(MEDICINE_BRANDS);

/** "Psychose Netwerk", "Autisme Centrum": a care word inside a name; not after a genitive ("Demi's ADHD-pillen"). */
export function isPartOfProperName(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (!isCapitalised(token) || token.text === token.text.toUpperCase()) return false;
  if (isInReferredInstitution(tokens, k)) return false;
  const after = tokens[k + 1];
  const before = tokenAt(tokens, k - 1);
  // det-vocab37: a medicine's brand after a capital ("De Wellbutrin helpt Ahmed", "Omdat Fleur Lyrica slikt")
  // names no firm; "Risperdal Consta" is a phrase.
  if (BRANDS.has(token.key)) return after !== undefined && isCapitalised(after) && !after.lineBefore;
  return (
    (after !== undefined && isCapitalised(after) && !after.lineBefore) ||
    (before !== undefined && isCapitalised(before) && !POSSESSIVES.has(before.key) && !isGenitive(before.key))
  );
}

/** "een terugval in coke gebruik", "terugval in alcohol": a relapse into using (not "in aanmeldingen"). */
export function isRelapse(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.key !== 'in') return true;
  // "een terugval in zijn drankgebruik" (batch 40-names): a possessive between, a compound of "gebruik".
  const before = tokens[k + 2]?.key ?? '';
  const at = POSSESSIVES.has(before) || before === 'het' ? k + 3 : k + 2;
  const into = tokens[at]?.key ?? '';
  // Batch 52: "terugval in het gebruik": use alone is a substance's (not "in het gebruik van de app").
  if (into === USE) return tokens[at + 1]?.key !== 'van' || USE_TIMES.has(tokens[at + 2]?.key ?? '');
  return RELAPSE_INTO.has(into) || SUBSTANCES.has(into) || isUseCompound(into);
}

/** "drankgebruik", "cannabisgebruik": a substance's use. */
function isUseCompound(key: string): boolean {
  if (!key.endsWith(USE)) return false;
  const substance = key.slice(0, -USE.length);
  return RELAPSE_INTO.has(substance) || SUBSTANCES.has(substance);
}

const USE = 'gebruik';
// "terugval in het gebruik van vorige maand": when, not what was used.
const USE_TIMES = wordSet('vorige afgelopen deze dit die begin eind half');

/**
 * "zijn psychiater", "d'r behandelaar", "Jessica's psychiater", "Ans' behandelaar": a possessive or a
 * first name's genitive just before a care professional.
 */
export function isOwnProfessional(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before === undefined) return false;
  if (POSSESSIVES.has(before.key) || isTreaterHad(tokens, k)) return true;
  // "Ans' behandelaar": the apostrophe glued to a capitalised name.
  if (before.text === "'" || before.text === '’') {
    const name = tokens[k - 2];
    return name !== undefined && isCapitalised(name) && isGlued(name, before);
  }
  return isCapitalised(before) && isGenitive(before.key);
}

/** "Ahmed's", "Ahmeds" (a first name with a glued genitive). */
export function isGenitive(key: string): boolean {
  return key.endsWith("'s") || (key.endsWith('s') && isKnownFirstName(key.slice(0, -1)));
}

const SOBER_BEFORE = new Set(['is', 'was', 'al', 'weer', 'nog', 'blijft', 'bleef', 'sinds', 'staat']);

/** "Ahmed is sinds januari clean", "is al een jaar clean.": sober, ending the clause (not "clean desk"). */
export function isSober(tokens: readonly Token[], k: number): boolean {
  if (isCleanAfterName(tokens, k) || isCleanInClause(tokens, k)) return true;
  const after = tokens[k + 1];
  if (after !== undefined && after.type !== 'punct' && !DRINK_CLAUSE_ENDS.has(after.key)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (SOBER_BEFORE.has(tokens[j]!.key)) return true;
    if (tokens[j]!.type === 'punct') return false;
  }
  return false;
}

const isQuoteMark = (token: Token | undefined) =>
  token !== undefined &&
  (token.text === "'" || token.text === '"' || token.text === '‘' || token.text === '’');
