import { isDigitCode } from './chars.ts';
import { isGlued, type Token } from './tokens.ts';
import { wordSetOf } from './word-sets.ts';

/** A calendar date written in the text, possibly without a year ("3 april", "12-03"). */
export interface DateMention {
  /** Token range [first, last] and character range [start, end). */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly day: number;
  readonly month: number;
  /** As written: four digits, two digits ("85"), or null when absent. */
  readonly year: number | null;
  readonly twoDigitYear: boolean;
  /** "maart 1985": a month and a year, no day. */
  readonly withoutDay: boolean;
  /** "12 03 1985": numbers apart, a date only where a birth cue says so. */
  readonly spaced: boolean;
  /** "1985" alone: a birth year only right after a birth cue ("geboren in 1985"). */
  readonly withoutMonth: boolean;
}

const MONTHS = new Map<string, number>([
  ['januari', 1],
  ['jan', 1],
  ['februari', 2],
  ['feb', 2],
  ['febr', 2],
  ['maart', 3],
  ['mrt', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['mei', 5],
  ['juni', 6],
  ['jun', 6],
  ['juli', 7],
  ['jul', 7],
  ['augustus', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['oktober', 10],
  ['okt', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
  // English: "14 july 1992", "March 3rd 1988".
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['october', 10],
]);

const SEPARATORS = wordSetOf(['-', '/', '.', '‐', '–']);

/**
 * Dates in the usual Dutch forms: 12-03-1985, 12/3/1985, 12.03.1985, 30-06-99, 1990-07-21,
 * 3 april 1979, 1 okt. 1993, and without year 12-03 or 3 april. Every candidate starts at a number
 * token and looks ahead at most five tokens.
 *
 * The date that starts at token k, or null. A caller walking on skips to the date's last token.
 */
export function dateAt(tokens: readonly Token[], k: number): DateMention | null {
  if (tokens[k]!.type !== 'number' || gluedToNumberBefore(tokens, k)) return null;
  return (
    monthFirstDate(tokens, k) ??
    numericDate(tokens, k) ??
    dashedWrittenDate(tokens, k) ??
    writtenDate(tokens, k) ??
    monthAndYear(tokens, k) ??
    spacedDate(tokens, k) ??
    yearAlone(tokens, k)
  );
}

/** "12 03 1985": day, month and four-digit year with single spaces, nothing glued around them. */
function spacedDate(tokens: readonly Token[], k: number): DateMention | null {
  const a = tokens[k]!;
  const b = tokens[k + 1];
  const c = tokens[k + 2];
  if (a.text.length > 2 || b?.type !== 'number' || c?.type !== 'number') return null;
  if (b.text.length !== 2 || c.text.length !== 4 || b.start !== a.end + 1 || c.start !== b.end + 1)
    return null;
  const after = tokens[k + 3];
  if (
    tokens[k - 1]?.type === 'number' ||
    (after !== undefined && (after.type === 'number' || isGlued(c, after)))
  )
    return null;
  const mention = make(tokens, k, k + 2, Number(a.text), Number(b.text), Number(c.text), false);
  return mention === null ? null : { ...mention, spaced: true };
}

/**
 * "12-mrt-1985", "3/apr/85": a written month between glued separators. A hyphen joins the month and
 * the year into one word ("mrt-1985"), a slash does not.
 */
function dashedWrittenDate(tokens: readonly Token[], k: number): DateMention | null {
  const day = tokens[k]!;
  const sep1 = tokens[k + 1];
  const monthWord = tokens[k + 2];
  if (
    day.text.length > 2 ||
    !gluedSeparator(day, sep1) ||
    monthWord?.type !== 'word' ||
    !isGlued(sep1, monthWord)
  )
    return null;
  const joined = monthWord.key.indexOf(sep1!.text);
  if (joined > 0) {
    const month = MONTHS.get(monthWord.key.slice(0, joined));
    const year = monthWord.key.slice(joined + 1);
    if (month === undefined || (year.length !== 4 && year.length !== 2) || !isDigits(year)) return null;
    return make(tokens, k, k + 2, Number(day.text), month, Number(year), year.length === 2);
  }
  const month = MONTHS.get(monthWord.key);
  const sep2 = tokens[k + 3];
  const year = tokens[k + 4];
  if (month === undefined || sep2?.text !== sep1!.text || !isGlued(monthWord, sep2)) return null;
  if (year?.type !== 'number' || !isGlued(sep2, year) || (year.text.length !== 4 && year.text.length !== 2))
    return null;
  if (continuesAfter(tokens, k + 5)) return null;
  return make(tokens, k, k + 4, Number(day.text), month, Number(year.text), year.text.length === 2);
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * "maart 1985", "mrt '85": a month and a year without a day, at the year (the day-first forms have
 * read "12 maart 1985" whole before the year is reached).
 */
function monthAndYear(tokens: readonly Token[], k: number): DateMention | null {
  const year = tokens[k]!;
  let before = tokens[k - 1];
  let first = k - 1;
  const twoDigit = year.text.length === 2;
  if (twoDigit) {
    if ((before?.text !== "'" && before?.text !== '’') || !isGlued(before, year)) return null;
    first = k - 2;
  } else if (year.text.length !== 4 || !year.spaceBefore) {
    return null;
  }
  before = tokens[first];
  if (before?.type !== 'word' || !(twoDigit ? before.end < tokens[first + 1]!.start : year.spaceBefore))
    return null;
  const month = MONTHS.get(before.key);
  if (month === undefined || tokens[first - 1]?.type === 'number' || continuesAfter(tokens, k + 1))
    return null;
  const mention = make(tokens, first, k, 1, month, Number(year.text), twoDigit);
  return mention === null ? null : { ...mention, withoutDay: true };
}

const ORDINAL_ENDINGS = wordSetOf(['st', 'nd', 'rd', 'th', 'e', 'ste', 'de']);

/**
 * "March 3rd 1988", "July 14, 1992": the month before the day (an ordinal ending glued on, a comma),
 * then a four-digit year; found at the day, the date starts at the month.
 */
function monthFirstDate(tokens: readonly Token[], k: number): DateMention | null {
  const day = tokens[k]!;
  const monthWord = tokens[k - 1];
  if (day.text.length > 2 || !day.spaceBefore || monthWord?.type !== 'word') return null;
  const month = MONTHS.get(monthWord.key);
  if (month === undefined || tokens[k - 2]?.type === 'number') return null;
  let last = k;
  const ending = tokens[last + 1];
  if (ending?.type === 'word' && ORDINAL_ENDINGS.has(ending.key) && isGlued(day, ending)) last++;
  if (tokens[last + 1]?.text === ',' && isGlued(tokens[last], tokens[last + 1])) last++;
  const year = tokens[last + 1];
  if (
    year?.type !== 'number' ||
    year.text.length !== 4 ||
    !year.spaceBefore ||
    continuesAfter(tokens, last + 2)
  )
    return null;
  return make(tokens, k - 1, last + 1, Number(day.text), month, Number(year.text), false);
}

function numericDate(tokens: readonly Token[], k: number): DateMention | null {
  const a = tokens[k]!;
  const sep1 = tokens[k + 1];
  const b = tokens[k + 2];
  if (!gluedSeparator(a, sep1) || b?.type !== 'number' || !isGlued(sep1, b)) return null;
  const sep2 = tokens[k + 3];
  const c = tokens[k + 4];
  const hasThird = sep2?.text === sep1!.text && isGlued(b, sep2) && c?.type === 'number' && isGlued(sep2, c);
  // "3-9-'02", "30/11/'58": a two-digit year after an apostrophe.
  const short = tokens[k + 5];
  if (
    !hasThird &&
    sep2?.text === sep1!.text &&
    isGlued(b, sep2) &&
    (c?.text === "'" || c?.text === '’') &&
    isGlued(sep2, c) &&
    short?.type === 'number' &&
    short.text.length === 2 &&
    isGlued(c, short) &&
    a.text.length <= 2 &&
    b.text.length <= 2 &&
    !continuesAfter(tokens, k + 6)
  )
    return make(tokens, k, k + 5, Number(a.text), Number(b.text), Number(short.text), true);
  if (continuesAfter(tokens, hasThird ? k + 5 : k + 3)) return null;
  if (hasThird && a.text.length === 4 && b.text.length <= 2 && c!.text.length <= 2) {
    return make(tokens, k, k + 4, Number(c!.text), Number(b.text), Number(a.text), false);
  }
  if (a.text.length > 2 || b.text.length > 2) return null;
  if (!hasThird) return make(tokens, k, k + 2, Number(a.text), Number(b.text), null, false);
  if (c!.text.length !== 2 && c!.text.length !== 4) return null;
  return make(tokens, k, k + 4, Number(a.text), Number(b.text), Number(c!.text), c!.text.length === 2);
}

function writtenDate(tokens: readonly Token[], k: number): DateMention | null {
  const day = tokens[k]!;
  const monthWord = tokens[k + 1];
  if (day.text.length > 2 || monthWord?.type !== 'word' || !monthWord.spaceBefore) return null;
  const month = MONTHS.get(monthWord.key);
  if (month === undefined) return null;
  let last = k + 1;
  if (tokens[last + 1]?.text === '.' && isGlued(monthWord, tokens[last + 1])) last++;
  const year = tokens[last + 1];
  if (
    year?.type === 'number' &&
    year.text.length === 4 &&
    year.spaceBefore &&
    !continuesAfter(tokens, last + 2)
  ) {
    return make(tokens, k, last + 1, Number(day.text), month, Number(year.text), false);
  }
  // "12 maart '85": a two-digit year after an apostrophe.
  const apostrophe = tokens[last + 1];
  const short = tokens[last + 2];
  if (
    (apostrophe?.text === "'" || apostrophe?.text === '’') &&
    apostrophe.spaceBefore &&
    short?.type === 'number' &&
    short.text.length === 2 &&
    isGlued(apostrophe, short) &&
    !continuesAfter(tokens, last + 3)
  ) {
    return make(tokens, k, last + 2, Number(day.text), month, Number(short.text), true);
  }
  // "geb. 12 maart 85," : a two-digit year without the apostrophe, only where the date ends the
  // phrase ("tot 17 april 30 plekken" is a count).
  if (
    year?.type === 'number' &&
    year.text.length === 2 &&
    year.spaceBefore &&
    endsPhrase(tokens[last + 2]) &&
    !continuesAfter(tokens, last + 2)
  ) {
    return make(tokens, k, last + 1, Number(day.text), month, Number(year.text), true);
  }
  return make(tokens, k, k + 1, Number(day.text), month, null, false);
}

const PHRASE_ENDS = wordSetOf([',', '.', ')', ';', '!', '?']);

function endsPhrase(next: Token | undefined): boolean {
  return next === undefined || next.lineBefore || PHRASE_ENDS.has(next.text);
}

/** "geboren in 1985", "geboortejaar: 1985": a year alone (the birth cue is checked by the caller). */
function yearAlone(tokens: readonly Token[], k: number): DateMention | null {
  const year = tokens[k]!;
  const before = tokens[k - 1];
  if (year.text.length !== 4 || !year.spaceBefore || before?.type === 'number') return null;
  const after = tokens[k + 1];
  if (after !== undefined && (after.type === 'number' || (isGlued(year, after) && after.type === 'word')))
    return null;
  if (continuesAfter(tokens, k + 1)) return null;
  const mention = make(tokens, k, k, 1, 1, Number(year.text), false);
  return mention === null ? null : { ...mention, withoutDay: true, withoutMonth: true };
}

function make(
  tokens: readonly Token[],
  first: number,
  last: number,
  day: number,
  month: number,
  year: number | null,
  twoDigitYear: boolean,
): DateMention | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year ?? 2000)) return null;
  return {
    first,
    last,
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    day,
    month,
    year,
    twoDigitYear,
    withoutDay: false,
    spaced: false,
    withoutMonth: false,
  };
}

function daysInMonth(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function gluedSeparator(left: Token, sep: Token | undefined): boolean {
  return sep !== undefined && SEPARATORS.has(sep.text) && isGlued(left, sep);
}

/** Number token k hangs on an earlier number: "2023-" in front of it, as in "2023-12-03-7". */
function gluedToNumberBefore(tokens: readonly Token[], k: number): boolean {
  const sep = tokens[k - 1];
  const before = tokens[k - 2];
  return (
    sep !== undefined &&
    SEPARATORS.has(sep.text) &&
    isGlued(sep, tokens[k]) &&
    before?.type === 'number' &&
    isGlued(before, sep)
  );
}

/** Token j (just after a date) is a separator leading into another number: the date is part of a code. */
function continuesAfter(tokens: readonly Token[], j: number): boolean {
  const sep = tokens[j];
  const after = tokens[j + 1];
  return (
    sep !== undefined &&
    SEPARATORS.has(sep.text) &&
    isGlued(tokens[j - 1], sep) &&
    after?.type === 'number' &&
    isGlued(sep, after)
  );
}
