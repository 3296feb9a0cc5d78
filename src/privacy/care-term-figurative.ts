import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 48 (issue 14): care words in everyday sayings about a thing, as "ik word er gek van" is:
 *  - a reaction to something, "er" before the term and "van" after it, with a verb of becoming or getting
 *    in the present: "Pieter wordt er depressief van, al dat papierwerk", "Kees wordt er helemaal
 *    psychotisch van", "Jeroen krijgt er een burn-out van" (not "heeft er een burn-out van gekregen", told
 *    as having happened); since review 30 also a pain one has from a thing said in the clause after "van":
 *    "Sanne heeft er buikpijn van dat het budget krimpt" (not "heeft er buikpijn van, van de pillen");
 *  - a diagnosis used as an adjective of someone's habits, before "over", "wat betreft", "als het om" or
 *    "met" and an article or demonstrative: "Annet is echt ocd met de agenda", "Bram is paranoïde over de
 *    privacyregels", "een beetje autistisch als het om spreadsheets gaat" (a possessive after "met" may be a
 *    treatment: "manisch met zijn medicatie" stays; moods are read by care-terms.ts, "somber over" already);
 *  - det-fp40: "verslaafd aan" an office thing ("verslaafd aan Excel", "aan zijn nieuwe koffiemachine"; not
 *    "aan gokken", "aan de pijnstillers"); a state "van" a joy is in care-term-work-sense.ts.
 */
const REACTION_VERBS = wordSet('word wordt worden krijg krijgt krijgen');
const HAVING = wordSet('heb heeft hebben');
const THING_CLAUSE = wordSet('dat als hoe wanneer wat');
const REACTION_FILLERS = wordSet('helemaal een beetje echt nog zo bijna haast totaal compleet');
const REACTION_REACH = 4;
const THING_AFTER = wordSet('de het dat die dit deze al alle');
const HABIT_ADJECTIVES = wordSet(`ocd adhd add bipolair autistisch manisch paranoide paranoia schizofreen
  psychotisch neurotisch dwangmatig obsessief hyper`);

const OFFICE_THINGS =
  wordSet(`excel spreadsheets spreadsheet lijstjes lijstje post-its post-it koffiemachine koffie
  thee planning planningen agenda vergaderen vergaderingen overleggen powerpoint draaitabellen draaitabel to-do
  to-do-lijstjes teams outlook stickers`);
const THING_FILLERS = wordSet("de het zijn haar z'n d'r onze ons die dat nieuwe nieuw");
const FILLER_REACH = 2;

/** Whether the care term at tokens[k] (ending at `last`) is said figuratively of a thing. */
export function isFigurative(tokens: readonly Token[], k: number, last = k): boolean {
  return isReaction(tokens, k, last) || isHabitAdjective(tokens, k, last) || isOfficeHabit(tokens, k, last);
}

/** The first word after tokens[from] that is not one of `fillers` (at most FILLER_REACH of them), or ''. */
function afterFillers(tokens: readonly Token[], from: number, fillers: ReadonlySet<string>): string {
  for (let j = from + 1; j < tokens.length && j <= from + 1 + FILLER_REACH; j++)
    if (!fillers.has(tokens[j]!.key)) return tokens[j]!.key;
  return '';
}

function isOfficeHabit(tokens: readonly Token[], k: number, last: number): boolean {
  return (
    tokens[k]!.key === 'verslaafd' &&
    tokens[last + 1]?.key === 'aan' &&
    OFFICE_THINGS.has(afterFillers(tokens, last + 1, THING_FILLERS))
  );
}

function isReaction(tokens: readonly Token[], k: number, last: number): boolean {
  if (tokens[last + 1]?.key !== 'van') return false;
  for (let j = k - 1; j >= 1 && j >= k - REACTION_REACH; j--) {
    const key = tokens[j]!.key;
    if (key === 'er') return REACTION_VERBS.has(tokens[j - 1]?.key ?? '') || isPainFrom(tokens, j - 1, last);
    if (!REACTION_FILLERS.has(key)) return false;
  }
  return false;
}

function isPainFrom(tokens: readonly Token[], verb: number, last: number): boolean {
  return (
    HAVING.has(tokens[verb]?.key ?? '') &&
    tokens[last]!.key.endsWith('pijn') &&
    THING_CLAUSE.has(tokens[last + 2]?.key ?? '')
  );
}

function isHabitAdjective(tokens: readonly Token[], k: number, last: number): boolean {
  if (k !== last || !HABIT_ADJECTIVES.has(tokens[k]!.key)) return false;
  const next = tokens[k + 1]?.key ?? '';
  if (next === 'over') return true;
  if (next === 'wat') return tokens[k + 2]?.key === 'betreft';
  if (next === 'als') return tokens[k + 2]?.key === 'het' && tokens[k + 3]?.key === 'om';
  return next === 'met' && THING_AFTER.has(tokens[k + 2]?.key ?? '');
}
