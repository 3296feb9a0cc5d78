import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 22: a bracketed aside between the subject's name and its verb, "Bram Smit (geb. 3-4-1990)
 * heeft ...", "Tesfay (Filmon) is ...", "Meneer Osei (58) gebruikt ...": a date of birth, an age or another
 * name of the same person. Not a role or an organisation ("Sanne (IPS) ...", "Sanne (jobcoach) ..."), which
 * name-health-subject.ts reads as a professional.
 */
const BIRTH_WORDS = wordSet('geb geboren jr jaar j');
const ASIDE_REACH = 8;

/** The token after an aside that opens at `open`, or `open` itself when there is none to skip. */
export function afterAside(
  tokens: readonly Token[],
  open: number,
  isOrganisation: (k: number) => boolean,
): number {
  if (tokens[open]?.text !== '(') return open;
  let words = 0;
  for (let j = open + 1; j <= open + ASIDE_REACH; j++) {
    const token = tokens[j];
    if (token === undefined) return open;
    if (token.text === ')') return words <= 1 ? j + 1 : open;
    if (token.type === 'number' || (token.type === 'punct' && token.text !== '(')) continue;
    if (BIRTH_WORDS.has(token.key)) continue;
    if (token.type !== 'word' || !token.capitalised || token.allCaps || isOrganisation(j)) return open;
    words++;
  }
  return open;
}
