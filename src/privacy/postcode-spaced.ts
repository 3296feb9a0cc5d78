import type { Finding } from './findings.ts';
import { hasPostcodeWord } from './postcode-cues.ts';
import { isTwoAsciiLetters } from './postcode-lists.ts';
import { NEVER_ISSUED, SHORT_WORDS } from './postcode-words.ts';
import type { Token } from './tokens.ts';

/*
 * A postcode typed digit by digit, as someone reads it out or copies it from a form: "postcode
 * deelnemer 8 0 1 1 C W", "pc client 2 9 0 1 RE", "Postcode 1 9 4 2 h x" (batch 47). Four single
 * digits (the first 1-9) and two letters, together or apart, each one space from the last, and
 * "postcode" or "pc" a few tokens before: scores or counts typed with spaces ("we scoorden 7 4 1 1")
 * have no such word, and a short word after the digits ("3 5 1 2 en ...") is no pair of letters.
 */

const DIGITS = 4;

/** The postcode typed digit by digit that starts at number token k, or null. */
export function spacedPostcodeAt(tokens: readonly Token[], k: number): Finding | null {
  const first = tokens[k]!;
  if (first.text.length !== 1 || first.text === '0') return null;
  for (let d = 1; d < DIGITS; d++) {
    const digit = tokens[k + d];
    if (digit?.type !== 'number' || digit.text.length !== 1 || !oneSpaceApart(tokens[k + d - 1]!, digit))
      return null;
  }
  const last = lettersEnd(tokens, k + DIGITS);
  if (last === -1 || !hasPostcodeWord(tokens, k)) return null;
  return { kind: 'postcode', start: first.start, end: tokens[last]!.end };
}

/** The index of the last letter token of the pair starting at j ("CW", "RE", or "C W", "l k"), or -1. */
function lettersEnd(tokens: readonly Token[], j: number): number {
  const a = tokens[j];
  if (a?.type !== 'word' || !oneSpaceApart(tokens[j - 1]!, a)) return -1;
  if (a.text.length === 2) return isPair(a.text) && !SHORT_WORDS.has(a.key) ? j : -1;
  const b = tokens[j + 1];
  if (a.text.length !== 1 || b?.type !== 'word' || b.text.length !== 1 || !oneSpaceApart(a, b)) return -1;
  // "8 0 1 1 C W": a capital and a lower-case letter together read as a word ("4 5 1 2 A b") do not count.
  const pair = a.text + b.text;
  const sameCase = pair === pair.toUpperCase() || pair === pair.toLowerCase();
  return sameCase && isPair(pair) && !isWordAfter(tokens, j + 2) ? j + 1 : -1;
}

function isPair(text: string): boolean {
  return isTwoAsciiLetters(text) && !NEVER_ISSUED.has(text.toUpperCase());
}

/** "1 2 3 4 a b c": a third single letter makes the letters a spelled word or list, no pair. */
function isWordAfter(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j];
  return next?.type === 'word' && next.text.length === 1 && oneSpaceApart(tokens[j - 1]!, next);
}

function oneSpaceApart(left: Token, right: Token): boolean {
  return !right.lineBefore && right.start - left.end === 1;
}
