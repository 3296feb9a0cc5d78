import { ACCOUNT_WORDS } from './iban-account-words.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

// Batch 45: "gemeente Helmond betaalt de jobcoach factuur via NL80...": the organisation pays from it.
// Held-out 39's class (det-fp39): "wordt uitbetaald door de gemeente vanaf rekening NL86...".
const PAY_VERBS = wordSet('betaalt betaalde betalen maakt maakte stort stortte');
// Stop 37 (batch 74): "door de gemeente gecompenseerd, betalingen vanuit NL03...".
const FROM_WORDS = wordSet('via vanaf vanuit');
// "overmaken door de penningmeester vanaf NL79...": who pays out an organisation's money.
const PAYING_ROLES = wordSet('penningmeester administratie crediteurenadministratie salarisadministratie');
// Batch 72 (det-72): "wordt door de stichting betaald van rekening NL66...": "van" with an account word only
// ("de huur van NL..." names no paying account).
const FROM_ACCOUNT = 'van';
const ARTICLES = wordSet('de het');
const PAYER_WINDOW = 8;

/**
 * "via" or "vanaf" (an account word between allowed) right before the number at `first`, and an
 * organisation paying before it: the subject of a paying verb (its name between), or after "door".
 */
export function paysVia(
  tokens: readonly Token[],
  first: number,
  isOrganisationWord: (j: number) => boolean,
): boolean {
  const named = ACCOUNT_WORDS.has(tokens[first - 1]?.key ?? '');
  const from = named ? first - 2 : first - 1;
  const fromKey = tokens[from]?.key ?? '';
  if (!FROM_WORDS.has(fromKey) && !(named && fromKey === FROM_ACCOUNT)) return false;
  for (let v = from - 1; v >= 1 && v >= from - PAYER_WINDOW; v--) {
    if (tokens[v]!.key === 'door') {
      const named = ARTICLES.has(tokens[v + 1]?.key ?? '') ? v + 2 : v + 1;
      return named < from && (isOrganisationWord(named) || PAYING_ROLES.has(tokens[named]?.key ?? ''));
    }
    if (!PAY_VERBS.has(tokens[v]!.key)) continue;
    const named = isCapitalised(tokens[v - 1]) && !isOrganisationWord(v - 1) ? v - 2 : v - 1;
    return isOrganisationWord(named) || PAYING_ROLES.has(tokens[named]?.key ?? '');
  }
  return false;
}
