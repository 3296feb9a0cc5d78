import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { ACCOUNT_WORDS, afterAccountWord, isPublicSectorAccount, isSupplier } from './iban-account-words.ts';
import { asideBeforeColon } from './iban-aside.ts';
import { isBusinessAccount, isCalledOfficeAccountAfter } from './iban-business-account.ts';
import {
  isNumberOfOrganisationAfter,
  isOnOrganisationsDocument,
  isOrganisationsInvoicePaid,
} from './iban-invoice-owner.ts';
import { isAccountRightAfterOrganisation, isNamedContact } from './iban-organisation-comma.ts';
import { isAccountTheOrganisationHas, isOrganisationBeforeColon } from './iban-organisation-has.ts';
import { paysVia } from './iban-payer.ts';
import { isPaymentRequestAccount } from './iban-payment-request.ts';
import { isAdministrationKey, isKvkBeside, SHORTENED_TYPES } from './iban-registered-owner.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { isCompanyForm } from './organisation-address.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * An organisation's bank account said to be one: "Bijdrage lunch graag naar NL58SNSB... t.n.v.
 * Vereniging Werkgroep GGZ-Werk", "Terugbetalingen aan de gemeente: NL07ABNA..." (it is on its letters and
 * website). A word for a client or someone close to one (or a first name) on either side keeps the account
 * private: "NL91... t.n.v. de deelnemer", "Rekening van meneer bij de gemeente: NL91...".
 */
const PERSON_WINDOW = 8;
const OWNER_PERSON_WINDOW = 16;

// The kinds of organisation an account can be held by ("t.n.v. Stichting Werk & Herstel Oost").
const ORGANISATION_TYPES = wordSet(`stichting vereniging gemeente cooperatie coöperatie uwv provincie
  ministerie belastingdienst fonds zorgverzekeraar ggz bv nv vof wijkteam werkgroep stuurgroep
  organisatie instelling praktijk programma`); // the last three: batch 48; "programma": held-out 39
// "t.n.v. Opleidingscentrum Flevoland", "Re-integratiebureau Stap Verder B.V.": compounds naming an organisation.
const ORGANISATION_ENDINGS = ['centrum', 'instituut', 'bureau', 'academie'];
const NAME_WORDS = 4;
// "ten name van", "ten gunste van".
const ON_BEHALF = wordSet('name gunste');
const ARTICLES = wordSet('de het');
const PERSONAL = wordSet(`${CLIENT_ROLES} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} hij zij zijn
  haar hem zoon dochter prive`);

