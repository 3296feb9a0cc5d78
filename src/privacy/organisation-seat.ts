import { isOwnOrWorkAddressNoun } from './organisation-context.ts';
import { isVenueToken } from './organisation-words.ts';
import { type Token, tokenAt } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 47: more ways an address is said to be an organisation's, and words that only look like a
 * resident's near one.
 * - "Dimence ..., zij zitten nu op de Kerkstraat 30": "zij/ze zitten" after an organisation on the line.
 * - "een brief van de gemeente op de Raadhuisstraat 1": an organisation "op/aan (de)" its street.
 * - "de regioleider zit aan de Beneluxlaan 20, kamer 3.14": a room numbered by floor and room.
 * - "adres van ons kantoor wijzigt per 1-1: nieuw is Vaartweg 40": a line that opens with an office's address.
 * - "we kunnen parkeren op de P+R ... en dan lopen naar de Papendorpseweg 100": directions for the group.
 * - a letter from an organisation ("brief van de gemeente"), a placement for a client ("heeft plek voor
 *   een deelnemer") and "we zijn" are no residents' words.
 */

const PLURAL_PRONOUNS = wordSet('zij ze');
const PLURAL_SEATED = wordSet('zitten zaten');
const SEAT_FILLERS = wordSet('nu sinds kort tegenwoordig inmiddels al tijdelijk');
const AT = wordSet('op aan');
const ARTICLES = wordSet('de het');
// Organisations named without a list: "gemeente", "UWV" (other names are in the organisation list).
const ORGANISATION_WORDS = wordSet('gemeente uwv ggz ggd');
const LINE_WINDOW = 24;

/** The preposition "op/aan" (an article after it) right before `start`, or -1. */
function prepositionBefore(tokens: readonly Token[], start: number): number {
  let p = start - 1;
  if (ARTICLES.has(tokenAt(tokens, p)?.key ?? '')) p--;
  return AT.has(tokenAt(tokens, p)?.key ?? '') ? p : -1;
}

function isOrganisationWord(tokens: readonly Token[], j: number, isOrganisation: (k: number) => boolean) {
  const token = tokens[j]!;
  return (
    isOrganisation(j) ||
    ORGANISATION_WORDS.has(token.key) ||
    (token.allCaps && token.text.length >= 3) ||
    isVenueToken(token)
  );
}

/** "zij zitten (nu) op de" right before `start`: the index of the pronoun, or -1. */
function pluralSeatedAt(tokens: readonly Token[], start: number): number {
  const p = prepositionBefore(tokens, start);
  if (p === -1) return -1;
  let v = p - 1;
  while (v >= 0 && p - v <= 3 && SEAT_FILLERS.has(tokens[v]!.key)) v--;
  if (!PLURAL_SEATED.has(tokenAt(tokens, v)?.key ?? '')) return -1;
  return PLURAL_PRONOUNS.has(tokenAt(tokens, v - 1)?.key ?? '') ? v - 1 : -1;
}

/** An organisation named on the line before token `before`. */
function organisationEarlierOnLine(
  tokens: readonly Token[],
  before: number,
  isOrganisation: (k: number) => boolean,
): boolean {
  for (let j = before - 1; j >= 0 && before - j <= LINE_WINDOW; j--) {
    if (isOrganisationWord(tokens, j, isOrganisation)) return true;
    if (tokens[j]!.lineBefore) return false;
  }
  return false;
}

/** Whether the address starting at `start` (number at k) is said to be an organisation's in one of batch 47's ways. */
export function isSeatOfOrganisation(
  tokens: readonly Token[],
  start: number,
  k: number,
  isOrganisation: (k: number) => boolean,
): boolean {
  const pronoun = pluralSeatedAt(tokens, start);
  if (pronoun !== -1 && organisationEarlierOnLine(tokens, pronoun, isOrganisation)) return true;
  const p = prepositionBefore(tokens, start);
  // "een brief van de gemeente op de Raadhuisstraat 1": the organisation right before "op/aan", after
  // "van" or opening the line ("meneer zit bij de gemeente op de ..." may say where meneer is).
  if (p > 0 && isOrganisationWord(tokens, p - 1, isOrganisation) && isOfOrOpening(tokens, p - 1)) return true;
  return hasOfficeRoomAfter(tokens, k) || isHeadedByOfficeAddress(tokens, start) || isOurRoute(tokens, start);
}

// "we kunnen parkeren op de P+R Papendorp en dan lopen naar de Papendorpseweg 100": directions for the
// writer's group (a parking or route word and "we/wij/jullie" earlier on the line) lead to a venue.
const ROUTE_WORDS = wordSet(`parkeren parkeer parkeerplaats parkeerplaatsen parkeergarage route
  routebeschrijving afslag`);
const ROUTE_WINDOW = 16;

function isOurRoute(tokens: readonly Token[], start: number): boolean {
  let route = false;
  for (let j = start - 1; j >= 0 && start - j <= ROUTE_WINDOW; j--) {
    const key = tokens[j]!.key;
    route ||= ROUTE_WORDS.has(key);
    if (route && WE.has(key)) return true;
    if (tokens[j]!.lineBefore) return false;
  }
  return false;
}

/** The organisation word at o follows "van" (an article between) or opens its line. */
function isOfOrOpening(tokens: readonly Token[], o: number): boolean {
  let b = o - 1;
  if (ARTICLES.has(tokenAt(tokens, b)?.key ?? '')) b--;
  return b < 0 || tokens[b + 1]!.lineBefore || tokens[b]!.key === 'van';
}

// ", kamer 3.14", "lokaal 2.07": a room numbered by floor and room, as offices number theirs.
const ROOMS = wordSet('kamer lokaal ruimte');

function hasOfficeRoomAfter(tokens: readonly Token[], k: number): boolean {
  let r = k + 1;
  if (tokens[r]?.text === ',') r++;
  if (!ROOMS.has(tokens[r]?.key ?? '')) return false;
  const floor = tokens[r + 1];
  const dot = tokens[r + 2];
  const room = tokens[r + 3];
  return (
    floor?.type === 'number' &&
    dot?.text === '.' &&
    room?.type === 'number' &&
    !dot.spaceBefore &&
    !room.spaceBefore &&
    room.text.length === 2
  );
}

const HEADING_WINDOW = 16;

/** The line opens with an address noun said to be an office's or the writer's organisation's ("adres van ons kantoor"). */
function isHeadedByOfficeAddress(tokens: readonly Token[], start: number): boolean {
  for (let j = start - 1; j >= 0 && start - j <= HEADING_WINDOW; j--) {
    if (j > 0 && !tokens[j]!.lineBefore) continue;
    return isOwnOrWorkAddressNoun(tokens, j) || (j + 1 < start && isOwnOrWorkAddressNoun(tokens, j + 1));
  }
  return false;
}

const LETTERS = wordSet('brief brieven post');
const PLACEMENTS = wordSet(`plek plekken plaats plaatsen werkplek werkplekken stageplek stageplaats vacature
  vacatures ruimte`);
const FOR_WHOM = wordSet('een de onze ons');
const WE = wordSet('we wij jullie');

/**
 * The word at j looks like a resident's but is not: "een brief van de gemeente", "plek voor een
 * deelnemer", "we zijn welkom", "zij zitten" after an organisation on the line.
 */
export function isResidentLookalike(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]!.key;
  if (LETTERS.has(key)) return isFromOrganisation(tokens, j);
  if (key === 'zijn') return WE.has(tokenAt(tokens, j - 1)?.key ?? '');
  if (PLURAL_PRONOUNS.has(key) && PLURAL_SEATED.has(tokens[j + 1]?.key ?? ''))
    return organisationEarlierOnLine(tokens, j, () => false);
  let v = j - 1;
  if (FOR_WHOM.has(tokenAt(tokens, v)?.key ?? '')) v--;
  if (tokenAt(tokens, v)?.key !== 'voor') return false;
  for (let b = v - 1; b >= 0 && v - b <= 2; b--) if (PLACEMENTS.has(tokens[b]!.key)) return true;
  return false;
}

/** "brief van de gemeente", "post van het UWV": a letter from an organisation. */
function isFromOrganisation(tokens: readonly Token[], j: number): boolean {
  if (tokens[j + 1]?.key !== 'van') return false;
  let o = j + 2;
  if (ARTICLES.has(tokens[o]?.key ?? '')) o++;
  return o < tokens.length && isOrganisationWord(tokens, o, () => false);
}
