import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 57 (det-57): a care term as the subject of a book, podcast or film recommended on its line: "Boektip:
 * 'De zwarte hond aan de lijn' van Hester Verkerk, over leven en werken met een depressie". The line opens
 * with a tip for a work ("Boektip:", "Podcasttip", "Leestip", "Kijktip") and the term follows "over" in the
 * same sentence: the work's topic, its author no client. A pronoun or client word between "over" and the term
 * ("over haar eigen depressie") makes it someone's again.
 */
const TIP = 'tip';
const TIPS = wordSet('tip tips leestip kijktip luistertip aanrader');
const OWNERS = wordSet(`ik mijn me mij hij zij ze haar zijn hem z'n d'r klant client deelnemer kandidaat
  meneer mevrouw`);
const SENTENCE_ENDS = new Set(['.', '!', '?']);
const REACH = 30;

/** The care term at tokens[first] is the topic ("over ...") of a work recommended at the line's start. */
export function isTopicOfRecommendedWork(tokens: readonly Token[], first: number): boolean {
  let over = -1;
  for (let j = first - 1; j >= 0 && j >= first - REACH; j--) {
    const token = tokens[j]!;
    if (SENTENCE_ENDS.has(token.text)) return false;
    if (over === -1 && OWNERS.has(token.key)) return false;
    if (over === -1 && token.key === 'over') over = j;
    if (j === 0 || token.lineBefore) return over !== -1 && isTip(token.key);
  }
  return false;
}

function isTip(key: string): boolean {
  return TIPS.has(key) || (key.endsWith(TIP) && key.length > TIP.length + 3);
}
