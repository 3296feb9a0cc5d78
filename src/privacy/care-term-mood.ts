import { MOOD_NOT_AFTER } from './care-term-words.ts';
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
