import { belongsToRecord } from './bsn-record-after.ts';
import {
  isAlnumAt,
  isAsciiLetterCode,
  isDashCode,
  isDigitAt,
  isDigitCode,
  isSpaceLikeCode,
} from './chars.ts';
import type { Finding } from './findings.ts';

/**
 * The 11-proef of the burgerservicenummer: weights 9..2 on the first eight digits and -1 on the
 * last; the sum must be a non-zero multiple of 11. Eight digits are read with the leading zero that
 * spreadsheets drop ("12345678" is BSN 012345678).
 */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits)) return false;
  return isElfproefSum(addDigits(0, digits.length === 8 ? 1 : 0, digits, 0, digits.length));
}

/**
 * The 11-proef's sum with the digits of text[from, to) added, the first at `position` of the nine
 * (1 for an eight-digit number, whose leading zero weighs nothing). The detector adds the digit
 * groups of a number this way, without building a string of its digits.
 */
function addDigits(sum: number, position: number, text: string, from: number, to: number): number {
  let total = sum;
  for (let i = from, p = position; i < to; i++, p++) {
    const digit = text.charCodeAt(i) - 48;
    total += p < 8 ? digit * (9 - p) : -digit;
  }
  return total;
}

function isElfproefSum(sum: number): boolean {
  return sum !== 0 && sum % 11 === 0;
}

