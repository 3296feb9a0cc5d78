import { SUBSTANCES } from './care-term-behaviour-words.ts';
import { HE_SHE } from './function-words.ts';
import { HIS_HER_SHORT } from './possessives.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * Using and drinking said in everyday words (batch 44-names): intoxicated ("was op zijn werk onder
 * invloed", "was dronken op het werk", "stomdronken", "ruikt naar drank"), drinking at a time of day or
 * by the bottle ("drinkt 's ochtends al", "elke avond een fles wijn drinkt"), using as an activity
 * ("is weer aan het gebruiken"), a relapse into one's old habits ("is weer in zijn oude gedrag
 * vervallen"), swallowing again ("weer slikt,"). Each trigger is read with a few tokens around it; bounded looks only.
 */

// What one is under the influence of, smells of: drink and drugs ("onder invloed van de markt" is none).
const INTOXICANTS = wordSetOf([...SUBSTANCES, ...wordSet('drank bier wijn middelen sterkedrank')]);
const ARTICLES = wordSet('de het');
// "was dronken", "kwam dronken binnen", "erg dronken": drunk as a state ("we dronken koffie" is a verb).
const DRUNK_BEFORE = wordSet(`is was werd wordt kwam komt kwamen verscheen erg heel flink behoorlijk zwaar
  vanmorgen vanochtend gisteren vandaag`);
const DRUNK_WORDS = wordSet('stomdronken straalbezopen ladderzat bezopen');
const SMELL_VERBS = wordSet('ruikt rook roken ruiken stinkt stonk');
const SMELL_GAP = 3;
// "is weer in zijn oude gedrag vervallen", "teruggevallen in haar oude patroon": a relapse (not "de
// regeling is vervallen", "in de oude regeling vervallen": one's own habits only).
const RELAPSE_VERBS = wordSet('vervallen verviel teruggevallen terugvallen');
const HABITS = wordSet('gedrag patroon patronen gewoontes gewoonten');
const OWN = HIS_HER_SHORT;
// "dat ze weer slikt, drugs bedoel ik", "slikt te veel": swallowing pills or drugs, said alone at the end of
// a clause (not "slikt veel, die werkdruk", "slikt het weer niet").
const SWALLOW_VERBS = wordSet('slikt slikte');
/** The words that can open one of these expressions (triggers of care-term-plain.ts). */
export const INTOXICATION_TRIGGERS = wordSetOf([
  ...DRUNK_WORDS,
  ...SMELL_VERBS,
  ...RELAPSE_VERBS,
  ...SWALLOW_VERBS,
  ...wordSet('invloed dronken'),
]);

/** "onder invloed", "dronken" as a state, "ruikt naar drank": intoxicated. */
export function isIntoxicated(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  if (DRUNK_WORDS.has(key)) return isDrunkWhereItCounts(tokens, k);
  if (RELAPSE_VERBS.has(key)) return isOwnHabitAt(tokens, k - 4) || isOwnHabitAt(tokens, k + 1);
  // "ruikt naar drank", "rook hij vanochtend naar alcohol": two words at most between.
  if (SMELL_VERBS.has(key)) {
    for (let j = k + 1; j <= k + SMELL_GAP && tokens[j]?.type === 'word'; j++)
      if (tokens[j]!.key === 'naar') return isIntoxicantAt(tokens, j + 1);
    return false;
  }
  if (key === 'dronken') {
    // "was weer dronken": the state after "weer" too.
    const before = tokens[k - 1]?.key ?? '';
    if (isDrunkWhenever(tokens, k)) return true;
    return (DRUNK_BEFORE.has(before) || DRUNK_AGAIN.has(before)) && isDrunkWhereItCounts(tokens, k);
  }
  if (SWALLOW_VERBS.has(key)) return isSwallowing(tokens, k);
  // "onder invloed", "onder invloed van drugs" (not "onder invloed van de vergrijzing", "rijdt nooit onder
  // invloed": said not to be, review of batch 44-names).
  if (key !== 'invloed' || tokens[k - 1]?.key !== 'onder' || NEVER.has(tokens[k - 2]?.key ?? ''))
    return false;
  return tokens[k + 1]?.key !== 'van' || isIntoxicantAt(tokens, k + 2);
}

