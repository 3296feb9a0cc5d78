import type { Token } from './tokens.ts';

/**
 * "Ruud Hendriks, Dorpsstraat 88: verslavingszorg (Tactus) + schuldhulp": a care service listed right after
 * a note's colon, with its provider in brackets or another service joined by "+" (batch 43-names). Whose
 * note it is, and whether the colon heads a case note at all, care-term-owner.ts decides.
 */
const ITEM_ENDS = new Set(['+', ',', ';', '.', '/', '&']);

export function isListedService(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.text !== ':') return false;
  const bracketed = tokens[k + 1]?.text === '(' && tokens[k + 2]?.capitalised && tokens[k + 3]?.text === ')';
  // Another item or the end after it: "verslavingszorg (Tactus) presenteert" is a speaker's news.
  const after = tokens[bracketed ? k + 4 : k + 1];
  if (!bracketed) return after?.text === '+';
  return after === undefined || after.lineBefore || ITEM_ENDS.has(after.text);
}
