import { isKnownPlaceKey } from './places.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 55 (det-55): three more ways a landline number is said to be an organisation's, no person's:
 *  - right after a known organisation's name, perhaps a colon or dash between ("Reinier van Arkel 073 - 658
 *    66 00", "GGNet: 0575 - ..."), as a list of providers' numbers reads;
 *  - after a word for an outage or an emergency asked or labelled ("storing? bel 040-...", "Crisis? 073 -
 *    ...", "Bij storing van de printer: 0411 - ...", "Spoed: ..."): the line a service keeps for it;
 *  - a conference dial-in: the meeting code after two commas and closed by "#" ("+31 20 708 5912,,715 302
 *    948#"), which phones dial as a pause and a code.
 * The caller (phone-context.ts) still keeps the number private when a word for a person stands near it
 * ("Crisis? bel dan zijn moeder, 076 - ...") and never lets a mobile number pass this way.
 */
const SERVICE_EVENTS = wordSet('storing storingen crisis spoed noodgeval calamiteit calamiteiten');
const LABEL_MARKS = new Set(['?', ':']);
const BETWEEN_MARKS = new Set([':', '-', '–']);
const EVENT_REACH = 6;

/** The number at token k is said to be an organisation's line by its name or an outage or emergency before it. */
export function isServiceLine(
  tokens: readonly Token[],
  k: number,
  isOrganisation: (j: number) => boolean,
): boolean {
  const before = BETWEEN_MARKS.has(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1;
  if (before >= 0 && tokens[before]!.type === 'word' && isOrganisation(before)) return true;
  // Held-out 43's class: "Contact VNN Zuidlaren: 050 - ...": the organisation's branch, its place after its name.
  if (isPlaceWord(tokens[before]) && before >= 1 && isOrganisation(before - 1)) return true;
  for (let j = k - 1; j >= 0 && j >= k - EVENT_REACH; j--) {
    if (SERVICE_EVENTS.has(tokens[j]!.key) && isAskedOrLabelled(tokens, j, k)) return true;
    if (tokens[j]!.lineBefore) break;
  }
  return false;
}

/** "storing?", "Spoed:", or "Bij storing van de printer:": the event word asked, labelled or after "bij". */
function isAskedOrLabelled(tokens: readonly Token[], j: number, k: number): boolean {
  if (LABEL_MARKS.has(tokens[j + 1]?.text ?? '')) return true;
  if (tokens[j - 1]?.key !== 'bij') return false;
  for (let m = j + 1; m < k; m++) if (tokens[m]!.text === ':') return true;
  return false;
}

function isPlaceWord(token: Token | undefined): boolean {
  return token?.type === 'word' && isCapitalised(token) && isKnownPlaceKey(token.key);
}

const DIAL_IN_TAIL = /^,,\d[\d ]{2,20}#/;

/** "+31 20 708 5912,,715 302 948#": the number ends where a dial-in's meeting code begins. */
export function isDialInNumber(text: string, end: number): boolean {
  return DIAL_IN_TAIL.test(text.slice(end, end + 24));
}