// Directly before the number, a word that says it is some other register's number: "KvK-nummer",
// "AGB-code", "zaaknummer", "kenmerk". "klantnummer" and "dossiernummer" are registers, but "klant
// 123456782" and "dossier 123456782" are how W&I staff write a client's BSN. Run on at most 32 characters, anchored at the end.
const OTHER_REGISTER =
  /(?:^|[^\p{L}])(?:kvk|rsin|agb|btw|fiscaal|koophandel|zaak|dossier(?=[a-z.-]{0,9}\s?(?:nummer|nr|code|id))|factuur|order|bestel|kenmerk|referentie|ref|project|contract|ticket|vestigings|registratie|subsidie|klant(?=[a-z.-]{0,9}\s?(?:nummer|nr|code|id))|polis|relatie|debiteur|personeels|aanvraag|artikel|versie)[a-z.-]{0,9}(?:\s?(?:nummer|nr\.?|code))?\s?[:#]?\s{0,2}$/u;
// Organisation registers named anywhere shortly before ("Het RSIN van de coöperatie is ...", "ons
// loonheffingennummer is ..."), unless a
// BSN cue or a client comes after that name.
const ORGANISATION_REGISTER =
  /(?:^|[^\p{L}])(?:kvk|rsin|agb|btw|fiscaal nummer|koophandel|vestigingsnummer|loonheffing[a-z]{0,3}\s?nummer)(?:[^\p{L}]|$)/gu;
// The same without the g flag: whether there is any match at all, without walking the matches.
const ANY_ORGANISATION_REGISTER = new RegExp(ORGANISATION_REGISTER.source, 'u');
const PERSON_CUE = /(?:bsn|burgerservice|sofi|cli[eë]nt|kandidaat|deelnemer)/g;
// "BSN123456782": the only letters a BSN may be glued to are its own name.
const BSN_GLUED = /(?:^|[^\p{L}])(?:bsn|sofi|sofinr)[:#]?$/u;
const MONEY_AFTER = /^\s?(?:euro|eur)\b/;

/**
 * Finds 8- or 9-digit numbers that pass the 11-proef, written as one run ("123456782") or in groups
 * with one kind of separator ("123 456 782", "1234.56.782", "123-456-782"), or digit by digit after
 * the BSN is named ("BSN: 1 2 3 4 5 6 7 8 2"). Not reported: numbers
 * glued to letters or to more digits ("2023-123456782", "NL123456782B01", "Z/26/123456782"), amounts
 * ("€ 123.456.782"), and numbers introduced as another register's number ("KvK-nummer 12345678").
 */
export function findBsns(text: string): Finding[] {
  const findings: Finding[] = [];
  let coveredUntil = -1;
  for (let i = 0; i < text.length; i++) {
    if (!isDigitCode(text.charCodeAt(i)) || isDigitAt(text, i - 1) || i < coveredUntil) continue;
    const end = bsnAt(text, i);
    if (end !== -1) {
      findings.push({ kind: 'bsn', start: i, end });
      coveredUntil = end;
    }
  }
  return findings;
}

/** Where the BSN that starts with the digit run at `start` ends, or -1. Looks at most four groups ahead. */
export function bsnAt(text: string, start: number): number {
  const first = digitRunEnd(text, start);
  const length = first - start;
  if (length === 8 || length === 9) {
    const sum = addDigits(0, 9 - length, text, start, first);
    if (isElfproefSum(sum) && isBsnAt(text, start, first)) return first;
  }
  // Every other form goes on after the run with one separator and a digit ("123 456 782", "2 5 7 ...",
  // "51819093 6"): without that digit, as after most numbers ("12 deelnemers"), none of them is asked.
  if (!isDigitCode(text.charCodeAt(first + 1))) return -1;
  if (length === 8 || length === 9) return length === 8 ? oddlyGroupedBsnEnd(text, start) : -1;
  if (length === 1) return digitByDigitBsnEnd(text, start);
  const grouped = groupedBsnEnd(text, start, first);
  return grouped === -1 && length < 9 ? oddlyGroupedBsnEnd(text, start) : grouped;
}

// Within the 32 characters before, the BSN named: "Het BSN is 2 5 7 3 0 4 1 9 8". A word of its own
// ("bsn", "burgerservicenummer", "sofi(-)nummer", "sofinr"), "bsn" ending a word ("clientbsn"; review 2),
// not a word holding "sofi": "Sofie", "Filosofie".
const BSN_NAMED_BEFORE = /bsn(?![a-z])|\bburgerservice|\bsofi(?:nr|nummer)?(?![a-z])/;

/**
 * "2 5 7 3 0 4 1 9 8": nine single digits, each joined to the next by the same one space, dot or
 * dash, after the BSN is named. Without that name nine digits in a row are a list or a score.
 */
function digitByDigitBsnEnd(text: string, start: number): number {
  const separator = joinAt(text, start + 1);
  if (separator === '' || (isDigitAt(text, start - 2) && joinAt(text, start - 1) === separator)) return -1;
  let sum = 0;
  let at = start;
  for (let p = 0; p < 9; p++, at += 2) {
    if (p > 0 && joinAt(text, at - 1) !== separator) return -1;
    if (isDigitAt(text, at + 1)) return -1;
    sum = addDigits(sum, p, text, at, at + 1);
  }
  const end = at - 1;
  // A tenth digit, or one before the first, makes it some other row of digits.
  if (joinAt(text, end) === separator || !isElfproefSum(sum) || !isBsnAt(text, start, end)) return -1;
  return BSN_NAMED_BEFORE.test(text.slice(Math.max(0, start - 32), start).toLowerCase()) ? end : -1;
}

/** Tries "123 456 782"-style windows of 2 to 4 groups of 2 to 5 digits, 9 digits in all. */
function groupedBsnEnd(text: string, start: number, firstEnd: number): number {
  const separator = joinAt(text, firstEnd);
  if (separator === '') return -1;
  // Batch 48: "Teams vergadering ID 389 123 456 78": a group before or after in the same way makes it a
  // longer number, as a tenth digit does.
  if (isDigitAt(text, start - 2) && joinAt(text, start - 1) === separator) return -1;
  let digits = 0;
  let sum = 0;
  let groupStart = start;
  let groupEnd = firstEnd;
  for (let k = 0; k < 4; k++) {
    const size = groupEnd - groupStart;
    if (size < 2 || size > 5) return -1;
    if (digits + size > 9) return -1;
    sum = addDigits(sum, digits, text, groupStart, groupEnd);
    digits += size;
    if (digits === 9) {
      if (joinAt(text, groupEnd) === separator) return -1;
      return k > 0 && isElfproefSum(sum) && isBsnAt(text, start, groupEnd) ? groupEnd : -1;
    }
    if (joinAt(text, groupEnd) !== separator) return -1;
    groupStart = groupEnd + 1;
    groupEnd = digitRunEnd(text, groupStart);
  }
  return -1;
}

/**
 * Batch 50: after the BSN is named, its nine digits in any groups of 1 to 5 digits joined by single spaces
 * or line breaks: "Bsn 3260 9418 0", "bsn-nr 34 56 78 90 4", "bsn 846 17<enter>3 931". At most six groups,
 * the first of two digits or more; the 11-proef and the BSN named just before (within 20 characters, closer
 * than for neat groups) still decide, so dates, amounts and reference numbers stay clean. Stop 29: the last
 * digit split off eight ("51819093 6"), and the BSN named just after instead ("... 6 het goede bsn is").
 * det-evasion: any group may hold up to eight digits ("bsn 1112223 33", "bsn 11 1222333", "bsn 111222 333").
 */
const ODD_CUE_REACH = 20;
const BSN_NAMED_AFTER =
  /^[^\d\n]{0,20}?(?:^|[^\p{L}])(?:bsn|burgerservicenummer|sofinummer|sofinr)(?!\p{L})/u;
function oddlyGroupedBsnEnd(text: string, start: number): number {
  if (isDigitAt(text, start - 2) && isSpaceOrBreakAt(text, start - 1)) return -1;
  let digits = 0;
  let sum = 0;
  let groupStart = start;
  for (let k = 0; k < 6; k++) {
    const groupEnd = digitRunEnd(text, groupStart);
    const size = groupEnd - groupStart;
    if (size < 1 || digits + size > 9) return -1;
    sum = addDigits(sum, digits, text, groupStart, groupEnd);
    digits += size;
    const joined = isSpaceOrBreakAt(text, groupEnd) && isDigitAt(text, groupEnd + 1);
    if (digits === 9) {
      if (joined || !isElfproefSum(sum) || !isBsnAt(text, start, groupEnd)) return -1;
      return isBsnNamedNear(text, start, groupEnd) ? groupEnd : -1;
    }
    if (!joined) return -1;
    groupStart = groupEnd + 1;
  }
  return -1;
}

function isBsnNamedNear(text: string, start: number, end: number): boolean {
  if (BSN_NAMED_BEFORE.test(text.slice(Math.max(0, start - ODD_CUE_REACH), start).toLowerCase())) return true;
  return BSN_NAMED_AFTER.test(text.slice(end, end + ODD_CUE_REACH + 12).toLowerCase());
}

function isSpaceOrBreakAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || isSpaceLikeCode(c);
}

function digitRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
  return i;
}

