import type { Token } from './tokens.ts';

/**
 * Batch 54 (det-54): a note opened by a name and a comma, then the admission and perhaps its place before
 * the next mark: "Hannie, opname Heiloo, retour verwacht na kerst", "Wessel, opname, terug in maart", as
 * "Ahmed – opname" is a list item's state (care-term-plain.ts). Not a recording ("Hannie, opname van de
 * training staat online", "opname Teams staat in de map": a word in lower case after the place).
 */
const ENDERS = new Set(['.', '!', '?', ';', ':']);

/** The admission word at k follows "<Name>," opening the line or sentence, and ends its part of the note. */
export function isNameCommaItem(tokens: readonly Token[], k: number): boolean {
  const name = tokens[k - 2];
  if (tokens[k - 1]?.text !== ',' || name?.type !== 'word' || !name.capitalised || name.allCaps) return false;
  const before = tokens[k - 3];
  if (before !== undefined && !name.lineBefore && !ENDERS.has(before.text)) return false;
  const place = tokens[k + 1];
  const end = place?.type === 'word' && place.capitalised && !place.lineBefore ? k + 2 : k + 1;
  const after = tokens[end];
  return after === undefined || after.lineBefore || after.text === ',' || ENDERS.has(after.text);
}