// Drunk where it says a problem: at work or an appointment, arriving so, or again ("was dronken op het
// werk", "stomdronken binnenkwam", "weer dronken"; not "dronken op het feest", "dronken van geluk").
const DRUNK_AT = wordSet(`werk werkplek werkvloer bouwplaats intake afspraak gesprek dienst stage training
  binnenkwam binnenkomt binnengekomen verscheen verschijnt aangetroffen kwam komt`);
const DRUNK_AGAIN = wordSet('weer vaak regelmatig steeds alweer opnieuw geregeld');
const DRUNK_WINDOW = 4;
const NEVER = wordSet('niet nooit geen');

// Batch 72 (det-72): "omdat hij z'n telefoon kwijtraakt als hij dronken is": drunk as a state that comes back
// ("als", "wanneer", "zodra" and one person's pronoun; not "als je dronken bent", "als ze dronken zijn", nor
// "als hij dronken is van geluk").
const WHENEVER = wordSet('als wanneer zodra');
const ONE_PERSON = HE_SHE;
const IS_STATE = wordSet('is was wordt werd');

function isDrunkWhenever(tokens: readonly Token[], k: number): boolean {
  if (!ONE_PERSON.has(tokens[k - 1]?.key ?? '') || !WHENEVER.has(tokens[k - 2]?.key ?? '')) return false;
  if (!IS_STATE.has(tokens[k + 1]?.key ?? '')) return false;
  return tokens[k + 2]?.key !== 'van' || isIntoxicantAt(tokens, k + 3);
}

function isDrunkWhereItCounts(tokens: readonly Token[], k: number): boolean {
  // "weer dronken van geluk", "dronken van de zon" (review of batch 44-names): drunk with something no drink.
  if (tokens[k + 1]?.key === 'van' && !isIntoxicantAt(tokens, k + 2)) return false;
  for (let j = k - 1; j >= 0 && j >= k - DRUNK_WINDOW && tokens[j]!.type === 'word'; j--)
    if (DRUNK_AGAIN.has(tokens[j]!.key)) return true;
  for (let j = k + 1; j < tokens.length && j <= k + DRUNK_WINDOW && tokens[j]!.type === 'word'; j++)
    if (DRUNK_AT.has(tokens[j]!.key)) return true;
  return false;
}

const CLAUSE_ENDS = wordSet('en maar want dus sinds omdat');

function isSwallowing(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.key === 'weer') return isClauseEnd(tokens[k + 1]);
  if (tokens[k + 1]?.key === 'weer') return isClauseEnd(tokens[k + 2]);
  const much = tokens[k + 1]?.key === 'te' && tokens[k + 2]?.key === 'veel' ? k + 3 : -1;
  return much !== -1 && isClauseEnd(tokens[much]);
}

function isClauseEnd(token: Token | undefined): boolean {
  return token === undefined || token.type === 'punct' || CLAUSE_ENDS.has(token.key);
}

/** "in zijn oude gedrag" from tokens[j]. */
function isOwnHabitAt(tokens: readonly Token[], j: number): boolean {
  return (
    tokens[j]?.key === 'in' &&
    OWN.has(tokens[j + 1]?.key ?? '') &&
    tokens[j + 2]?.key === 'oude' &&
    HABITS.has(tokens[j + 3]?.key ?? '')
  );
}

function isIntoxicantAt(tokens: readonly Token[], j: number): boolean {
  const at = ARTICLES.has(tokens[j]?.key ?? '') ? j + 1 : j;
  const key = tokens[at]?.key ?? '';
  return INTOXICANTS.has(key) || SPIRITS.has(key);
}

// "'s ochtends", "'s morgens", "elke avond", "iedere dag": drinking at a time that says a habit.
const DAY_PARTS = wordSet('ochtends morgens middags');
const EVERY = wordSet('elke iedere');
const DAYS = wordSet('avond ochtend dag morgen middag');
// "een fles wijn", "een halve fles wodka", "een kratje bier": drink by the bottle or crate.
const BOTTLES = wordSet('fles flessen kratje krat blikken liter');
const PER_TIMES = wordSet('dag avond week nacht');
const SPIRITS = wordSet('wijn wodka whisky jenever rum bier sterkedrank port drank');
// "drinkt 's ochtends altijd koffie": a drink that is none of these.
const SOFT_DRINKS = wordSet(
  'koffie thee water melk sap cola fris frisdrank limonade chocomel kop kopje mok beker',
);
// det-family: "een kop kamillethee", "muntthee", "spawater".
const SOFT_ENDINGS = ['thee', 'koffie', 'water', 'sap'];
// Batch 46: 7 ("drinkt sinds zijn ontslag weer een fles per dag").
const HABIT_WINDOW = 7;
// "gebruikt elke dag de app": only drinking is a habit by the time of day.
const DRINKING = wordSet('drinkt dronk drinken drink');

