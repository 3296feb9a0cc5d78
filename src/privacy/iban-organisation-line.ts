import { isCalledOurAccount } from './iban-our-account.ts';
import { isOrganisationAccount, isOrganisationNamed, mentionsPerson } from './iban-owner.ts';
import { particlesWith } from './name-particles.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Stop 33 (det-contacts), the policy: an organisation's bank account is no client's data. An IBAN on a line
 * that names an organisation (a known one, capitalised words with an organisation's type, or its type after an
 * article: "de stichting"; iban-owner.ts) and no person (a word for a client or someone close to one, a title,
 * a pronoun, a first name) is the organisation's: "IBAN gemeente Venlo voor terugbetaling: NL81...", "LKS-
 * bijdrage naar de werkgever: NL94... (Bakkerij Ruijters BV)". An account said to receive a person's income or
 * to be managed for one ("uitkering", "loon", "salaris", "toeslag", "gestort", "uitbetaald", "bewind",
 * "leefgeld") or to be passed on to the organisation ("Nieuw IBAN ... doorgegeven aan de gemeente") stays
 * private. Reads BEFORE tokens before the number and AFTER after it, on its line.
 */
const BEFORE = 16;
const CLAUSE_REACH = 8;
const CLAUSE_ENDS = new Set(['.', '!', '?', ';']);
const AFTER = 12;
const A_PERSONS_ACCOUNT =
  wordSet(`loon salaris bijstand ww wajong wia wao aow ziektewet pensioen gestort storten stort
  betaalt betaald uitbetalen uitbetaald uitbetaling overmaken overgemaakt overmaakt ontvangt ontvangen doorgegeven
  doorgeven werknemer werknemers eigen bewind beschermingsbewind leefgeld leefgeldrekening beheerrekening
  budgetbeheer vergoeding vergoed vergoedt declaratie declaraties declareren teruggave terugbetaald incasso
  machtiging schuld schulden afbetaling`);
// "uitkering", "WW-uitkering", "zorgtoeslag", "kinderbijslag": a person's income, by its ending.
const INCOME_ENDINGS = ['uitkering', 'uitkeringen', 'toeslag', 'toeslagen', 'bijslag'];

function isPersonsAccountWord(key: string): boolean {
  return A_PERSONS_ACCOUNT.has(key) || INCOME_ENDINGS.some((ending) => key.endsWith(ending));
}

/** The IBAN in tokens first..last (inclusive) is an organisation's: said to be one (iban-owner.ts), or on its line. */
export function isAnOrganisationsAccount(
  tokens: readonly Token[],
  first: number,
  last: number,
  isOrganisationAt: (j: number) => boolean,
): boolean {
  return (
    isOrganisationAccount(tokens, first, last, isOrganisationAt) ||
    isCalledOurAccount(tokens, first, last, isOrganisationAt) || // stop 34
    isOrganisationsLineAccount(tokens, first, last, isOrganisationAt)
  );
}

/** The IBAN in tokens first..last (inclusive) stands on a line about an organisation and no person. */
export function isOrganisationsLineAccount(
  tokens: readonly Token[],
  first: number,
  last: number,
  isOrganisationAt: (j: number) => boolean,
): boolean {
  let from = first;
  while (from > 0 && from > first - BEFORE && !tokens[from]!.lineBefore) from--;
  let to = last + 1;
  while (to < tokens.length && to <= last + AFTER && !tokens[to]!.lineBefore) to++;
  if (mentionsPerson(tokens, from, first) || mentionsPerson(tokens, last + 1, to)) return false;
  let organisation = false;
  let clause = true;
  for (let j = first - 1; j >= from; j--) {
    if (isPersonsAccountWord(tokens[j]!.key) || isHolderNamed(tokens, j) || isInitialled(tokens, j))
      return false;
    clause &&= !CLAUSE_ENDS.has(tokens[j]!.text) && j >= first - CLAUSE_REACH;
    organisation ||= clause && isOrganisationNamed(tokens, j, isOrganisationAt);
  }
  clause = true;
  for (let j = last + 1; j < to; j++) {
    if (isPersonsAccountWord(tokens[j]!.key) || isHolderNamed(tokens, j) || isInitialled(tokens, j))
      return false;
    clause &&= !CLAUSE_ENDS.has(tokens[j]!.text) && j <= last + CLAUSE_REACH;
    organisation ||= clause && isOrganisationNamed(tokens, j, isOrganisationAt);
  }
  return organisation;
}

const HOLDER_WORDS = wordSet('tnv rekeninghouder houder');

/** "t.n.v.", "tnv", "ten name van", "rekeninghouder" at j: the holder is named, and iban-owner.ts judged them no organisation. */
function isHolderNamed(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]!.key;
  if (HOLDER_WORDS.has(key)) return true;
  if (key === 'ten') return tokens[j + 1]?.key === 'name';
  // "t.n.v.", "t n v": the letters with or without their full stops.
  return key === 't' && (tokens[j + 1]?.key === 'n' || tokens[j + 2]?.key === 'n');
}

/** "J. Bakker", "A.B. de Vries": an initial with its full stop before a capitalised word or a particle. */
function isInitialled(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!;
  if (token.type !== 'word' || token.text.length !== 1 || !token.capitalised) return false;
  if (tokens[j + 1]?.text !== '.') return false;
  const next = tokens[j + 2];
  return next !== undefined && next.type === 'word' && (next.capitalised || PARTICLES.has(next.key));
}

const PARTICLES = particlesWith('el');