/** The single space, dot or dash that joins the digit run ending at `end` to the next one, or ''. */
function joinAt(text: string, end: number): string {
  if (!isDigitCode(text.charCodeAt(end + 1))) return '';
  const sep = text.charCodeAt(end);
  if (isSpaceLikeCode(sep)) return ' ';
  if (sep === 46) return '.';
  return isDashCode(sep) ? '-' : '';
}

/** The number at text[start, end), which passes the 11-proef, is read as a BSN in its place. */
function isBsnAt(text: string, start: number, end: number): boolean {
  if (isGluedAfter(text, end)) return false;
  const before = text.slice(Math.max(0, start - 48), start).toLowerCase();
  if (isGluedBefore(text, start) && !BSN_GLUED.test(before)) return false;
  const near = before.slice(-32);
  if (
    OTHER_REGISTER.test(near) &&
    !isClientRegisterBsn(text, start, end, near) &&
    !isBsnForPurpose(text, start)
  )
    return false;
  if (isMoneyBefore(near) || belongsToRecord(text, end, near)) return false;
  if (MONEY_AFTER.test(text.slice(end, end + 6).toLowerCase())) return false;
  return !namesOrganisationRegister(before);
}

const SPACE = /\s/;

/**
 * "€ 123.456.782", "eur 123456782": `near` (lower case) ends with an amount's sign, perhaps one space
 * after it. Read from the end: a regular expression ending in "$" was tried at each of the 32 places.
 */
