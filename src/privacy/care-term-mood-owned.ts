import { isAffectedPronoun } from './care-term-affected.ts';
import { isGenitive } from './care-term-context.ts';
import { COMPLAINT_NOT_AFTER } from './care-term-words.ts';
import { HIS_HER_SHORT } from './possessives.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Held-out 26: a mood told as one person's own, the ways a werkgroep chat says it.
 *  - Owned: "zit thuis met zijn rug en zijn somberheid", "zit thuis met paniek", "haar angst", "Hester's angst" (not "zijn angst voor de
 *    reorganisatie": about something).
 *  - Its course told with the article: "de angst werd haar te veel", "zegt dat de angst bijna weg is",
 *    "de somberheid is minder", "de somberheid maakte hem moe" (not "de angst voor ... is weg").
 *  - Helped against: "het werk helpt hem tegen de somberheid".
 *  - Been: "is sinds juli niet meer somber geweest", "was angstig geweest".
 *  - A day or time of it had: "als hij een angstige dag heeft", "had een sombere week" (not "een
 *    sombere dag" of the weather: a verb of having must be there).
 */
const MOOD_NOUNS = wordSet('angst paniek somberheid');
const MOOD_ADJECTIVES = wordSet('somber angstig');
const COURSE_WORDS = wordSet(`weg minder erger veel groot groter terug over verdwenen afgenomen toegenomen
  gezakt weggezakt`);
const COURSE_REACH = 5;
const OPENS = new Set(['.', '!', ';']);
const HELPING = wordSet('helpt hielp helpen geholpen werkt');
const HELP_REACH = 3;
const BEEN = wordSet('geweest gevoeld');
export const MOOD_DAY_TRIGGERS = wordSet('angstige sombere');
const TIMES = wordSet('dag dagen periode week weken nacht nachten bui buien tijd ochtend');
const HAVING = wordSet('heeft had hebben heb krijgt kreeg');
const HAVING_REACH = 4;

/** Whether the mood word at k is told as someone's own in one of the ways above. */
export function isMoodOwned(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  if (MOOD_ADJECTIVES.has(key)) return BEEN.has(tokens[k + 1]?.key ?? '');
  if (!MOOD_NOUNS.has(key) || COMPLAINT_NOT_AFTER.has(tokens[k + 1]?.key ?? '')) return false;
  const before = tokens[k - 1]?.key ?? '';
  // det-nh (batch 63): a name's genitive owns it as a possessive does ("Hester's angst is echt heftig").
  if (HIS_HER_SHORT.has(before) || (before.length > 3 && isGenitive(before))) return true;
  // det-nh64 (batch 64): kept at home by it, "zit al twee weken thuis met paniek".
  if (before === 'met' && tokens[k - 2]?.key === 'thuis') return true;
  // det-nh: also opening a sentence without the article, "Angst is iets minder." (its course after it).
  if (before !== 'de' && !OPENS.has(tokens[k - 1]?.text ?? '.')) return false;
  if (tokens[k - 2]?.key === 'tegen') return isHelpedAgainst(tokens, k - 2);
  // "de somberheid maakte hem te moe": a person affected by it (care-term-affected.ts).
  if (isAffectedPronoun(tokens, k + 2)) return true;
  for (let j = k + 1; j < tokens.length && j <= k + COURSE_REACH; j++) {
    if (tokens[j]!.type === 'punct') return false;
    if (COURSE_WORDS.has(tokens[j]!.key)) return true;
  }
  return false;
}

function isHelpedAgainst(tokens: readonly Token[], against: number): boolean {
  for (let j = against - 1; j >= 0 && j >= against - HELP_REACH; j--) {
    if (HELPING.has(tokens[j]!.key)) return true;
    if (tokens[j]!.type === 'punct') return false;
  }
  return false;
}

/** "een angstige dag heeft": an inflected mood before a time, a verb of having around it. */
export function isMoodDayHad(tokens: readonly Token[], k: number): boolean {
  if (!MOOD_DAY_TRIGGERS.has(tokens[k]!.key) || !TIMES.has(tokens[k + 1]?.key ?? '')) return false;
  for (let j = k - HAVING_REACH; j <= k + 1 + HAVING_REACH; j++) {
    if (j !== k && j !== k + 1 && HAVING.has(tokens[j]?.key ?? '')) return true;
  }
  return false;
}
