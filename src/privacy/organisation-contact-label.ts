import {
  BENEFIT_CLIENTS,
  CLIENT_PLURALS,
  CLIENT_ROLES,
  FORMS_OF_ADDRESS,
  RELATIVES,
  YOUNG_PEOPLE,
} from './client-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { isHomeChannel } from './organisation-context.ts';
import { isReferralHeading } from './organisation-referral.ts';
import { isVenueToken } from './organisation-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 57 (det-57): an address under a label that says whose contact details these are: "Adres
 * vergaderlocatie: Breestraat 7B, ...", "Adres voor LKS-aanvragen gemeente Zaanstad: Stadhuisplein 100, ...",
 * "Contactgegevens werkgroep (voor op de flyer): mail, telefoon, Stadhuisplein 1, ...". The label opens the
 * line and ends at its first colon; it names a venue, an office, an organisation, the municipality or a group
 * of the werkgroep's kind. A client, a first name, a title or a home in the label ("Adres deelnemer:", "Adres
 * huisbezoek:", "Contactgegevens Bram:"; since review 31 "Adres aanvrager (gemeente Zutphen):", a client of the
 * benefits world), a person passed on ("Nieuwe aanmelding gemeente Tiel: vrouw, ...") or between the colon and the address keeps the address a home.
 */
const LABEL_REACH = 24;
const GROUPS = wordSet('gemeente werkgroep stuurgroep projectgroep team stichting vereniging');
const SOMEONES = wordSet(
  `${CLIENT_ROLES} ${CLIENT_PLURALS} ${BENEFIT_CLIENTS} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} kandidaten zoon
  dochter ouders hij zij zijn haar hem woont woonde prive thuis aanmelding aanmeldingen verwijzing casus vrouw
  man`,
);
const HOMES = /^(?:huis|thuis|woon|woning|huur|prive)/;
// Review 31: after the address, "..., het huis van meneer", "de woning van mevrouw": a home.
const HOMES_AFTER = wordSet(`huis thuis woning woonhuis huurwoning appartement ${FORMS_OF_ADDRESS}`);
const AFTER_REACH = 20;

/** The address starting at token `start` follows a line-opening label naming an organisation's contact details. */
export function isOrganisationContactLabel(
  tokens: readonly Token[],
  start: number,
  isOrganisation: (j: number) => boolean,
): boolean {
  let lineStart = start;
  while (lineStart > 0 && !tokens[lineStart]!.lineBefore && lineStart > start - LABEL_REACH) lineStart--;
  if (lineStart > 0 && !tokens[lineStart]!.lineBefore) return false;
  let colon = -1;
  for (let j = lineStart; j < start; j++) {
    if (tokens[j]!.text === ':') {
      colon = j;
      break;
    }
  }
  if (colon <= lineStart) return false;
  let owner = false;
  for (let j = lineStart; j < start; j++) {
    const token = tokens[j]!;
    if (SOMEONES.has(token.key) || HOMES.test(token.key)) return false;
    if (token.capitalised && isKnownFirstName(token.key) && !isOrganisation(j)) return false;
    // "Nieuwe woning via de woningcorporatie:", "Aanmelding via het wijkteam:": a home or a client passed on.
    if (isHomeChannel(tokens, j) || isReferralHeading(tokens, j)) return false;
    if (j < colon) owner ||= GROUPS.has(token.key) || isVenueToken(token) || isOrganisation(j);
  }
  return owner && !isHomeAfter(tokens, start);
}

/** A home or a title on the line after the address: "Kerkweg 4 in Hengelo, het huis van meneer". */
function isHomeAfter(tokens: readonly Token[], start: number): boolean {
  for (let j = start + 1; j < tokens.length && j <= start + AFTER_REACH && !tokens[j]!.lineBefore; j++)
    if (HOMES_AFTER.has(tokens[j]!.key)) return true;
  return false;
}

// Batch 61 (det-61): "Adres van de deelnemer voor de brief van het UWV: Oranjelaan 37, ...": a line-opening label
// that calls the address a client's (or a relative's, or a titled person's) right after its address word says a
// home, however many words (an organisation among them) stand between it and the address.
const ONES = wordSet(`${CLIENT_ROLES} ${BENEFIT_CLIENTS} ${FORMS_OF_ADDRESS} ${RELATIVES} zoon dochter`);
const ADDRESS_END = 'adres';
const OWNER_ARTICLES = wordSet("de het mijn onze ons zijn haar z'n d'r");

/** The address at `start` follows a line-opening "Adres ... <client word> ...:" label. */
export function isClientsAddressLabel(tokens: readonly Token[], start: number): boolean {
  if (tokens[start - 1]?.text !== ':') return false;
  let lineStart = start - 1;
  while (lineStart > 0 && !tokens[lineStart]!.lineBefore && lineStart > start - LABEL_REACH) lineStart--;
  if (lineStart > 0 && !tokens[lineStart]!.lineBefore) return false;
  const opener = tokens[lineStart]!.type === 'word' ? lineStart : lineStart + 1;
  if (!tokens[opener]?.key.endsWith(ADDRESS_END)) return false;
  // The client word right after the address word ("Adres van de deelnemer voor ..."), not further in the label
  // ("Adres UWV-kantoor voor de brief van de deelnemer:" is the office's).
  let j = opener + 1;
  if (tokens[j]?.key === 'van') j++;
  if (OWNER_ARTICLES.has(tokens[j]?.key ?? '')) j++;
  return j < start - 1 && ONES.has(tokens[j]!.key);
}
