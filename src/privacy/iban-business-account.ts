import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { ACCOUNT_WORDS } from './iban-account-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

// An account called a business's, team's or office's own, right before the number or a few words after it
// (split from iban-owner.ts, which asks these first).
const PERSON_WINDOW = 8;
const BUSINESS_ACCOUNTS = wordSet(`bedrijfsrekening bedrijfsrekeningnummer zakelijke-rekening
  stichtingsrekening verenigingsrekening organisatierekening teamrekening clubrekening kasrekening
  projectrekening werkgroeprekening kantoorrekening praktijkrekening derdenrekening`);
const BUSINESS_ADJECTIVES = wordSet('zakelijke zakelijk');
const CLIENTS_AND_KIN = wordSet(`${CLIENT_ROLES} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} zoon dochter
  prive`);

// "zijn bedrijfsrekening NL91...", "zakelijke rekening: NL91...": named right before the number ("is" or a colon
// between), no client, relative or title eight tokens either side ("de werkgever geeft zijn bedrijfsrekening op").
export function isBusinessAccount(tokens: readonly Token[], first: number, last: number): boolean {
  let j = first - 1;
  if (tokens[j]?.text === ':' || tokens[j]?.key === 'is') j--;
  const word = tokens[j];
  if (word === undefined) return false;
  const business =
    BUSINESS_ACCOUNTS.has(word.key) ||
    (ACCOUNT_WORDS.has(word.key) && BUSINESS_ADJECTIVES.has(tokens[j - 1]?.key ?? ''));
  if (!business) return false;
  for (let w = Math.max(0, first - PERSON_WINDOW); w <= last + PERSON_WINDOW && w < tokens.length; w++)
    if (CLIENTS_AND_KIN.has(tokens[w]!.key)) return false;
  return true;
}

/** "NL36..., dat is hun kantoorrekening": an office's account said a few words after the number (held-out 39). */
export function isCalledOfficeAccountAfter(tokens: readonly Token[], last: number): boolean {
  for (let j = last + 3; j < tokens.length && j <= last + PERSON_WINDOW + 4; j++)
    if (BUSINESS_ACCOUNTS.has(tokens[j]!.key) && (tokens[j - 2]?.key === 'is' || tokens[j - 1]?.key === 'is'))
      return true;
  return false;
}
