import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { isOfficeWord } from './organisation-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Class of heldout15 (read 5 December 2026): a record row of an organisation, its fields between
 * bars, the row headed by the organisation's name: "Naam: Werkgeversservicepunt | Adres: Esdoornlaan
 * 4 | PC: 8441 RT | Tel: ...". The postcode stands further from the name than the office window of
 * organisation-address.ts reaches, yet the whole row is the organisation's. Only when the row's first
 * cell (after a label such as "Naam:") is an office word or a known organisation, and no word for a
 * client, relative or title stands in the row ("Naam: Werkgeversservicepunt | Klant: Jansen | ..." is
 * a client's). Reads back at most ROW_WINDOW tokens on the line.
 */
const ROW_WINDOW = 24;
const BAR = '|';
const LABELS = wordSet('naam organisatie bedrijf instantie instelling werkgever locatie');
/** A client, a young person, a title or a relative: someone whose address it could be. */
export const PERSONS = wordSet(
  `${CLIENT_ROLES} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} zoon dochter`,
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
    if (PERSONS.has(tokens[j]!.key)) return false;
  }
  if (bars === 0 || !(j === 0 || tokens[j]!.lineBefore)) return false;
  // The row's first cell: "Naam: Werkgeversservicepunt" or the name alone.
  let head = j;
  if (LABELS.has(tokens[head]!.key) && tokens[head + 1]?.text === ':') head += 2;
  const token = tokens[head];
  if (token === undefined || token.text === BAR) return false;
  if (!isOfficeWord(token.key) && !isOrganisation(head)) return false;
  for (let after = k + 1; after < tokens.length && !tokens[after]!.lineBefore; after++) {
    if (after - k > ROW_WINDOW) return false;
    if (PERSONS.has(tokens[after]!.key)) return false;
  }
  return true;
}
