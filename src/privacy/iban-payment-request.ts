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
  if (
    !referenceAskedAfter(tokens, last + 1) &&
    !paymentNounBefore(tokens, first) &&
    !invoiceInSentence(tokens, first, last)
  )
    return false;
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
    if (tokens[j]!.key !== 'zijn' || !isVerbZijnAt(tokens, j)) continue;
    if (mentionsPerson(tokens, start, j)) return true;
    start = j + 1;
  }
  return mentionsPerson(tokens, start, to);
}

/** "zijn welkom", "zijn te betalen"; det-contacts37: "het moet NL86 ... zijn": "zijn" ending its clause. */
function isVerbZijnAt(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return next === undefined || next.lineBefore || next.type === 'punct' || AFTER_VERB_ZIJN.has(next.key);
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

// det-contacts37: an invoice anywhere in the number's sentence ("De IBAN op de factuur van Cordaan klopt niet,
// het moet NL86 ... zijn", "Factuur IPS-scholing ..., € 2.950,- betalen voor 1 juni op NL79 ...", "NL.. staat
// op de factuur"): held-out counts (6 clean lines flagged, no client's of 262) and the tuning set's (every
// client's account beside an invoice has a person named: "de factuur van de deelnemer ... zijn rekening") say
// an invoice's account is the invoicer's unless a person is named; a person's income keeps it someone's.
const INVOICE = 'factu';
const INVOICE_BEFORE = 24;
const INVOICE_AFTER = 10;
const INCOME =
  wordSet(`uitkering loon salaris toeslag zorgtoeslag huurtoeslag leefgeld leefgeldrekening bewind
  bewindvoering bewindvoerder schulden schuldhulp`);

function invoiceInSentence(tokens: readonly Token[], first: number, last: number): boolean {
  let invoice = false;
  for (let j = first - 1; j >= 0 && j >= first - INVOICE_BEFORE; j--) {
    const token = tokens[j]!;
    if (INCOME.has(token.key)) return false;
    invoice ||= isInvoiceWord(token);
    if (token.lineBefore || isSentenceMark(tokens, j)) break;
  }
  for (let j = last + 1; j < tokens.length && j <= last + INVOICE_AFTER; j++) {
    const token = tokens[j]!;
    if (token.lineBefore || isSentenceMark(tokens, j)) break;
    if (INCOME.has(token.key)) return false;
    invoice ||= isInvoiceWord(token);
  }
  return invoice;
}

function isInvoiceWord(token: Token): boolean {
  return token.type === 'word' && (token.key.startsWith(INVOICE) || token.key.startsWith(`ge${INVOICE}`));
}

/** "?", "!", or a full stop after a word of three letters or more before a capital ("nr. F26", "2.950" are none). */
function isSentenceMark(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!;
  if (token.text === '?' || token.text === '!') return true;
  if (token.text !== '.') return false;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return (
    before?.type === 'word' && before.text.length > 2 && after?.spaceBefore === true && after.capitalised
  );
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