/** The IBAN in tokens first..last (inclusive) is an organisation's account, said to be one. */
export function isOrganisationAccount(
  tokens: readonly Token[],
  first: number,
  last: number,
  isOrganisationAt: (j: number) => boolean,
): boolean {
  // "de werkgever geeft zijn bedrijfsrekening NL91... op": called a business account.
  if (isBusinessAccount(tokens, first, last)) return true;
  // det-fp70: "Betaling workshop graag op NL44 ... o.v.v. factuur 2025-77", "Donaties zijn welkom op ...".
  if (isPaymentRequestAccount(tokens, first, last, mentionsPerson)) return true;
  if (mentionsPerson(tokens, first - PERSON_WINDOW, first)) return false;
  // A BNG Bank account is a public body's, unless a person is named near it (review 2: "IBAN van mevr.
  // Bakker: NL57 BNGH ..." is found by the check before).
  if (isPublicSectorAccount(tokens, first, last))
    return !mentionsPerson(tokens, last + 1, last + 1 + PERSON_WINDOW);
  const holder = afterOnBehalf(tokens, last + 1);
  if (holder !== -1) {
    // The holder's own name may hold a first name ("Zalencentrum De Linde B.V."): look past it.
    // After an article a type in lower case names one too: "t.n.v. de stichting".
    const named = ARTICLES.has(tokens[holder - 1]?.key ?? '') && ORGANISATION_TYPES.has(tokens[holder]!.key);
    const nameEnd = named ? holder + 1 : organisationNameEnd(tokens, holder, isOrganisationAt);
    return nameEnd !== -1 && !mentionsPerson(tokens, nameEnd, nameEnd + PERSON_WINDOW);
  }
  if (mentionsPerson(tokens, last + 1, last + 1 + PERSON_WINDOW)) return false;
  // "NL91... van de gemeente Utrecht", "NL91..., rekening van het wijkteam", "NL91... (UWV)"; "Het
  // rekeningnummer van Stichting Werkpunt is NL91...". The organisation's name takes room after the
  // number, so a person is looked for further: "... van de stichting Bewind, ten behoeve van meneer".
  if (
    ownerAfter(tokens, last + 1, isOrganisationAt) ||
    accountOfOrganisationBefore(tokens, asideBeforeColon(tokens, first), isOrganisationAt) ||
    isAccountAfterOrganisation(tokens, first, isOrganisationAt) ||
    isAccountRightAfterOrganisation(tokens, first, (j) => isOrganisationWord(tokens, j, isOrganisationAt)) ||
    paysVia(tokens, first, (j) => isOrganisationNamed(tokens, j, isOrganisationAt)) || // batch 72: "door de stichting"
    isCalledOfficeAccountAfter(tokens, last) ||
    isOnOrganisationsDocument(tokens, first, isTypeKey) ||
    isOrganisationsInvoicePaid(tokens, first, (j) => isOrganisationNamed(tokens, j, isOrganisationAt)) ||
    isNumberOfOrganisationAfter(tokens, last, isTypeKey) ||
    isKvkBeside(tokens, first, last) ||
    isAccountTheOrganisationHas(tokens, first, (j) => isOrganisationNamed(tokens, j, isOrganisationAt))
  )
    return !mentionsPerson(tokens, last + 1, last + 1 + OWNER_PERSON_WINDOW);
  // "aan de gemeente: NL07...": the organisation and a colon right before the number.
  return isOrganisationBeforeColon(tokens, first, (j) => isOrganisationWord(tokens, j, isOrganisationAt));
}

/** An organisation at j, or its type in lower case after an article ("de stichting"). */
export function isOrganisationNamed(
  tokens: readonly Token[],
  j: number,
  isOrganisationAt: (j: number) => boolean,
) {
  const typed = ARTICLES.has(tokens[j - 1]?.key ?? '') && ORGANISATION_TYPES.has(tokens[j]?.key ?? '');
  return typed || isOrganisationWord(tokens, j, isOrganisationAt);
}

function isOrganisationWord(tokens: readonly Token[], j: number, isOrganisationAt: (j: number) => boolean) {
  const token = tokens[j];
  return token !== undefined && (isOrganisationType(token) || isOrganisationAt(j));
}

/**
 * Right after the number: "van (de|het) <organisation>", the same after ", rekening", "(<organisation>)",
 * "(rekening <organisation>)", or "is (de) rek(ening) (van de) <organisation>".
 */
function ownerAfter(tokens: readonly Token[], j: number, isOrganisationAt: (j: number) => boolean): boolean {
  if (tokens[j]?.text === '(')
    return isOrganisationInBrackets(tokens, afterAccountWord(tokens, j + 1), isOrganisationAt);
  if (tokens[j]?.text === ',' && ACCOUNT_WORDS.has(tokens[j + 1]?.key ?? '')) j += 2;
  if (tokens[j]?.key === 'is') {
    const article = ARTICLES.has(tokens[j + 1]?.key ?? '') ? j + 2 : j + 1;
    const named = afterAccountWord(tokens, article);
    if (named === article) return false;
    return ownerAt(tokens, named, isOrganisationAt) || isOrganisationWord(tokens, named, isOrganisationAt);
  }
  return ownerAt(tokens, j, isOrganisationAt);
}

/**
 * "(UWV)", "(stichting)", "(Stichting IPS Nederland)": an organisation or its type (in lower case too), at
 * most NAME_WORDS capitalised words of its name, then the closing bracket.
 */