/**
 * The drinking verb at k with a time of day or a bottle of drink within five tokens either side, no
 * mark and no soft drink between ("drinkt 's ochtends al", "elke avond een fles wijn drinkt").
 */
export function isHabitualDrinking(tokens: readonly Token[], k: number): boolean {
  if (!DRINKING.has(tokens[k]!.key)) return false;
  const after = habitSide(tokens, k, 1);
  const before = habitSide(tokens, k, -1);
  return after !== SOFT && before !== SOFT && (after === HABIT || before === HABIT);
}

/** HABIT, SOFT or NONE: what the clause says within five tokens on one side (`step` 1 or -1) of k. */
function habitSide(tokens: readonly Token[], k: number, step: number): number {
  let side = NONE;
  for (let j = k + step; j >= 0 && j < tokens.length && Math.abs(j - k) <= HABIT_WINDOW; j += step) {
    const found = habitAt(tokens, j);
    if (found === SOFT) return SOFT;
    if (found === NOT_HERE) break;
    if (found === HABIT) side = HABIT;
  }
  return side;
}

const NONE = 0;
const HABIT = 1;
const SOFT = 2;
const NOT_HERE = 3;

function habitAt(tokens: readonly Token[], j: number): number {
  const token = tokens[j]!;
  const key = token.key;
  if (token.type === 'punct') return NOT_HERE;
  if (SOFT_DRINKS.has(key) || SOFT_ENDINGS.some((end) => key.endsWith(end))) return SOFT;
  if (DAY_PARTS.has(key) && tokens[j - 1]?.key === "'s") return HABIT;
  if (DAYS.has(key) && EVERY.has(tokens[j - 1]?.key ?? '')) return HABIT;
  if (BOTTLES.has(key) && SPIRITS.has(tokens[j + 1]?.key ?? '')) return HABIT;
  // "een fles per dag", "twee flessen per avond": a bottle by the day (batch 46).
  if (BOTTLES.has(key) && tokens[j + 1]?.key === 'per' && PER_TIMES.has(tokens[j + 2]?.key ?? ''))
    return HABIT;
  return NONE;
}

// "is weer aan het gebruiken", "hij is aan het snuiven": using as what one is doing (not "is de app
// aan het gebruiken": a thing before "aan").
const USING_BEFORE = wordSet('is was weer nog flink stiekem dagelijks volop');

/** "aan het gebruiken" after a form of "zijn" or "weer" ("aan het drinken" is a phrase of its own). */
export function isUsingNow(tokens: readonly Token[], k: number): boolean {
  return (
    tokens[k - 1]?.key === 'het' &&
    tokens[k - 2]?.key === 'aan' &&
    USING_BEFORE.has(tokens[k - 3]?.key ?? '') &&
    tokens[k + 1]?.key !== 'van'
  );
}

// det-family: drinking said plainly, where it is at work or all day.
const WORK_PLACES = wordSet('werk werkvloer werkplek dienst stage werkdag');
const PLACE_FILLERS = wordSet("zijn haar z'n d'r het de");
const WHOLE = wordSet('hele halve');

/** "zat de hele dag te drinken", "heeft weer gedronken voor zijn dienst" (not "wat te drinken", "gedronken op het terras"). */
export function isDrinkingAtWork(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  if (key === 'drinken' && tokens[k - 1]?.key === 'te')
    return DAYS.has(tokens[k - 2]?.key ?? '') && WHOLE.has(tokens[k - 3]?.key ?? '');
  if (key !== 'gedronken') return false;
  const at = tokens[k + 1]?.key ?? '';
  if (at !== 'op' && at !== 'voor' && at !== 'tijdens') return false;
  const place = PLACE_FILLERS.has(tokens[k + 2]?.key ?? '') ? k + 3 : k + 2;
  return WORK_PLACES.has(tokens[place]?.key ?? '');
}
