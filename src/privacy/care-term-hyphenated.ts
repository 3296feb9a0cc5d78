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

/** The readings of a hyphenated key to try when the key itself is no care word, in order; none without a hyphen. */
export function hyphenReadings(key: string): readonly string[] {
  const hyphen = key.indexOf('-');
  if (hyphen < 2 || hyphen > key.length - 3) return NONE;
  const joined = key.replaceAll('-', '');
  // "ex-cocaïnegebruiker", "oud-verslaafde" (batch 54): once is still the person's care.
  if (FORMER.has(key.slice(0, hyphen))) return [joined, key.slice(hyphen + 1)];
  const last = key.lastIndexOf('-');
  return COURSE_HEADS.has(key.slice(last + 1)) ? [joined, key.slice(0, last)] : [joined];
}

/** "GGZ-klinische": the last part of a hyphenated word, which says what it is ("klinische"); the key itself without one. */
export function lastPart(key: string): string {
  const hyphen = key.lastIndexOf('-');
  return hyphen < 1 ? key : key.slice(hyphen + 1);
}

const NONE: readonly string[] = [];
