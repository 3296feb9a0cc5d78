import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * det-fp70: an account people are asked to pay into for what an organisation sells, holds or collects:
 * "Betaling workshop graag op NL44 ... o.v.v. factuur 2025-77", "Donaties zijn welkom op NL20 ...",
 * "Factuur 2025-31 van Werkfit: te betalen binnen 30 dagen op NL69 ...". Two signs, either enough:
 *  - a payment noun of a payee (an invoice, a fee, a donation) earlier in the number's sentence, within
 *    REACH tokens on its line, and the number said to be paid into: "op", "naar" or "aan" right before it
 *    ("Betaling loonkostensubsidie via NL88 ... is mislukt" is a payer's account; "... staat niet op de
 *    factuur maar hier: NL85 ..." is no request);
 *  - "o.v.v." / "ovv" / "onder vermelding van" right after the number: a reference asked of every payer.
 * The person tests of iban-owner.ts run around it ("Betaling van zijn huur graag op NL44 ..." stays a
 * finding), except that "zijn" before "welkom", "te", "van harte" is the verb ("Donaties zijn welkom op
 * NL20 ..."). Not "bijdrage" ("eigen bijdrage" is a client's) nor "uitkering", "huur", "loon".
 */
const PAYMENT_NOUNS = wordSet(`betaling factuur facturen donatie donaties gift giften inschrijfgeld
  inschrijfkosten deelnamekosten cursusgeld contributie lidmaatschap entree`);
const REACH = 14;
const PERSON_BEFORE = 16;
const PAID_INTO = wordSet('op naar aan');
const PERSON_AFTER = 16;
// "Donaties zijn welkom", "Facturen zijn te betalen", "zijn van harte welkom": "zijn" the verb.
const AFTER_VERB_ZIJN = wordSet('welkom te van altijd ook');

type MentionsPerson = (tokens: readonly Token[], from: number, to: number) => boolean;

/**
 * The IBAN in tokens first..last is where payers are asked to pay an organisation's invoice or fee, and no
 * person is named around it (`mentionsPerson` of iban-owner.ts, read around a verb "zijn").
 */
export function isPaymentRequestAccount(
  tokens: readonly Token[],
  first: number,
  last: number,
  mentionsPerson: MentionsPerson,
): boolean {
  if (!referenceAskedAfter(tokens, last + 1) && !paymentNounBefore(tokens, first)) return false;
  return (
    !mentionsPersonBesideVerb(tokens, first - PERSON_BEFORE, first, mentionsPerson) &&
    !mentionsPersonBesideVerb(tokens, last + 1, last + 1 + PERSON_AFTER, mentionsPerson)
  );
}

/** `mentionsPerson` over [from, to), the verb "zijn" left out. */
function mentionsPersonBesideVerb(
  tokens: readonly Token[],
  from: number,
  to: number,
  mentionsPerson: MentionsPerson,
): boolean {
  let start = Math.max(0, from);
  for (let j = start; j < to && j < tokens.length; j++) {
    if (tokens[j]!.key !== 'zijn' || !AFTER_VERB_ZIJN.has(tokens[j + 1]?.key ?? '')) continue;
    if (mentionsPerson(tokens, start, j)) return true;
    start = j + 1;
  }
  return mentionsPerson(tokens, start, to);
}

function paymentNounBefore(tokens: readonly Token[], first: number): boolean {
  if (!PAID_INTO.has(tokens[first - 1]?.key ?? '')) return false;
  for (let j = first - 1; j >= 0 && j >= first - REACH; j--) {
    const token = tokens[j]!;
    if (PAYMENT_NOUNS.has(token.key)) return true;
    if (token.lineBefore || token.text === '.' || token.text === '?' || token.text === '!') return false;
  }
  return false;
}

function referenceAskedAfter(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j];
  if (word === undefined) return false;
  if (word.key === 'ovv') return true;
  if (word.key === 'onder') return tokens[j + 1]?.key === 'vermelding' && tokens[j + 2]?.key === 'van';
  return (
    word.key === 'o' &&
    tokens[j + 1]?.text === '.' &&
    tokens[j + 2]?.key === 'v' &&
    tokens[j + 3]?.text === '.' &&
    tokens[j + 4]?.key === 'v'
  );
}
