import { HE_SHE } from './function-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Marks in a care term's clause that the owner walk (care-term-owner.ts) reads since det-73: a count after
 * "waarvan", a subject pronoun after a clause join, the agent of a passive ("door de leidinggevende").
 */
// det-73: a count after "waarvan" ("waarvan twee", "waarvan 3", "waarvan de helft", "waarvan enkele").
const COUNTS = wordSet(
  'een twee drie vier vijf zes zeven acht negen tien enkele sommige meerdere veel velen de',
);

export function isCounted(token: Token | undefined): boolean {
  return token !== undefined && (token.type === 'number' || COUNTS.has(token.key));
}

// det-73: a subject pronoun right after a clause join: the care term's clause has its own subject.
export const JOINED_SUBJECTS = HE_SHE;
export const SUBJECT_JOINS = wordSet('en maar want');

/** "door de leidinggevende": the role at j is the agent of a passive, no subject of its clause. */
export function isPassiveAgent(tokens: readonly Token[], j: number): boolean {
  const at = AGENT_FILLERS.has(tokens[j - 1]?.key ?? '') ? j - 2 : j - 1;
  return tokens[at]?.key === 'door';
}
const AGENT_FILLERS = wordSet("de het een haar zijn z'n d'r");
