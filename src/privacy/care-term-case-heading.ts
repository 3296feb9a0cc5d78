import { isFieldListed } from './care-term-plain.ts';
import { COMPLAINT_NOT_AFTER, JOINED_TERMS } from './care-term-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 60's class: an everyday word of mood (angst, somberheid, paniek) listed right after the colon of a
 * case's heading with the person's name: "casus Femke W.: angst en somberheid, werkgever is geduldig",
 * "Casusbespreking Ruud: paniek". A case is one client's, so what its heading lists is theirs, as under a care
 * field's colon ("Klachten: angst", care-term-plain.ts). Not a fear of something ("casus Femke: angst voor de
 * werkgever"), and not without a name between the word "casus" and the colon ("casus: angst op de werkvloer").
 */
const CASE_WORDS = wordSet('casus casusbespreking casuistiek');
const LIST_JOINS = wordSet(', en / + &');
const PARTICLES = wordSet('van de der den ter');
const LIST_WINDOW = 6;
const NAME_WINDOW = 6;

/** The mood word at k is listed after a care field's colon ("Klachten: angst") or a case's heading. */
export function isListedAfterColon(tokens: readonly Token[], k: number): boolean {
  return isFieldListed(tokens, k) || isCaseHeadingListed(tokens, k);
}

/** The mood word at k is listed after "casus <name>:". */
function isCaseHeadingListed(tokens: readonly Token[], k: number): boolean {
  if (COMPLAINT_NOT_AFTER.has(tokens[k + 1]?.key ?? '')) return false;
  for (let j = k - 1; j >= 0 && j >= k - LIST_WINDOW; j--) {
    const token = tokens[j]!;
    if (token.text === ':') return isCaseHeading(tokens, j);
    if (!LIST_JOINS.has(token.key) && !JOINED_TERMS.has(token.key)) return false;
  }
  return false;
}

/** The colon at c closes "casus" and a name: capitalised words, initials, particles. */
function isCaseHeading(tokens: readonly Token[], c: number): boolean {
  let named = false;
  for (let j = c - 1; j >= 0 && j >= c - NAME_WINDOW; j--) {
    const token = tokens[j]!;
    if (token.type === 'word' && CASE_WORDS.has(token.key)) return named;
    if (token.type === 'word' && token.capitalised) named = true;
    else if (token.text !== '.' && !PARTICLES.has(token.key)) return false;
    if (token.lineBefore) return false;
  }
  return false;
}
