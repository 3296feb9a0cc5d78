import { isOfficeWord } from './organisation-words.ts';
import type { Token } from './tokens.ts';

/**
 * Held-out 26's flagged clean lines: an organisation's number said by words the general cues lacked.
 *  - A service line named as one, a compound ending in "lijn": "bel de wsp-lijn 026 ...", "de
 *    werkgeverslijn", "infolijn", "hulplijn" (not "lijn" alone: "aan de lijn").
 *  - An office or team word in the plural: "de wijkteams in Tiel zijn bereikbaar op 0344-...",
 *    "vestigingen", "kantoren" (the singular already counts).
 */
const LINE_ENDING = 'lijn';
const MIN_LINE_PREFIX = 2;
const PLURAL_ENDINGS = ['s', 'en'];

/** Whether `key` names an organisation's service line or several of its offices or teams. */
export function isGeneralLineWord(key: string): boolean {
  if (key.endsWith(LINE_ENDING) && key.length >= LINE_ENDING.length + MIN_LINE_PREFIX) return true;
  return PLURAL_ENDINGS.some(
    (ending) =>
      key.endsWith(ending) && key.length > ending.length + 3 && isOfficeWord(key.slice(0, -ending.length)),
  );
}

// "de wijkteams zijn bereikbaar op ...": "zijn" the plural verb, no possessive of a person.
const REACHABLE = new Set(['bereikbaar', 'telefonisch']);
const REACHABLE_ADVERBS = new Set(['voortaan', 'nu', 'ook', 'weer', 'vanaf', 'alleen', 'dagelijks']);

/** Whether the "zijn" at j is the verb of offices or teams ("de wijkteams zijn", "zijn bereikbaar"). */
export function isPluralVerb(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.key !== 'zijn') return false;
  // det-52: "ze zijn voortaan bereikbaar": an adverb of time between.
  const next = REACHABLE_ADVERBS.has(tokens[j + 1]?.key ?? '') ? j + 2 : j + 1;
  return REACHABLE.has(tokens[next]?.key ?? '') || isGeneralLineWord(tokens[j - 1]?.key ?? '');
}

// "zij alleen", "ze samen": words ending in -en that are no verb in the plural.
const NOT_PLURAL_VERBS = new Set([
  'alleen',
  'even',
  'toen',
  'samen',
  'tegen',
  'binnen',
  'buiten',
  'boven',
  'beneden',
  'eigen',
  'wonen',
]);
const MIN_PLURAL_VERB = 5;

/**
 * Stop 34: "ze willen dinsdag kennismaken" (batch 65: "zij willen"); stop 37 (batch 74): "Bewindvoering Rijnmond
 * is bereikbaar via 010-..., zij regelen de betalingen": "ze" or "zij" before a verb in the plural is an
 * organisation's people, no one person. `alsoNot` names further words that keep it someone's ("ze wonen").
 */
export function isPluralZe(tokens: readonly Token[], j: number, alsoNot?: ReadonlySet<string>): boolean {
  const key = tokens[j]?.key;
  if (key !== 'ze' && key !== 'zij') return false;
  const next = tokens[j + 1]?.key ?? '';
  return (
    next.length >= MIN_PLURAL_VERB &&
    next.endsWith('en') &&
    !NOT_PLURAL_VERBS.has(next) &&
    !alsoNot?.has(next)
  );
}
