import { wordSet } from './word-sets.ts';

/*
 * A care compound written with a hyphen (det-52): "crisis-bed", "crisis-opname", "opname-periode",
 * "GGZ-klinische opname". The lexicon reads such a word as it reads the compound written together
 * ("crisisbed"), or as its first part when the rest only says how long it lasted ("opname-periode" as
 * "opname"), so it counts where that word counts and nowhere else: "het crisis-bed in Apeldoorn is
 * bereikbaar" names no one, as "het crisisbed" does not.
 */

// What a stay's or treatment's length is called: the word before it says what lasted.
const COURSE_HEADS = wordSet('periode tijd duur fase');
const FORMER = wordSet('ex oud voormalig');
// Batch 61 (det-61): "MS-aanvallen", "epilepsie-aanval": an attack named by its condition is the condition.
const ATTACKS = wordSet('aanval aanvallen');
// Batch 73 (det-73): "GHB-afbouw", "oxazepam-afbouw", "alcohol-detox": tapering or detox named by its substance is
// the use of it, read as the substance (a service head after it, "GHB-afbouwprogramma", is another word).
const WITHDRAWAL = wordSet('afbouw detox ontwenning');

/** The readings of a hyphenated key to try when the key itself is no care word, in order; none without a hyphen. */
export function hyphenReadings(key: string): readonly string[] {
  const hyphen = key.indexOf('-');
  if (hyphen < 2 || hyphen > key.length - 3) return NONE;
  const joined = key.replaceAll('-', '');
  // "ex-cocaïnegebruiker", "oud-verslaafde" (batch 54): once is still the person's care.
  if (FORMER.has(key.slice(0, hyphen))) return [joined, key.slice(hyphen + 1)];
  const last = key.lastIndexOf('-');
  const tail = key.slice(last + 1);
  if (ATTACKS.has(tail) || WITHDRAWAL.has(tail)) return [joined, key.slice(0, last)];
  return COURSE_HEADS.has(tail) ? [joined, key.slice(0, last)] : [joined];
}

/** "GGZ-klinische": the last part of a hyphenated word, which says what it is ("klinische"); the key itself without one. */
export function lastPart(key: string): string {
  const hyphen = key.lastIndexOf('-');
  return hyphen < 1 ? key : key.slice(hyphen + 1);
}

const NONE: readonly string[] = [];

// Words that are a condition only in capitals and also a common word or a gas's name: no attack of theirs is read.
const NO_ATTACK = wordSet('als gas');

/** "MS-aanvallen": an attack named by a condition the lexicon reads only in capitals ("MS"), so its compound is care. */
export function isCapitalsAttack(key: string, capitals: ReadonlySet<string>): boolean {
  const hyphen = key.lastIndexOf('-');
  const tail = key.slice(hyphen + 1);
  if (hyphen < 2 || !(ATTACKS.has(tail) || WITHDRAWAL.has(tail))) return false;
  const head = key.slice(0, hyphen);
  return capitals.has(head) && !NO_ATTACK.has(head);
}
