import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { ACCOUNT_WORDS } from './iban-account-words.ts';
import { isOfficeWord } from './organisation-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Stop 34 (det-contacts2), the policy of stop 33: an organisation's account is no client's. Right before the number
 * (a colon, "is" or an opening bracket between), the writer's organisation calls it its own ("ons IBAN is NL81...",
 * "uitbetaling via onze rekening NL62...", "Die van ons: NL81...") or the account is named as an organisation's or an
 * office's ("rekening van het ROC: NL46...", "vanaf de rekening van de gemeente (NL91..."). Never with a word for a
 * client or someone close to one, a title or a pronoun PERSON_WINDOW tokens either side ("onze rekening? Nee, die van
 * zijn moeder: NL..."); an organisation's own account takes no person's income words into account here ("uitbetaling
 * via onze rekening" is the organisation paying out).
 */
const PERSON_WINDOW = 8;
const OURS = wordSet('ons onze');
const ADJECTIVES = wordSet('nieuwe juiste vaste zakelijke eigen');
const ARTICLES = wordSet('de het');
const PERSONS =
  wordSet(`${CLIENT_ROLES} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} zoon dochter prive hij
  zij ze zijn haar hem z'n d'r`);

/** The IBAN in tokens first..last (inclusive) is called the writer's organisation's own or an organisation's. */
export function isCalledOurAccount(
  tokens: readonly Token[],
  first: number,
  last: number,
  isOrganisationAt: (j: number) => boolean,
): boolean {
  let j = first - 1;
  if (tokens[j]?.text === ':' || tokens[j]?.text === '(' || tokens[j]?.key === 'is') j--;
  const word = tokens[j];
  if (word === undefined) return false;
  let called = false;
  if (ACCOUNT_WORDS.has(word.key)) {
    const owner = ADJECTIVES.has(tokens[j - 1]?.key ?? '') ? j - 2 : j - 1;
    called = OURS.has(tokens[owner]?.key ?? '');
  } else if (word.key === 'ons') called = tokens[j - 1]?.key === 'van';
  else called = isOrganisationsAccountWords(tokens, j, isOrganisationAt);
  if (!called) return false;
  for (let w = Math.max(0, first - PERSON_WINDOW); w <= last + PERSON_WINDOW && w < tokens.length; w++)
    if (PERSONS.has(tokens[w]!.key)) return false;
  return true;
}

/** "rekening van (de/het) <organisation or office>" ending at j. */
function isOrganisationsAccountWords(
  tokens: readonly Token[],
  j: number,
  isOrganisationAt: (j: number) => boolean,
): boolean {
  const organisation = tokens[j]!;
  const named =
    isOrganisationAt(j) ||
    isOfficeWord(organisation.key) ||
    (organisation.allCaps && organisation.text.length >= 2) ||
    (ARTICLES.has(tokens[j - 1]?.key ?? '') && ORGANISATION_TYPES.has(organisation.key));
  if (!named) return false;
  const of = ARTICLES.has(tokens[j - 1]?.key ?? '') ? j - 2 : j - 1;
  return tokens[of]?.key === 'van' && ACCOUNT_WORDS.has(tokens[of - 1]?.key ?? '');
}

const ORGANISATION_TYPES = wordSet('gemeente stichting vereniging werkgever organisatie instelling school');
