import type { DateMention } from './date-mention.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 48 (issue 14): an old date without a birth cue that an organisation's event is told of is
 * history, no one's birth: the event after it in its clause ("op 15 januari 1995 werd de eerste
 * werkplaats geopend", "op 3 maart 1998 startte de pilot", "op 17-06-1985 is het pand gebouwd"), or an
 * organisation's event or meeting just before it ("het eerste overleg was op 4 april 1999", "de fusie was
 * op 1 januari 2001", "de cao van 1 juli 1999"). Not with a person word in the sentence: "Jan is op 4
 * april 1999 gestart" (a known first name) and "klant, 15-03-1995, gestart bij IPS" keep the rule of
 * birthdate.ts.
 */
const EVENTS_AFTER = wordSet(`geopend opende opgericht richtte gestart startte begon begonnen gebouwd
  ingevoerd gefuseerd fuseerde ondertekend getekend opgeheven gesloten verhuisd vastgesteld gehouden
  bijeen elkaar eerst`);
const EVENTS_BEFORE = wordSet(`overleg vergadering bijeenkomst fusie cao opening start oprichting
  verhuizing jubileum werkdag startdatum begindatum einddatum indiensttreding`);
const AFTER_REACH = 10;
const BEFORE_REACH = 4;
const PERSON_WORDS = wordSet(`klant client cliente deelnemer kandidaat werkzoekende mevrouw mevr mw dhr meneer
  hij zij ze hem haar zijn jongen meisje jongere man vrouw`);

/** The date is told as an organisation's event in the sentence [sentenceFrom, …). */
export function isEventSaid(tokens: readonly Token[], sentenceFrom: number, date: DateMention): boolean {
  let event = false;
  for (let j = date.last + 1; j < tokens.length && j <= date.last + AFTER_REACH; j++) {
    const token = tokens[j]!;
    if (token.lineBefore || (token.type === 'punct' && token.text !== '-')) break;
    if (EVENTS_AFTER.has(token.key)) event = true;
  }
  for (let j = date.first - 1; j >= sentenceFrom && j >= date.first - BEFORE_REACH && !event; j--)
    event = EVENTS_BEFORE.has(tokens[j]!.key);
  if (!event) return false;
  for (let j = sentenceFrom; j < tokens.length && j <= date.last + AFTER_REACH; j++) {
    if (tokens[j]!.lineBefore && j > sentenceFrom) break;
    const token = tokens[j]!;
    if (PERSON_WORDS.has(token.key) || (token.capitalised && isKnownFirstName(token.key))) return false;
  }
  return true;
}
