import { ADDRESS_CUES } from './address-words.ts';
import { isCareHome, isVenueToken } from './organisation-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 39: an office visited and a building's own name (organisation-address.ts asks these). "Afspraak
 * met Robin ... bij het Werkplein, Stationsplein 8, over zijn cv", "Ik zie haar bij UWV, Stationsplein 8":
 * an office or venue named as where someone goes ("bij", "in", "op", "naar", "aan", perhaps an article),
 * a comma, and then the address: the address is the office's, and the people around it visit it. Only
 * a word that says someone lives there still makes it a home ("Robin woont bij het Werkplein, ...").
 * A care home or any "woon-" place is where people live ("mevrouw zit in het zorgcentrum, ...", "in het
 * wooncentrum"), and someone staying there is no visitor ("hij slaapt in het hotel, ..."): no office for this rule.
 */
const PLACE_LINKS = wordSet('bij in op naar aan');
const ARTICLES = wordSet('de het');
const MAX_NAME = 4;
const STAY_VERBS = wordSet('zit zat slaapt sliep logeert logeerde opgenomen verblijft woont');
const STAY_GAP = 3;

/** An office, venue or organisation's name, a place link before it and a comma after it end right before `start`. */
export function isOfficeNamedBefore(
  tokens: readonly Token[],
  start: number,
  isOrganisation: (k: number) => boolean,
): boolean {
  if (tokens[start - 1]?.text !== ',') return false;
  let b = start - 2;
  const office = tokens[b];
  if (office === undefined) return false;
  if (isVenueToken(office)) {
    if (isCareHome(office.key) || office.key.startsWith('woon')) return false;
    b--;
  } else {
    const last = b;
    while (b >= 0 && last - b < MAX_NAME && isOrganisation(b)) b--;
    if (b === last) b = municipalityNamedAt(tokens, last);
    if (b === -1) return false;
  }
  if (ARTICLES.has(tokens[b]?.key ?? '')) b--;
  if (!PLACE_LINKS.has(tokens[b]?.key ?? '')) return false;
  for (let v = b - 1; v >= 0 && v >= b - STAY_GAP; v--) if (STAY_VERBS.has(tokens[v]!.key)) return false;
  return true;
}

// Stop 34 (batch 62): "bij de gemeente Dijk en Waard, Middenweg 1": one goes to a municipality's office "bij" it
// ("in de gemeente ..., ..." is where someone lives, and stays so).
const MUNICIPALITY = 'gemeente';
const NAME_JOINS = wordSet('en aan de op');

/** "(bij de) gemeente <its name>" ending at `last`: the index of its article, or -1; only after "bij". */
function municipalityNamedAt(tokens: readonly Token[], last: number): number {
  for (let g = last; g >= 0 && g >= last - MAX_NAME; g--) {
    const token = tokens[g]!;
    if (token.key === MUNICIPALITY)
      return g < last && tokens[g - 1]?.key === 'de' && tokens[g - 2]?.key === 'bij' ? g - 1 : -1;
    if (!(token.capitalised || NAME_JOINS.has(token.key))) return -1;
  }
  return -1;
}

// The address cues other than the neutral nouns "adres" and "bezoekadres" say someone lives there.
const NEUTRAL_ADDRESS_NOUNS = wordSet(
  'adres bezoekadres postadres correspondentieadres adresgegevens thuisadres',
);
const HOME_WORDS = wordSet('bewoner pleeggezin gezinshuis');
// "Stationsweg 3 (eigen huis)": a home of one's own.
const HOMES = wordSet('huis woning');

/** A word at j that says someone lives there ("woont", "verblijft", "bewoner", "eigen huis"), not just who is there. */
export function saysHome(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]!.key;
  if (HOME_WORDS.has(key)) return true;
  if (HOMES.has(key)) return tokens[j - 1]?.key === 'eigen';
  return (
    ADDRESS_CUES.has(key) &&
    !NEUTRAL_ADDRESS_NOUNS.has(key) &&
    !isThingMoved(tokens, j) &&
    !isHousingService(tokens, j)
  );
}

// det-73: "Beschermd wonen Apeldoorn heeft een nieuw kantoor aan ...": "wonen" after "beschermd" or "begeleid"
// names a form of supported housing, an organisation or its team, not someone living there.
const HOUSING_SERVICES = wordSet('beschermd begeleid');

function isHousingService(tokens: readonly Token[], j: number): boolean {
  return tokens[j]!.key === 'wonen' && HOUSING_SERVICES.has(tokens[j - 1]?.key ?? '');
}

// Batch 45: "Kruisstraat 2? of is het verhuisd?": "het" or "dat" moved is the office, no one's home.
const THING_SUBJECTS = wordSet('het dat');
const MOVES = wordSet('verhuisd verhuist');

function isThingMoved(tokens: readonly Token[], j: number): boolean {
  if (!MOVES.has(tokens[j]!.key)) return false;
  const before = tokens[j - 1]?.key ?? '';
  return THING_SUBJECTS.has(before) || (before === 'is' && THING_SUBJECTS.has(tokens[j - 2]?.key ?? ''));
}

// "woonvorm De Linde", "Het Anker": a first name after a capitalised article is part of a building's name.
const NAME_ARTICLES = new Set(['De', 'Het', "'t"]);

export function isInBuildingName(tokens: readonly Token[], j: number): boolean {
  return NAME_ARTICLES.has(tokens[j - 1]?.text ?? '');
}
