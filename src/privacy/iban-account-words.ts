import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Words that call a number an account, for iban-owner.ts, and the one bank whose accounts are never a
 * person's. "(rekening Stichting Hoofdzaak)", "NL20... is rek. gemeente?": the account word, spelled
 * out or shortened to "rek.", before the organisation that holds it.
 */
export const ACCOUNT_WORDS = wordSet('rekening rekeningnummer bankrekening bankrekeningnummer iban');
const SHORTENED_ACCOUNT_WORDS = wordSet('rek reknr rekeningnr');

/** After an account word at j ("rekening", "rek.", "reknr"): the index of the next word, else j itself. */
export function afterAccountWord(tokens: readonly Token[], j: number): number {
  const key = tokens[j]?.key ?? '';
  if (ACCOUNT_WORDS.has(key)) return j + 1;
  if (!SHORTENED_ACCOUNT_WORDS.has(key)) return j;
  return tokens[j + 1]?.text === '.' ? j + 2 : j + 1;
}

// BNG Bank (bank code BNGH) holds accounts of municipalities, provinces, water boards, housing corporations
// and other public bodies only, never a private person's: "factuur Gemeente Zwolle o.v.v. NL86 BNGH ...".
const PUBLIC_SECTOR_BANK = 'BNGH';
const BANK_CODE_FROM = 4;

/** The IBAN in tokens first..last (inclusive) is a Dutch account at the public sector's own bank. */
export function isPublicSectorAccount(tokens: readonly Token[], first: number, last: number): boolean {
  let text = '';
  // Spaces are no tokens; dashes and full stops between the groups are skipped.
  for (let j = first; j <= last && text.length < BANK_CODE_FROM + PUBLIC_SECTOR_BANK.length; j++)
    if (tokens[j]!.type !== 'punct') text += tokens[j]!.text;
  return (
    text.slice(0, 2).toUpperCase() === 'NL' &&
    text.slice(BANK_CODE_FROM, BANK_CODE_FROM + PUBLIC_SECTOR_BANK.length).toUpperCase() ===
      PUBLIC_SECTOR_BANK
  );
}

// Batch 59: "het IBAN van de cateraar voor de themadag:": a supplier of the werkgroep's events is a business.
const SUPPLIERS = wordSet('cateraar caterer leverancier drukker drukkerij zaalverhuurder');

/** "cateraar", "leverancier": a business that supplies the werkgroep, after "rekening van de". */
export function isSupplier(key: string): boolean {
  return SUPPLIERS.has(key);
}
