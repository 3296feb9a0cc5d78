import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 48 (issue 14): an account said to be an organisation's in two more shapes:
 *  - printed on its invoice or letter, before the number: "het bankrekeningnummer op de factuur van het
 *    trainingsbureau klopt niet: NL91...", "de IBAN op de brief van de stichting: NL91...";
 *  - named its number after it: "NL91... is het nummer van de gemeente voor terugbetalingen".
 * The organisation is a type ("stichting", "gemeente", "werkgroep" ...) or a compound ending in one of the
 * heads organisations bear ("trainingsbureau", "adviesbureau", "bouwbedrijf"). The person tests of
 * iban-owner.ts still run around it.
 */
const DOCUMENTS = wordSet('factuur facturen brief offerte website briefpapier nota');
const HEADS = [
  'bureau',
  'bedrijf',
  'stichting',
  'vereniging',
  'instelling',
  'organisatie',
  'praktijk',
  'gemeente',
];
const ARTICLES = wordSet('de het');
const REACH = 8;

/** "op de factuur van het trainingsbureau" within REACH tokens before the number at `first`. */
export function isOnOrganisationsDocument(
  tokens: readonly Token[],
  first: number,
  isOrganisationType: (key: string) => boolean,
): boolean {
  for (let j = first - 1; j >= 2 && j >= first - REACH; j--) {
    if (tokens[j]!.key !== 'van' || !DOCUMENTS.has(tokens[j - 1]!.key)) continue;
    const at = ARTICLES.has(tokens[j + 1]?.key ?? '') ? j + 2 : j + 1;
    return isOrganisationNoun(tokens[at]?.key ?? '', isOrganisationType);
  }
  return false;
}

/** "is het nummer van de gemeente" right after the number ending at `last`. */
export function isNumberOfOrganisationAfter(
  tokens: readonly Token[],
  last: number,
  isOrganisationType: (key: string) => boolean,
): boolean {
  let j = last + 1;
  if (tokens[j]?.key !== 'is') return false;
  j++;
  if (ARTICLES.has(tokens[j]?.key ?? '')) j++;
  if (tokens[j]?.key !== 'nummer' || tokens[j + 1]?.key !== 'van') return false;
  const at = ARTICLES.has(tokens[j + 2]?.key ?? '') ? j + 3 : j + 2;
  return isOrganisationNoun(tokens[at]?.key ?? '', isOrganisationType);
}

function isOrganisationNoun(key: string, isOrganisationType: (key: string) => boolean): boolean {
  return isOrganisationType(key) || HEADS.some((head) => key.endsWith(head) && key.length > head.length + 2);
}

// Batch 52: "factuur 2026-0457 van Pro Persona (IPS-uren nov) is betaald op NL69...": an organisation's
// invoice (its reference number may stand between), paid on the account: the organisation's.
const PAID = wordSet('betaald overgemaakt voldaan');
const PAID_ON = wordSet('op naar');
const PAID_REACH = 16;
const REFERENCE_PARTS = 4;

/** "<document> [reference] van <organisation> ... betaald op" the number at `first`. */
export function isOrganisationsInvoicePaid(
  tokens: readonly Token[],
  first: number,
  isOrganisationNamed: (j: number) => boolean,
): boolean {
  if (!PAID_ON.has(tokens[first - 1]?.key ?? '') || !PAID.has(tokens[first - 2]?.key ?? '')) return false;
  for (let j = first - 3; j >= 1 && j >= first - PAID_REACH; j--) {
    if (tokens[j]!.key !== 'van') continue;
    let d = j - 1;
    while (d > 0 && j - d < REFERENCE_PARTS && (tokens[d]!.type === 'number' || tokens[d]!.text === '-')) d--;
    if (DOCUMENTS.has(tokens[d]!.key)) return isOrganisationNamed(j + 1);
  }
  return false;
}
