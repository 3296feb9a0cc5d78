import { PROVIDER_FILLERS, VISIT_VERBS } from './care-provider-words.ts';
import { hasCareStem } from './care-stems.ts';
import { CARE_AT_HOME, MEETINGS, NOT_TREATMENTS, RECEIVE_VERBS } from './care-term-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

// Care settings a person goes to or gets at home (care-setting-context.ts has the stays, treatments and
// waiting lists): a visit to a provider, talks there that are work rather than care, care at home.

/**
 * "moet elke dinsdag naar de verslavingszorg", "naar de psychiater moet": a verb of going a few words
 * before "naar" (no mark between) or just after the provider; not "om"/"voor" a purpose after it.
 */
export function isVisit(tokens: readonly Token[], naar: number, k: number): boolean {
  if (hasPurposeAfter(tokens, k)) return false;
  if (VISIT_VERBS.has(tokens[k + 1]?.key ?? '')) return true;
  for (let v = naar - 1; v >= 0 && v >= naar - 5; v--) {
    const token = tokens[v]!;
    if (VISIT_VERBS.has(token.key)) return true;
    if (token.type === 'punct' || NOT_TREATMENTS.has(token.key) || MEETINGS.has(token.key)) return false;
  }
  return false;
}

// "naar de psychiater van het FACT-team om de samenwerking te bespreken", "gesprekken bij de GGZ over een
// nieuwe samenwerking": a purpose or topic after the provider makes it work, not care.
const PURPOSE_WORDS = wordSet('om over voor namens samenwerking');
const PURPOSE_WINDOW = 6;

export function hasPurposeAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + PURPOSE_WINDOW; j++) {
    const token = tokens[j]!;
    if (token.type === 'punct' && token.text !== '-') return false;
    // "een traject bij de verslavingszorg voor gokken", "voor zijn depressie": the treatment's reason.
    if (token.key === 'voor' && isTreatedFor(tokens, j + 1)) return false;
    if (PURPOSE_WORDS.has(token.key) || NOT_TREATMENTS.has(token.key) || MEETINGS.has(token.key)) return true;
  }
  return false;
}

// Habits one is treated for, in everyday words (batch 43-names).
const HABITS = wordSet('gokken drinken blowen gamen drank alcohol drugs');
const REASON_FILLERS = wordSet("zijn haar z'n d'r het de");

/** "gokken", "zijn depressie": a care reason at tokens[j], after a possessive or article. */
function isTreatedFor(tokens: readonly Token[], j: number): boolean {
  const at = REASON_FILLERS.has(tokens[j]?.key ?? '') ? j + 1 : j;
  const key = tokens[at]?.key ?? '';
  return HABITS.has(key) || hasCareStem(key);
}

/** "heeft de IHT elke dag over de vloer", "krijgt IHT": care at home received. */
export function isCareAtHome(tokens: readonly Token[], k: number): boolean {
  if (!CARE_AT_HOME.has(tokens[k]!.key)) return false;
  const before = tokens[k - 1]?.key ?? '';
  // "IHT komt dagelijks".
  if (RECEIVE_VERBS.has(before) || tokens[k + 1]?.key === 'komt') return true;
  return PROVIDER_FILLERS.has(before) && RECEIVE_VERBS.has(tokens[k - 2]?.key ?? '');
}
