import { createRequire } from 'node:module';
import { isAlnumAt, isDashCode, isDigitAt, isDigitCode, isSpaceLikeCode } from './chars.ts';
import type { Finding } from './findings.ts';

/**
 * Phone numbers. libphonenumber-js (full metadata) decides whether a number is valid, but it is
 * only ever shown short candidates: run over a whole text it backtracks, and half a second on a
 * 100 KB line of "1 1 1 ..." is too slow for a guard in the request path. A candidate is what a
 * Dutch writer uses for a phone number: it starts with 0, +, 00 or "(0", is made of digit groups
 * with at most a few separators between them, and has the right number of digits. That rule also
 * keeps a BSN ("123456782"), years, counts ("100 trajecten"), levels ("3,5"), percentages and dates
 * away from the library.
 */

const MAX_CANDIDATE = 32;
const MAX_DIGITS = 15;
const CACHE_LIMIT = 2048;

/** libphonenumber's types for organisations' general numbers: free, paid and national-rate lines. */
const GENERAL_TYPES = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN']);
// A Dutch mobile number by its shape (06, a non-zero digit and seven more), also in ranges not yet issued: someone's
// number typed with one wrong digit is still someone's number.
const MOBILE_SHAPE = /^(?:0|31|0031|310|00310)6[1-9]\d{7}$/;

/** What a candidate is: no phone number, a person's (or anyone's direct) number, or an organisation's general number. */
export type PhoneClass = 'none' | 'private' | 'general';
export type PhoneValidator = (candidate: string) => PhoneClass;

/**
 * The library with its full metadata is about 90 modules and 45 ms of CPU to load: it loads when
 * the first candidate is asked about, not at start-up (start-up loads it a moment after /healthz
 * answers). Its CommonJS build, so that the guard stays synchronous.
 */
let library: typeof import('libphonenumber-js/max') | undefined;
function phoneLibrary(): typeof import('libphonenumber-js/max') {
  library ??= createRequire(import.meta.url)(
    'libphonenumber-js/max',
  ) as typeof import('libphonenumber-js/max');
  return library;
}

/** Loads the library now (start-up calls it a moment after the server answers), so no message waits for it. */
export function loadPhoneLibrary(): void {
  phoneLibrary();
}

/** A validator with a small cache: a text that repeats one number asks the library once. */
export function createPhoneValidator(): PhoneValidator {
  const cache = new Map<string, PhoneClass>();
  return (candidate) => {
    const known = cache.get(candidate);
    if (known !== undefined) return known;
    const result = classify(candidate);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(candidate, result);
    return result;
  };
}

function classify(candidate: string): PhoneClass {
  // The library may drop a leading "(" from its match; the digits must all be in it.
  const match = phoneLibrary()
    .findPhoneNumbersInText(candidate, 'NL')
    .find((m) => m.startsAt <= 1 && m.endsAt === candidate.length);
  if (match !== undefined) return GENERAL_TYPES.has(match.number.getType() ?? '') ? 'general' : 'private';
  return MOBILE_SHAPE.test(candidate.replace(/\D/g, '')) ? 'private' : 'none';
}

/** Where an organisation's general number stands, so that no BSN is read out of its digits. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

// Where each digit group of the walk ends and how many digits lie before that end; reused from
// call to call (at most one group per two characters of a candidate).
const GROUP_ENDS = new Int32Array(MAX_CANDIDATE + 2);
const GROUP_DIGITS = new Int32Array(MAX_CANDIDATE + 2);

/** Private phone numbers; organisations' general numbers go to `general` when given. */
export function findPhones(text: string, isValid: PhoneValidator, general: Span[] = []): Finding[] {
  const findings: Finding[] = [];
  let i = 0;
  while (i < text.length) {
    const end = phoneAt(text, i, isValid);
    if (end === NONE) {
      i++;
    } else if (end < 0) {
      general.push({ start: i, end: -end });
      i = -end;
    } else {
      findings.push({ kind: 'phone', start: i, end });
      i = end;
    }
  }
  return findings;
}

/** No phone number starts at this position. */
export const NONE = 0;

/**
 * The phone number that starts at position i: where a private number ends, minus where an
 * organisation's general number ends, or NONE.
 */
export function phoneAt(text: string, i: number, isValid: PhoneValidator): number {
  return isPossibleStart(text, i) ? phoneEndAt(text, i, isValid) : NONE;
}

function isPossibleStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  const startsNumber =
    c === 48 || (c === 43 && isDigitCode(next)) || (c === 40 && (next === 48 || next === 43)); // 0 + (
  if (!startsNumber || i === 0) return startsNumber;
  if (isAlnumAt(text, i - 1) || followsIbanHead(text, i)) return false;
  const before = text.charCodeAt(i - 1);
  // "2023-0612345678" or "12.0612..." continue another number.
  if (isDashCode(before) || before === 46 || before === 47) return !isDigitAt(text, i - 2);
  return true;
}

// "NL57 RABO 0155 9013 42": a country code, check digits and a bank code before the digits make them an
// account, even when the check digits do not hold (a typo, an example): no phone number. Read within a
// fixed fifteen characters back.
const IBAN_HEAD = /(?:^|[^A-Za-z0-9])[A-Za-z]{2}[ .-]?\d{2}[ .-]?[A-Za-z]{4}[ .-]?$/;
const IBAN_HEAD_CHARS = 15;

