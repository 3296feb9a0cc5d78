import { RELAPSE_INTO, SUBSTANCES } from './care-term-behaviour-words.ts';
import { POSSESSIVES } from './care-term-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 48 (issue 14): a relapse told with a verb rather than the noun "terugval": "dat hij terugvalt in
 * gebruik", "viel terug in zijn drankgebruik", "valt weer terug in de drank". Only with what one falls back
 * into being a substance or its use (not "de omzet valt terug", "valt terug op het oude rooster").
 */
const RELAPSE_VERBS = wordSet('terugvalt terugviel terugvielen');
// "valt terug", "viel weer terug": the verb written apart.
const FALL_VERBS = wordSet('valt viel vallen vielen');
const FALL_REACH = 4;
const INTO_FILLERS = wordSet('de het');
const USE = 'gebruik';

/** The words that can open such a relapse (triggers of the care lexicon). */
export const RELAPSE_VERB_TRIGGERS = wordSet('terugvalt terugviel terugvielen terug');

/** Whether the trigger at tokens[k] tells a relapse into using. */
export function isRelapseIntoUse(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  if (key === 'terug') {
    // "viel vorige maand terug": a few words of time between.
    let j = k - 1;
    while (j >= k - FALL_REACH && tokens[j]?.type === 'word' && !FALL_VERBS.has(tokens[j]!.key)) j--;
    if (!FALL_VERBS.has(tokens[j]?.key ?? '')) return false;
  } else if (!RELAPSE_VERBS.has(key)) return false;
  if (tokens[k + 1]?.key !== 'in') return false;
  let at = k + 2;
  if (POSSESSIVES.has(tokens[at]?.key ?? '') || INTO_FILLERS.has(tokens[at]?.key ?? '')) at++;
  const into = tokens[at]?.key ?? '';
  if (into === 'oude') return false; // "in zijn oude gedrag" is care-term-intoxicated.ts's
  if (RELAPSE_INTO.has(into) || SUBSTANCES.has(into)) return true;
  if (!into.endsWith(USE)) return false;
  const substance = into.slice(0, -USE.length);
  return RELAPSE_INTO.has(substance) || SUBSTANCES.has(substance);
}
