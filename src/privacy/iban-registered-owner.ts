import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 55 (det-55): more signs that an IBAN is an organisation's, for iban-owner.ts (which still keeps
 * it private when a client, a relative, a title or a first name stands near it):
 *  - a KvK number beside it ("Stichting Werkbedrijf Rijk van Nijmegen, IBAN NL41 ..., KvK 60541923"):
 *    only a registered business has one, so the line is an invoice's or an organisation's details;
 *  - an administration as holder ("De IBAN van de projectadministratie is ...", "salarisadministratie");
 *  - "Stg." and "Ver." shortened for Stichting and Vereniging ("tnv Stg. Werk & Herstel Eindhoven").
 */
const KVK = wordSet('kvk kvk-nummer kvknummer kvk-nr kvknr');
const KVK_REACH = 8;
// A client who works for themselves has a KvK number too ("Deelnemer start als zzp'er: KvK ..., rekening
// ..."): a word for a client, a self-employed person, someone close, or a first name near it keeps it theirs.
const PERSON_REACH = 16;
const PERSONS = wordSet(`${CLIENT_ROLES} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} hij zij ze zijn haar
  hem zoon dochter prive eigen zzp zzp'er zzper zzpers eenmanszaak zelfstandige`);
const KVK_LABEL_MARKS = new Set([':', '.', '-']);
const ADMINISTRATION = 'administratie';
export const SHORTENED_TYPES = wordSet('stg ver');

/** A KvK number (the word and eight digits after it) within a few tokens either side of the IBAN. */
export function isKvkBeside(tokens: readonly Token[], first: number, last: number): boolean {
  const from = Math.max(0, first - KVK_REACH);
  const to = Math.min(tokens.length, last + 1 + KVK_REACH);
  for (let j = from; j < to; j++) {
    if (j >= first && j <= last) continue;
    if (!KVK.has(tokens[j]!.key)) continue;
    const at = KVK_LABEL_MARKS.has(tokens[j + 1]?.text ?? '') ? j + 2 : j + 1;
    const number = tokens[at];
    if (number?.type === 'number' && number.text.replace(/\D/g, '').length === 8)
      return !mentionsPerson(tokens, first - PERSON_REACH, last + 1 + PERSON_REACH);
  }
  return false;
}

function mentionsPerson(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = Math.max(0, from); j < to && j < tokens.length; j++) {
    const token = tokens[j]!;
    if (PERSONS.has(token.key) || (token.capitalised && isKnownFirstName(token.key))) return true;
  }
  return false;
}

/** "administratie", "projectadministratie", "financiele-administratie": a department that holds accounts. */
export function isAdministrationKey(key: string): boolean {
  return key.endsWith(ADMINISTRATION);
}
