import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * Held-out 26: recovery from addiction and use said the way a job coach tells it.
 *  - Sober for a time: "is 3 weken nuchter", "6 mnd nuchter", "1 jaar nuchter in januari", "is nog steeds
 *    nuchter" (not hours of fasting before a blood test: "8 uur nuchter", nor "een nuchtere kijk", "heel
 *    nuchter" of a character).
 *  - Used, with no object: "heeft gebruikt tijdens een feest", "heeft weer gebruikt." (not "heeft de
 *    laptop gebruikt", "heeft het rooster gebruikt tijdens ...").
 *  - Fallen back into a substance: "is teruggevallen in de drugs", "in de drank" (not "teruggevallen in
 *    de cijfers").
 */
export const RECOVERY_TRIGGERS = wordSet('nuchter');

const SOBER_UNITS = wordSet(`dag dagen week weken wk wkn maand maanden mnd mnden mndn jaar jaren jr jaartje
  halfjaar`);
const COUNTS = wordSet(`een 1 2 3 4 5 6 7 8 9 10 11 12 twee drie vier vijf zes zeven acht negen tien elf
  twaalf paar half anderhalf ruim bijna al`);
const STILL = wordSet('steeds altijd');
const USED = wordSet('gebruikt');
const HAVING = wordSet('heeft had hebben');
const USE_FILLERS = wordSet('weer opnieuw toch ook nog even stiekem');
// After the bare participle: the end of the clause, or when and where it happened.
// Review 31: a time right after it too ("heeft weer gebruikt afgelopen weekend").
const USE_AFTER = wordSet(
  'tijdens na op bij in en maar want sinds afgelopen vorige gisteren eergisteren vannacht',
);
const SUBSTANCES = wordSet(`drugs drank alcohol coke cocaine speed wiet blowen gokken heroine xtc
  pillen gebruik drinken`);
const ARTICLES = wordSet('de het');
// "al jaren nuchter in haar oordeel", "nuchter over de kansen": level-headed about something (review 29).
const JUDGED_ABOUT = wordSet('over tegenover onder');
const JUDGEMENT_OWNERS = wordSet("zijn haar z'n d'r hun");

/** Every word isRecoveryCare can answer yes for. */
export const RECOVERY_KEYS = wordSetOf([...RECOVERY_TRIGGERS, ...USED]);

/** Whether the word at k is recovery or use told in one of the ways above. */
export function isRecoveryCare(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  if (RECOVERY_TRIGGERS.has(key)) return isSoberFor(tokens, k);
  if (USED.has(key)) return isUsedBare(tokens, k);
  return false;
}

function isSoberFor(tokens: readonly Token[], k: number): boolean {
  if (isJudgementAfter(tokens, k)) return false;
  const before = tokens[k - 1]?.key ?? '';
  if (SOBER_UNITS.has(before)) return COUNTS.has(tokens[k - 2]?.key ?? '') || before === 'jaren';
  return STILL.has(before) && tokens[k - 2]?.key === 'nog';
}

function isUsedBare(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j > k - 3 && USE_FILLERS.has(tokens[j]?.key ?? '')) j--;
  if (!HAVING.has(tokens[j]?.key ?? '')) return false;
  const after = tokens[k + 1];
  return after === undefined || after.type === 'punct' || USE_AFTER.has(after.key);
}

/** "teruggevallen in de drugs": the relapse word at k falls back into a substance, no figure. */
export function isRelapseIntoSubstance(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.key !== 'in') return false;
  const at = ARTICLES.has(tokens[k + 2]?.key ?? '') ? k + 3 : k + 2;
  return SUBSTANCES.has(tokens[at]?.key ?? '');
}

/** "nuchter over de kansen", "nuchter in zijn oordeel": the sober word at k judges something. */
function isJudgementAfter(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 1]?.key ?? '';
  return JUDGED_ABOUT.has(after) || (after === 'in' && JUDGEMENT_OWNERS.has(tokens[k + 2]?.key ?? ''));
}