function isOrganisationInBrackets(
  tokens: readonly Token[],
  j: number,
  isOrganisationAt: (j: number) => boolean,
): boolean {
  if (!ORGANISATION_TYPES.has(tokens[j]?.key ?? '') && !isOrganisationWord(tokens, j, isOrganisationAt))
    return false;
  let end = j + 1;
  while (end <= j + NAME_WORDS && isCapitalised(tokens[end])) end++;
  // "(gemeente, projectrekening)": a comma and one word of what it is for (batch 55).
  if (tokens[end]?.text === ',' && tokens[end + 1]?.type === 'word') end += 2;
  return tokens[end]?.text === ')';
}

/** "van (de|het) <organisation>" at j; stop 37 (batch 74): also the type right after the account word ("Rekeningnummer werkgroep"). */
function ownerAt(tokens: readonly Token[], j: number, isOrganisationAt: (j: number) => boolean): boolean {
  if (tokens[j]?.key !== 'van') return isOwnerKey(tokens[j]?.key ?? '');
  // After "van de" a type in lower case names one too: "rekening van het wijkteam".
  if (ARTICLES.has(tokens[j + 1]?.key ?? ''))
    return isOwnerKey(tokens[j + 2]?.key ?? '') || isOrganisationWord(tokens, j + 2, isOrganisationAt);
  return isOrganisationWord(tokens, j + 1, isOrganisationAt);
}

/** "rekening(nummer) van (de|het) <organisation> [its name] (is|:)" ending right before the number at `first`. */
function accountOfOrganisationBefore(
  tokens: readonly Token[],
  first: number,
  isOrganisationAt: (j: number) => boolean,
): boolean {
  for (let j = first - 2; j >= 0 && j >= first - 3 - NAME_WORDS - PURPOSE_WORDS; j--) {
    if (!ACCOUNT_WORDS.has(tokens[j]!.key) || !ownerAt(tokens, j + 1, isOrganisationAt)) continue;
    // Between the organisation and the number only its name's capitalised words and "is" or ":".
    // "IBAN van de gemeente Oss voor ...": past the article and the organisation's type too (batch 45).
    // Batch 48: "van de werkgroep voor de borrelpot:": any words of a purpose after "voor" up to a colon.
    let purpose = false;
    const from = tokens[j + 1]!.key !== 'van' ? j + 2 : ARTICLES.has(tokens[j + 2]!.key) ? j + 4 : j + 3;
    for (let w = from; w < first; w++) {
      const token = tokens[w]!;
      purpose ||= token.key === 'voor' && tokens[first - 1]?.text === ':';
      if (
        !(purpose && token.type === 'word') &&
        token.key !== 'is' &&
        token.text !== ':' &&
        !(token.text === ',' && w === first - 1) &&
        !ARTICLES.has(token.key) &&
        !PURPOSES.has(token.key) &&
        !isCapitalised(token)
      )
        return false;
    }
    return true;
  }
  return false;
}

// "Rekening van Podium24 voor de facturen: NL60...": what the account is for, between the organisation
// and the number (since heldout17-classes).
// Batch 45: "IBAN van de gemeente Oss voor terugbetaling: NL18..."; batch 59: "... is veranderd: NL09...".
const PURPOSES = wordSet(`voor facturen factuur betalingen betaling bijdragen bijdrage contributie donaties
  terugbetaling terugbetalingen terugstorting terugstortingen veranderd gewijzigd`);
const PURPOSE_WORDS = 3;

/**
 * "via Stichting Schuldhulp Limburg, rekening NL84...": an organisation (its type or a known name, then
 * up to NAME_WORDS capitalised words), a comma and an account word right before the number (since
 * heldout17-classes); "van meneer Janssen, rekening NL91..." names no organisation.
 */
