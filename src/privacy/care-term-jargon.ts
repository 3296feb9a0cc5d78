import { SUBSTANCES } from './care-term-behaviour-words.ts';
import { isSelfHarmAfter } from './care-term-selfharm.ts';
import { HIS_HER_SHORT, MY_TYPED } from './possessives.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Care words of batch 33 (issue 14) that count only with the words around them: GGZ jargon in
 * capitals and codes (an ICD-10 F-code "F20.0", "GAF 45", "een RM", "het BW"), and everyday words that
 * are a care detail only when said of someone ("zijn angst", "haar stemmen", "weer gaan gokken", "gaat
 * steeds meer snijden", "clean van de speed", "door het drinken").
 */

/** "f00" … "f99": the keys of ICD-10 chapter F codes (mental and behavioural disorders). */
export const ICD_KEYS: readonly string[] = Array.from({ length: 100 }, (_, n) => `f${n < 10 ? '0' : ''}${n}`);
/** Jargon that counts only as written: "GAF 45", "een RM", "een IBT", "naar het BW", "de VERS". */
export const JARGON_CAPITALS = wordSet('gaf rm ibt bw vers');
// "haar IBT-training", "begonnen met VERS-training" (batch 44-names): a GGZ training named by its letters.
const JARGON_COMPOUNDS = wordSet('ibt-training ibt-traject ibt-groep vers-training vers-groep vers-traject');
// "is gestart met IBT", "begonnen met VERS-training": a treatment started.
const STARTED = wordSet('gestart begonnen start startte begint bezig klaar gestopt');
/** Everyday words that are a care detail said of someone: "zijn angst", "haar stemmen". */
export const POSSESSED_TERMS = wordSet('angst paniek stemmen depot suiker');
/** Plans and states that are a care detail only said of someone: "haar crisisplan", "weer ontregeld". */
const OWN_PLANS = wordSet('crisisplan signaleringsplan');
/** Batch 60: "voor zijn dwang", "haar dwangen": a compulsion said of someone (not "onder dwang", "de dwang in de zorg"). */
const OWN_COMPULSIONS = wordSet('dwang dwangen');
export const JARGON_WORDS: readonly string[] = [
  ...ICD_KEYS,
  ...JARGON_CAPITALS,
  ...OWN_PLANS,
  ...OWN_COMPULSIONS,
  ...JARGON_COMPOUNDS,
  'gokken',
  'ontregeld',
  'eet',
  'zichzelf',
  'act',
];

const JARGON_CODES = new Set(ICD_KEYS);
const OWN = wordSet("zijn haar z'n zn d'r heur haor his her");
const ARTICLES = wordSet('een de het zijn haar');
// "as-I: F20.0", "diagnose F43.1", "(F33.1)": where a code stands without its decimal.
const CODE_BEFORE = wordSet('as-i diagnose dx ( : classificatie');
// "weer gaan gokken", "ging gokken", "blijft gokken", "stoppen met gokken".
const GAMBLE_BEFORE = wordSet('gaan ging gegaan weer blijft blijven bleef stoppen gestopt met');
// "gokken op de uitslag": betting on something, not gambling.
const NOT_GAMBLE_AFTER = wordSet('op dat of');
// "lijkt weer ontregeld", "raakte helemaal ontregeld" (not "de planning is ontregeld").
const UNSETTLED_BEFORE = wordSet(
  'weer erg helemaal flink psychisch zwaar volledig totaal raakt raakte geraakt lijkt leek',
);
// "haar stemmen tellen mee": votes, not voices.
const NOT_VOICES_AFTER = wordSet('tellen telt telden mee voor tegen uitbrengen geteld');
// "gaat steeds meer snijden", "is weer gaan snijden", "snijdt zichzelf".
const CUT_BEFORE = wordSet('meer weer gaan gaat ging zichzelf');
const NOT_CUT_AFTER = wordSet('in op de het een');
const DRINK_CAUSES = wordSet('door vanwege van');
const OWN_DRINKING = HIS_HER_SHORT;
const OWN_DRINK_CAUSES = wordSet('door vanwege ivm');
const NOT_POSSESSED_AFTER = wordSet('voor over om op');

/** Whether the jargon word at k counts where it stands. */
export function isJargon(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const key = token.key;
  if (JARGON_CODES.has(key)) return token.text[0] === 'F' && isCode(tokens, k);
  if (key === 'gokken')
    return GAMBLE_BEFORE.has(tokens[k - 1]?.key ?? '') && !NOT_GAMBLE_AFTER.has(tokens[k + 1]?.key ?? '');
  if (key === 'ontregeld') return UNSETTLED_BEFORE.has(tokens[k - 1]?.key ?? '');
  if (key === 'eet') return isNotEating(tokens, k);
  if (key === 'zichzelf') return isSelfHarmAfter(tokens, k);
  if (OWN_PLANS.has(key)) return OWN.has(tokens[k - 1]?.key ?? '');
  if (OWN_COMPULSIONS.has(key)) return isPossessed(tokens, k);
  // "IBT-training": its letters in capitals ("ibt-training" may be anything).
  if (JARGON_COMPOUNDS.has(key) && token.text.charAt(1) !== key.charAt(1)) return isSaidOf(tokens, k);
  if (!token.allCaps) return false;
  // "ACT" (acceptance and commitment therapy) only as a session or started: "de ACT" may be a law.
  if (key === 'act') return isSessionOf(tokens, k) || isStartedWith(tokens, k);
  // "GAF 45", "GAF-score 35": a global functioning score.
  if (key === 'gaf') return tokens[k + 1]?.type === 'number';
  return isSaidOf(tokens, k);
}

// Held-out 25: "haar eerste sessie ACT", "therapie IBT": a session of the therapy it names.
const SESSIONS = wordSet('sessie sessies therapie behandeling training');

function isSessionOf(tokens: readonly Token[], k: number): boolean {
  return SESSIONS.has(tokens[k - 1]?.key ?? '');
}

function isStartedWith(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.key === 'met' && STARTED.has(tokens[k - 2]?.key ?? '');
}

/** "met een RM", "een IBT gehad", "naar het BW": an article or possessive before; "gestart met IBT". */
function isSaidOf(tokens: readonly Token[], k: number): boolean {
  return isSessionOf(tokens, k) || ARTICLES.has(tokens[k - 1]?.key ?? '') || isStartedWith(tokens, k);
}

/** "F20.0", "F43.1", and "F33" after "as-I", "diagnose" or a colon. */
function isCode(tokens: readonly Token[], k: number): boolean {
  const dot = tokens[k + 1];
  const digits = tokens[k + 2];
  if (dot?.text === '.' && !dot.spaceBefore && digits?.type === 'number' && !digits.spaceBefore) return true;
  return CODE_BEFORE.has(tokens[k - 1]?.key ?? '');
}

/** "Patrick z'n angst", "haar stemmen", "zijn depot": said of someone (not "haar angst voor ..."). */
export function isPossessed(tokens: readonly Token[], k: number): boolean {
  return OWN.has(tokens[k - 1]?.key ?? '') && !NOT_POSSESSED_AFTER.has(tokens[k + 1]?.key ?? '');
}

/** "'ik ben gestopt met mijn pillen'": a client quoted on their own medication; typed "m'n pillen" too (batch 54). */
export function isMine(tokens: readonly Token[], k: number): boolean {
  return MY.has(tokens[k - 1]?.key ?? '') && tokens[k]!.key === 'pillen';
}
const MY = MY_TYPED;

/** "gaat steeds meer snijden" (not "snijden in de begroting"). */
export function isCuttingSaid(tokens: readonly Token[], k: number): boolean {
  return CUT_BEFORE.has(tokens[k - 1]?.key ?? '') && !NOT_CUT_AFTER.has(tokens[k + 1]?.key ?? '');
}

/** "clean van de speed", "clean van de drank". */
export function isCleanOf(tokens: readonly Token[], k: number): boolean {
  // "dat hij al twee jaar clean is van de coke": the verb between in a clause.
  const v = CLEAN_VERBS.has(tokens[k + 1]?.key ?? '') ? k + 2 : k + 1;
  if (tokens[v]?.key !== 'van') return false;
  const what = tokens[v + 1]?.key === 'de' ? tokens[v + 2] : tokens[v + 1];
  return what !== undefined && (SUBSTANCES.has(what.key) || what.key === 'drank' || what.key === 'alcohol');
}

const CLEAN_VERBS = new Set(['is', 'was', 'bleef', 'blijft']);

/**
 * "slecht door het drinken", "vanwege het drinken": drinking as a cause; batch 54 (det-54) also one's own
 * drinking: "weer ontslagen door zijn drinken" (not "van zijn drinken genieten").
 */
export function isDrinkingCause(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.key !== 'drinken') return false;
  const before = tokens[k - 1]?.key ?? '';
  const cause = tokens[k - 2]?.key ?? '';
  if (before === 'het') return DRINK_CAUSES.has(cause);
  return OWN_DRINKING.has(before) && OWN_DRINK_CAUSES.has(cause);
}

