import { isInSignatureWord, isOwnOrWorkAddressNoun } from './organisation-context.ts';
import { isOwnOffice } from './organisation-own-office.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * How far the words that make an address an organisation's reach (organisation-address.ts): past its window on the
 * address's line ("adres van de werkgever is gewijzigd naar ...", "werkgever zit op loopafstand van het station,
 * ..."), and not into the list item above ("- Karin belt ...\n- werkbezoek ..."). Batch 65 (det-contacts65b).
 */

// "brief retour afzender: adres van de werkgever is gewijzigd naar Industrieweg 21": the address noun said to be a
// workplace's a little further back on the address's line than the window.
const ADDRESS_NOUN_REACH = 10;

/** "ons adres", "adres van de werkgever", "onze kantoor" from `from` (or ADDRESS_NOUN_REACH back on the line) to start. */
export function isOwnAddressBefore(tokens: readonly Token[], from: number, start: number): boolean {
  for (let j = start - 1; j >= 0 && j >= Math.min(from, start - ADDRESS_NOUN_REACH); j--) {
    if (isOwnOrWorkAddressNoun(tokens, j) || isOwnOffice(tokens, j)) return true;
    if (j < from && tokens[j]!.lineBefore) break;
  }
  return false;
}

// "notulen:\n- Karin belt de werkgever (...)\n- werkbezoek Oldenzaalsestraat 400": a list item is its own note; the
// window before an address on one does not reach into the item above.
const LIST_MARKS = new Set(['-', '*', '•', '–']);

/** The first token of the window before `start`: `from`, or the list item's mark when that is later. */
export function listItemStart(tokens: readonly Token[], start: number, from: number): number {
  for (let j = start - 1; j > from; j--)
    if (tokens[j]!.lineBefore) return LIST_MARKS.has(tokens[j]!.text) ? j : from;
  return from;
}

// "adres in de handtekening van Mariska klopt niet meer: ze zit nu op Spoorlaan 181": the sender of the signature,
// named or "ze", is no resident (a resident word such as "woont" still is).
const SENDER_WORDS = wordSet('ze zij hij haar zijn');

/** "adres in de handtekening" on the address's line before `start`. */
export function isSignatureAddressBefore(tokens: readonly Token[], start: number): boolean {
  for (let j = start - 1; j >= 0 && j >= start - ADDRESS_NOUN_REACH - 4; j--) {
    if (tokens[j]!.key === 'adres' && isInSignatureWord(tokens, j + 1)) return true;
    if (tokens[j]!.lineBefore) break;
  }
  return false;
}

/** A pronoun or a capitalised word: the signature's sender. */
export function isSignatureSender(token: Token): boolean {
  return SENDER_WORDS.has(token.key) || (token.capitalised && token.type === 'word');
}

// "De gemeente zit aan het Raadhuisplein 2", "Werkgever zit op Marconiplein 4", "wij zitten op ...": "gemeente"
// only as the subject of "zit"/"is gevestigd" (not "woont in de gemeente Zutphen"); "we", the writer's organisation.
const SEATED_ORGANISATIONS = wordSet('gemeente uwv werkgever wij we');
const SEATED_VERBS = wordSet('zit zat zitten zaten gevestigd');

/**
 * "werkgever zit op loopafstand van het station, Stationsweg 21-23": the seat said with a place between, further
 * back on the address's line than the window; no resident between.
 */
export function isSeatedFurtherBefore(
  tokens: readonly Token[],
  start: number,
  isResident: (j: number) => boolean,
): boolean {
  for (let j = start - 1; j >= 0 && j >= start - ADDRESS_NOUN_REACH; j--) {
    if (isResident(j)) return false;
    if (isSeated(tokens, j)) return true;
    if (tokens[j]!.lineBefore) break;
  }
  return false;
}

/** "De gemeente zit aan ...", "De gemeente Zwolle zit aan ...", "het UWV is gevestigd in ...". */
export function isSeated(tokens: readonly Token[], j: number): boolean {
  if (!SEATED_ORGANISATIONS.has(tokens[j]!.key)) return false;
  // "De gemeente Zwolle zit aan ...": the place's name between.
  let v = j + 1;
  if (tokens[v]?.type === 'word' && isCapitalised(tokens[v])) v++;
  const next = tokens[v]?.key ?? '';
  // "we zijn te vinden op ..." (held-out 24's class): where the writer's organisation is found.
  const found = tokens[v + 1]?.key === 'te' && tokens[v + 2]?.key === 'vinden';
  return (
    SEATED_VERBS.has(next) ||
    ((next === 'is' || next === 'zijn') && (tokens[v + 1]?.key === 'gevestigd' || found))
  );
}
