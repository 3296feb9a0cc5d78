import { ARTICLES } from './function-words.ts';
import { ACCOUNT_WORDS } from './iban-account-words.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 50: "de stichting heeft een nieuwe bankrekening, NL44 RABO ...": an organisation, the subject, has
 * the account said right before the number. "<organisation> heeft|krijgt (een) (adjective) <account word>"
 * and at most a comma or colon before the IBAN; a fixed window of tokens, so linear.
 */
const HAS = wordSet('heeft hebben krijgt gebruikt');
const ADJECTIVES = wordSet('nieuwe nieuw ander andere vaste eigen');

/** The IBAN starting at token `first` is said to be an organisation's new or own account. */
export function isAccountTheOrganisationHas(
  tokens: readonly Token[],
  first: number,
  isOrganisationWord: (j: number) => boolean,
): boolean {
  let j = first - 1;
  if (tokens[j]?.text === ',' || tokens[j]?.text === ':') j--;
  if (!ACCOUNT_WORDS.has(tokens[j]?.key ?? '')) return false;
  j--;
  if (ADJECTIVES.has(tokens[j]?.key ?? '')) j--;
  if (ARTICLES.has(tokens[j]?.key ?? '')) j--;
  if (!HAS.has(tokens[j]?.key ?? '')) return false;
  return j >= 1 && isOrganisationWord(j - 1);
}

const NAME_WORDS = 5;
// "Stichting Werk en Zorg Drenthe:": a name's joining word.
const NAME_JOINS = wordSet('en &');

/**
 * "aan de gemeente: NL07...", since batch 53 also "Stichting Hoofdzaak Werk Noord: NL91...": an
 * organisation, or its type opening a name of up to five capitalised words (or "en", "&"), right before a colon and
 * the number.
 */
export function isOrganisationBeforeColon(
  tokens: readonly Token[],
  first: number,
  isOrganisationWord: (j: number) => boolean,
): boolean {
  if (tokens[first - 1]?.text !== ':') return false;
  for (let j = first - 2; j >= 0 && j >= first - 2 - NAME_WORDS; j--) {
    if (isOrganisationWord(j)) return true;
    if (!isCapitalised(tokens[j]) && !NAME_JOINS.has(tokens[j]?.key ?? '')) return false;
  }
  return false;
}