/** "stemmen gehoord": voices heard. */
export function isVoicesHeard(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.key === 'gehoord';
}

/** "haar stemmen minder" (not "haar stemmen tellen mee"); batch 58: a note's "Ruben: stemmen minder". */
export function isOwnVoices(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.text === ':' && VOICES_COURSE.has(tokens[k + 1]?.key ?? '')) return true;
  return isPossessed(tokens, k) && !NOT_VOICES_AFTER.has(tokens[k + 1]?.key ?? '');
}
// After a note's colon, how the voices go: "stemmen minder, slaapt beter", "stemmen weer erger".
const VOICES_COURSE = wordSet('minder erger weg terug afgenomen toegenomen heftiger luider');

/** "tot die alcohol erbij kwam", "toen de drugs erbij kwamen": a substance come into someone's life. */
export function isTakenUp(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.key === 'erbij' && CAME.has(tokens[k + 2]?.key ?? '');
}

const CAME = wordSet('kwam kwamen komt komen');

// "eet bijna niks meer", "eet nauwelijks", "eet al dagen niet meer": not eating (not "eet niet mee").
const EATING_FILLERS = wordSet('bijna haast weer al nog nu amper dagen weken');
const NOTHING = wordSet('niks niets niet');

function isNotEating(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (j <= k + 4 && EATING_FILLERS.has(tokens[j]?.key ?? '')) j++;
  const key = tokens[j]?.key ?? '';
  return key === 'nauwelijks' || (NOTHING.has(key) && tokens[j + 1]?.key === 'meer');
}

