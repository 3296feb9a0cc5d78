import { CLIENT_PLURALS, CLIENT_ROLES } from './client-words.ts';
import { isJobTitle } from './signature.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 61 (det-61): an aside right after a name that calls the person a client says a person, as an age in
 * brackets does (person-unknown-opener.ts), even for a name that is also a word or a string of initials:
 * "Ton, één van mijn langstlopende deelnemers, is overleden aan longkanker", "A.v.D. (onze vaste klant van de
 * wasserij) is weer in de kliniek". The client word is the aside's head: only a determiner, a possessive, "van"
 * and adjectives (lower case, ending in -e) before it; after it at most a short place ("van de wasserij", "bij
 * ons", "uit Goes"). Not "Emergis, een van onze partners voor deelnemers, ...": "partners" is the head.
 */
// Batch 72 (det-72): a role only a person has in the werkgroep says a person as well: "Effie, onze
// ervaringsdeskundige, vertelde over haar eigen opname ..." (not "partner", "organisatie": those may be firms).
const CLIENTS = wordSet(`${CLIENT_ROLES} ${CLIENT_PLURALS} kandidaten werkzoekenden ervaringsdeskundige
  collega stagiair stagiaire vrijwilliger vrijwilligster buurman buurvrouw`);
const LEADS = wordSet('een één eén van mijn onze ons de');
const TAIL_OPENERS = wordSet('van bij uit in');
const TAIL_REACH = 4;
const LEAD_REACH = 6;

/** The token after an aside opened at `open` ("(" or ",") that calls the person a client, or -1. */
export function clientAsideEnd(tokens: readonly Token[], open: number, to: number): number {
  const opener = tokens[open]?.text;
  if (opener !== '(' && opener !== ',') return -1;
  const close = opener === '(' ? ')' : ',';
  let j = open + 1;
  while (j < to && j <= open + LEAD_REACH && isLead(tokens[j]!)) j++;
  const head = tokens[j];
  if (head === undefined || j >= to || head.capitalised || !CLIENTS.has(head.key)) return -1;
  j++;
  if (TAIL_OPENERS.has(tokens[j]?.key ?? '')) {
    const end = j + TAIL_REACH;
    for (j++; j < to && j <= end && tokens[j]!.type === 'word'; j++)
      if (isJobTitle(tokens[j]!.key)) return -1;
  }
  return tokens[j]?.text === close && j + 1 < to ? j + 1 : -1;
}

/** A determiner, possessive or "van" before the client word, or an adjective: "vaste", "langstlopende". */
function isLead(token: Token): boolean {
  if (token.type !== 'word' || token.capitalised) return false;
  return LEADS.has(token.key) || (token.key.length > 3 && token.key.endsWith('e') && !CLIENTS.has(token.key));
}
