import { CLIENT_PLURALS, CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { isOfficeWord } from './organisation-words.ts';
import { isPluralVerb, isPluralZe } from './phone-general-lines.ts';
import { isJobTitle } from './signature.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Stop 33 (det-contacts), the policy: a work contact of a professional or an organisation is no client's data.
 * A Dutch landline number (never a mobile or a foreign one: a client's own number mostly is one) whose clause
 * (CLAUSE_REACH tokens either side, on its line) names an organisation (a known one, or capitalised words with
 * an organisation's type: organisations.ts), a professional (a job title), a contact person or an employer is
 * that organisation's or professional's work number, first names beside it included: "Ruud de Boer, Laborijn,
 * 0314-...", "Contact: Anja Smit, Werkfit Lochem, 0573-...". A word for a client or someone close to one, a
 * pronoun, a home ("thuis", "huisnummer", "privé", "eigen", "woont") or a referral ("aangemeld", "intake", "via
 * UWV") on its line or the lines before (BEFORE tokens back, AFTER on) keeps it private: "Bel Piet thuis
 * 0543-123456", "Deelnemer Kees werkt bij Laborijn, 0314-...", "Aanmelding via UWV: Jan Pieters, 0314-...".
 */
const BEFORE = 24;
const AFTER = 12;
const CLAUSE_REACH = 12;
const CLAUSE_ENDS = new Set(['.', '!', '?', ';']);
// "bij de werkgever, 0495 ...": an employer's number is the employer's.
const CONTACT_WORDS = wordSet(
  'contactpersoon contactpersonen aanspreekpunt aanspreekpunten werkgever werkgevers',
);
const NOT_ORGANISATIONS = wordSet(
  `${CLIENT_ROLES} ${CLIENT_PLURALS} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} kandidaten jongeren
  bewoner aanvrager patient sollicitant hij zij ze zijn haar hem z'n d'r zn zelf zoon dochter ouders opa oma
  man vrouw familie fam gezin buurman buurvrouw mantelzorger prive privenummer thuis thuisnummer huis
  huisnummer huistelefoon eigen woont woonde woonachtig wonen verhuisd mobiel`,
);

// "0314-...", "+31 314 ...", "0031 314 ...": a Dutch number outside the mobile range 06 (a Belgian "+32 470 ..." is a
// mobile number too).
const DUTCH_LANDLINE = /^(?:0[1-57-9]|(?:\+|00)310?[1-57-9])/;

/** Whether text[start, end) is a Dutch landline number. */
export function isDutchLandline(text: string, start: number, end: number): boolean {
  return DUTCH_LANDLINE.test(text.slice(start, end).replace(/[\s().-]/g, ''));
}

/** The landline number at token k, ending at character `end`, stands on a line about an organisation or a professional. */
export function isOrganisationsLandline(
  tokens: readonly Token[],
  k: number,
  end: number,
  isOrganisation: (j: number) => boolean,
): boolean {
  let named = false;
  const office = !isNameLabel(tokens, k);
  // Only the number's clause is read for an organisation (CLAUSE_REACH tokens either side); the lines before
  // the number's are read for a client too ("Naam deelnemer: ...\nTel: 0543-...").
  let clause = true;
  const see = (j: number): boolean => {
    const key = tokens[j]!.key;
    if (NOT_ORGANISATIONS.has(key) && !isPluralVerb(tokens, j) && !isPluralZe(tokens, j, NOT_ORGANISATIONS))
      return false;
    if (REFERRALS.has(key) || isReferredVia(tokens, j, isOrganisation)) return false;
    clause &&= !CLAUSE_ENDS.has(tokens[j]!.text) && Math.abs(j - k) <= CLAUSE_REACH;
    // Stop 34: an office named ("Het gemeentehuis van Hollands Kroon is bereikbaar op ...", "het afsprakenbureau"),
    // unless a first name labels the number as someone's ("Sanne: 0573 ..., receptie is dicht": review 29).
    named ||=
      clause &&
      (isOrganisation(j) || CONTACT_WORDS.has(key) || isJobTitle(key) || (office && isOfficeWord(key)));
    return true;
  };
  for (let j = k - 1; j >= 0 && j >= k - BEFORE; j--) {
    if (!see(j)) return false;
    if (tokens[j]!.lineBefore) clause = false;
  }
  clause = true;
  let j = k;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  for (const last = j + AFTER; j < tokens.length && j < last && !tokens[j]!.lineBefore; j++)
    if (!see(j)) return false;
  return named;
}

/** "Sanne: 0573 ...": a first name and a colon right before the number at k. */
function isNameLabel(tokens: readonly Token[], k: number): boolean {
  const name = tokens[k - 2];
  return tokens[k - 1]?.text === ':' && name !== undefined && name.capitalised && isKnownFirstName(name.key);
}

const REFERRALS = wordSet(
  'aangemeld aanmelding aanmeldingen verwezen doorverwezen verwijzing verwijzer intake traject',
);

/** "via UWV", "via het wijkteam": someone who came through an organisation, referred (not "bereikbaar via 0314-..."). */
function isReferredVia(tokens: readonly Token[], j: number, isOrganisation: (j: number) => boolean): boolean {
  if (tokens[j]!.key !== 'via') return false;
  const at = tokens[j + 1]?.key === 'de' || tokens[j + 1]?.key === 'het' ? j + 2 : j + 1;
  return at < tokens.length && (isOrganisation(at) || isJobTitle(tokens[at]!.key));
}