function followsIbanHead(text: string, i: number): boolean {
  return IBAN_HEAD.test(text.slice(Math.max(0, i - IBAN_HEAD_CHARS), i));
}

/**
 * Walks digit groups from `start` and returns where a private phone number ends, minus where a
 * general number ends, or NONE.
 */
function phoneEndAt(text: string, start: number, isValid: PhoneValidator): number {
  let groups = 0;
  let count = 0;
  // The digits as a string only for an international number; otherwise the first four as a number.
  let digits = '';
  let head = 0;
  let i = start;
  let open = text.charCodeAt(i) === 40;
  if (open) i++;
  const international = text.charCodeAt(i) === 43 || text.startsWith('00', i);
  if (text.charCodeAt(i) === 43) i++;
  while (i < text.length && i - start < MAX_CANDIDATE) {
    const groupStart = i;
    // Bounded like the whole walk, so a long digit run after a "0 " costs no more than 32 steps.
    while (i < text.length && i - start <= MAX_CANDIDATE && isDigitCode(text.charCodeAt(i))) i++;
    if (i === groupStart) break;
    if (international) digits += text.slice(groupStart, i);
    for (let j = groupStart; j < i && count + j - groupStart < 4; j++)
      head = head * 10 + text.charCodeAt(j) - 48;
    count += i - groupStart;
    if (count > MAX_DIGITS) break;
    GROUP_ENDS[groups] = i;
    GROUP_DIGITS[groups] = count;
    groups++;
    const separator = separatorAt(text, i, open);
    if (separator === -1) break;
    open = (separator & 1) === 1;
    i = separator >> 1;
  }
  // "0800", "0900", "0906", "0909": four digits below 1000 start with the 0.
  const nonGeographic = count >= 4 && (head === 800 || head === 900 || head === 906 || head === 909);
  for (let g = groups - 1; g >= 0; g--) {
    const end = GROUP_ENDS[g]!;
    const digitCount = GROUP_DIGITS[g]!;
    const length = international
      ? hasInternationalLength(digits.slice(0, digitCount))
      : hasNationalLength(digitCount, nonGeographic);
    if (!length) continue;
    if (isGluedAfter(text, end)) continue;
    const candidate = text.slice(start, end);
    if (startsWithDate(candidate)) return NONE;
    const kind = isValid(candidate);
    if (kind === 'private') return end;
    if (kind === 'general') return -end;
  }
  return NONE;
}

/**
 * Between groups: spaces and at most one dash, dot or slash; a ")" closing an area code opened with
 * "(", or the bracketed trunk "(0)" of "+31 (0)6". Brackets anywhere else end the number, so
 * "(0(0(0..." costs one step per start. Returns -1 when no group follows, else where the next group
 * starts times two, plus one when a "(" is still open there (no object per group).
 */
function separatorAt(text: string, from: number, open: boolean): number {
  let i = from;
  let marks = 0;
  let stillOpen = open;
  while (i < text.length && i - from < 6) {
    const c = text.charCodeAt(i);
    if (c === 40 && text.startsWith('(0)', i)) {
      i += 3;
      continue;
    }
    // Batch 50: "+31 (6) 5172 8364": a bracketed first digit after the country code is a group of its own.
    if (c === 40 && !stillOpen && isDigitCode(text.charCodeAt(i + 1)) && text.charCodeAt(i + 2) === 41) {
      i++;
      stillOpen = true;
      break;
    }
    if (isDashCode(c) || c === 46 || c === 47) marks++;
    else if (c === 41 && stillOpen) stillOpen = false;
    else if (!isSpaceLikeCode(c)) break;
    i++;
  }
  if (i === from || marks > 1 || !isDigitCode(text.charCodeAt(i))) return -1;
  return i * 2 + (stillOpen ? 1 : 0);
}

const NON_GEOGRAPHIC = /^0(?:800|900|906|909)/;

function hasInternationalLength(digits: string): boolean {
  const national = digits.startsWith('00') ? digits.slice(2) : digits;
  if (national.startsWith('31')) {
    // "+31 06 12345678": writing the trunk zero after +31 is wrong but common.
    const subscriber = national.charAt(2) === '0' ? national.slice(3) : national.slice(2);
    return subscriber.length === 9 || NON_GEOGRAPHIC.test(`0${subscriber}`);
  }
  return national.length >= 8 && national.length <= MAX_DIGITS;
}

/**
 * Every Dutch geographic and mobile number is ten digits with the trunk zero; the non-geographic
 * ones (`nonGeographic`: the first four digits are 0800, 0900, 0906 or 0909) eight to eleven.
 */
function hasNationalLength(count: number, nonGeographic: boolean): boolean {
  if (nonGeographic && count >= 4) return count >= 8 && count <= 11;
  return count === 10;
}

function isGluedAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  if (isAlnumAt(text, end)) return true;
  const c = text.charCodeAt(end);
  // "10:00", "3,5" or another digit group behind a dash: this was not the end of the number.
  if (c === 58 || c === 44 || c === 46 || isDashCode(c) || c === 47) return isDigitAt(text, end + 1);
  return false;
}

// "01-04-2026 10:00" has ten digits and would be a valid Rotterdam number.
const DATE_START = /^\(?\d{1,2}([-./])\d{1,2}\1(?:19|20)\d\d/;

function startsWithDate(candidate: string): boolean {
  return DATE_START.test(candidate);
}