function isMoneyBefore(near: string): boolean {
  const end = SPACE.test(near.charAt(near.length - 1)) ? near.length - 1 : near.length;
  return near.endsWith('€', end) || near.endsWith('eur', end) || near.endsWith('euro', end);
}

// "klantnr 3699 35 639": after a client's or file's number, digits in the BSN's own 4-2-3 groups are
// the client's BSN written where the register's number belongs.
const CLIENT_REGISTER = /(?:^|[^\p{L}])(?:klant|dossier)[a-z.-]{0,9}\s?[:#]?\s{0,2}$/u;
const BSN_GROUPS = /^\d{4}([ .-])\d{2}\1\d{3}$/;

function isClientRegisterBsn(text: string, start: number, end: number, near: string): boolean {
  return CLIENT_REGISTER.test(near) && BSN_GROUPS.test(text.slice(start, end));
}

// "bsn klant voor de aanvraag: 111222333": the BSN named first, then what it is for ("voor de aanvraag",
// "bij de factuur"): a thing after a preposition and an article, no register's number word glued or after it.
// "BSN van de cliënt voor de aanvraag no-risk polis: ...": the thing may be described by a few words after
// it, none a register's number word ("aanvraag polisnummer:" is the policy's number). Stop 29: or by up to
// two words before it, or glued before it ("BSN voor de Wajong aanvraag:", "voor de WIA-aanvraag").
const BSN_FOR_PURPOSE =
  /(?:^|[^\p{L}])(?:bsn|burgerservicenummer|sofi)[^\d]{0,30}\s(?:voor|bij|van|in)\s(?:de|het|een)\s(?:(?![\p{L}-]*(?:nummer|nr|code|id)\s)[\p{L}-]{2,20}\s){0,2}(?:[\p{L}]{2,20}-)?(?:aanvraag|factuur|order|project|contract|subsidie)(?:\s(?![\p{L}-]*(?:nummer|nr|code|id)\b)[\p{L}-]{2,20}){0,3}\s?:?\s{0,2}$/u;
const PURPOSE_REACH = 96;

function isBsnForPurpose(text: string, start: number): boolean {
  return BSN_FOR_PURPOSE.test(text.slice(Math.max(0, start - PURPOSE_REACH), start).toLowerCase());
}

/** The last register name in `before` is an organisation's, with no BSN cue or client after it. */
function namesOrganisationRegister(before: string): boolean {
  if (!ANY_ORGANISATION_REGISTER.test(before)) return false;
  let lastRegister = -1;
  for (const m of before.matchAll(ORGANISATION_REGISTER)) lastRegister = m.index;
  if (lastRegister === -1) return false;
  let lastPerson = -1;
  for (const m of before.matchAll(PERSON_CUE)) lastPerson = m.index;
  return lastPerson < lastRegister;
}

function isGluedBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  if (isAlnumAt(text, start - 1)) return true;
  const c = text.charCodeAt(start - 1);
  if (isDashCode(c) || c === 47 || c === 95) return isAlnumAt(text, start - 2); // - / _
  if (c === 46 || c === 44) return isDigitAt(text, start - 2); // . ,
  return false;
}

function isGluedAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  if (isAlnumAt(text, end)) return true;
  const c = text.charCodeAt(end);
  if (isDashCode(c) || c === 47 || c === 95) return isAlnumAt(text, end + 1);
  // "8123.45.678.L01": an employer's payroll tax number, the RSIN with its letter and digits after it.
  if (c === 46)
    return (
      isDigitAt(text, end + 1) || (isAsciiLetterCode(text.charCodeAt(end + 1)) && isDigitAt(text, end + 2))
    );
  if (c === 44) return isDigitAt(text, end + 1);
  return false;
}