// "heeft zijn behandeling afgebroken", "haar behandeling loopt nog": a person's own treatment (not
// "zijn behandeling van de aanvraag"); "heeft geen recht meer op behandeling": a person's entitlement to care.
const TREATMENT_NOT_AFTER = wordSet('van door');
const ENTITLED = wordSet('recht aanspraak');
const ENTITLED_FILLERS = wordSet('meer een de');

/** "herstelgerichte", "nieuwe": a lower-case adjective before its noun. */
function isInflected(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && !token.capitalised && token.key.endsWith('e');
}

/** "zijn behandeling afgebroken", "geen recht meer op behandeling": said of someone. */
export function isOwnTreatment(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.key !== 'behandeling') return false;
  // Batch 48: "haar herstelgerichte behandeling afgerond": one adjective between.
  const own = isInflected(tokens[k - 1]) ? k - 2 : k - 1;
  if (OWN.has(tokens[own]?.key ?? '')) return !TREATMENT_NOT_AFTER.has(tokens[k + 1]?.key ?? '');
  let j = k - 1;
  if (ENTITLED_FILLERS.has(tokens[j]?.key ?? '')) j--;
  if (tokens[j]?.key !== 'op') return false;
  j--;
  if (tokens[j]?.key === 'meer') j--;
  return ENTITLED.has(tokens[j]?.key ?? '');
}