function isAccountAfterOrganisation(
  tokens: readonly Token[],
  first: number,
  isOrganisationAt: (j: number) => boolean,
): boolean {
  let j = first - 1;
  if (tokens[j]?.text === ':') j--;
  if (!ACCOUNT_WORDS.has(tokens[j]?.key ?? '') || tokens[j - 1]?.text !== ',') return false;
  for (let w = j - 2; w >= 0 && w >= j - 2 - NAME_WORDS; w--) {
    if (isOrganisationWord(tokens, w, isOrganisationAt)) return true;
    if (tokens[w]!.text === '.' && isCompanyForm(tokens, w - 1)) return true; // "Stap Verder B.V., IBAN"
    if (!isCapitalised(tokens[w])) return false;
  }
  return false;
}

/** A word for a client, someone close to one, a pronoun or a first name (not a named contact) in tokens [from, to). */
export function mentionsPerson(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = Math.max(0, from); j < to && j < tokens.length; j++) {
    const token = tokens[j]!;
    if (PERSONAL.has(token.key)) return true;
    if (isCapitalised(token) && isKnownFirstName(token.key) && !isNamedContact(tokens, j)) return true;
  }
  return false;
}

/** After "t.n.v.", "tnv", "ten name van" or "ten gunste van" at j (a comma before allowed): the first word after it, or -1. */
function afterOnBehalf(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.text === ',') j++;
  const word = tokens[j];
  if (word === undefined) return -1;
  let next = -1;
  if (word.key === 'tnv') next = j + 1;
  else if (word.key === 'ten' && ON_BEHALF.has(tokens[j + 1]?.key ?? '') && tokens[j + 2]?.key === 'van')
    next = j + 3;
  else if (isDottedTnv(tokens, j)) next = j + 6;
  else if (word.key === 't' && tokens[j + 1]?.key === 'n' && tokens[j + 2]?.key === 'v') next = j + 3;
  if (next === -1) return -1;
  if (tokens[next]?.text === '.') next++;
  if (ARTICLES.has(tokens[next]?.key ?? '')) next++;
  return next < tokens.length ? next : -1;
}

/** "t.n.v.": t . n . v . */
function isDottedTnv(tokens: readonly Token[], j: number): boolean {
  return (
    tokens[j]?.key === 't' &&
    tokens[j + 1]?.text === '.' &&
    tokens[j + 2]?.key === 'n' &&
    tokens[j + 3]?.text === '.' &&
    tokens[j + 4]?.key === 'v' &&
    tokens[j + 5]?.text === '.'
  );
}

/**
 * An organisation's type or name at j, or a few capitalised words ending in a company form ("Bakkerij
 * Jansen B.V."): where its name ends (exclusive), or -1.
 */
function organisationNameEnd(
  tokens: readonly Token[],
  j: number,
  isOrganisationAt: (j: number) => boolean,
): number {
  if (isOrganisationType(tokens[j]!) || isOrganisationAt(j)) {
    let end = j + 1;
    while (end < tokens.length && end <= j + NAME_WORDS && isCapitalised(tokens[end])) end++;
    return end;
  }
  for (let w = j; w < tokens.length && w <= j + NAME_WORDS; w++) {
    const token = tokens[w]!;
    // "BV", "NV", "VOF" or "B.V." (read at its "V") after a name: "t.n.v. Bakkerij Jansen B.V.".
    if (w > j && token.text === 'B' && isCompanyForm(tokens, w + 2)) return w + 3;
    if (w > j && token.key !== 'stichting' && isCompanyForm(tokens, w)) return w + 1;
    if (token.type !== 'word' || !isCapitalised(token)) return -1;
  }
  return -1;
}

function isOrganisationType(token: Token): boolean {
  if (isCapitalised(token) && ORGANISATION_ENDINGS.some((e) => token.key.endsWith(e))) return true;
  if (SHORTENED_TYPES.has(token.key)) return isCapitalised(token); // "Stg." (batch 55)
  return (
    ORGANISATION_TYPES.has(token.key) &&
    (isCapitalised(token) || token.key === 'gemeente' || token.key === 'uwv')
  );
}

const isTypeKey = (key: string) => ORGANISATION_TYPES.has(key) || isAdministrationKey(key);
const isOwnerKey = (key: string) => isTypeKey(key) || isSupplier(key);
