import { type DateMention, makeDate } from './date-mention.ts';
import { continuesAfter, gluedSeparator } from './date-separators.ts';
import { isGlued, type Token } from './tokens.ts';

// Dates written in numbers only: 12-03-1985, 12/3/85, 3-9-'02, 1990-07-21, 12-03, "12 03 1985", a year
// alone. dateAt (dates.ts) tries them in its order.

/** "12-03-1985", "12/3/85", "1990-07-21", "12-03": numbers joined by one kind of separator. */
export function numericDate(tokens: readonly Token[], k: number): DateMention | null {
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
    return makeDate(tokens, k, k + 5, Number(a.text), Number(b.text), Number(short.text), true);
  if (continuesAfter(tokens, hasThird ? k + 5 : k + 3)) return null;
  if (hasThird && a.text.length === 4 && b.text.length <= 2 && c!.text.length <= 2) {
    return makeDate(tokens, k, k + 4, Number(c!.text), Number(b.text), Number(a.text), false);
  }
  if (a.text.length > 2 || b.text.length > 2) return null;
  if (!hasThird) return makeDate(tokens, k, k + 2, Number(a.text), Number(b.text), null, false);
  if (c!.text.length !== 2 && c!.text.length !== 4) return null;
  const [day, month, year] = [Number(a.text), Number(b.text), Number(c!.text)];
  // "11/23/1986": the American order, when the second number cannot be a month.
  const american = month > 12 && day <= 12 && c!.text.length === 4;
  return american
    ? makeDate(tokens, k, k + 4, month, day, year, false)
    : makeDate(tokens, k, k + 4, day, month, year, c!.text.length === 2);
}

/**
 * "21 - 03 - 1978", "12 / 3 / 1985": day, month and four-digit year with spaces around one kind of
 * separator; like "12 03 1985", a date only where a birth cue says so.
 */
export function spacedSeparatorDate(tokens: readonly Token[], k: number): DateMention | null {
  const a = tokens[k]!;
  const sep = tokens[k + 1];
  const b = tokens[k + 2];
  const c = tokens[k + 4];
  if (a.text.length > 2 || sep === undefined || !SPACED_SEPARATORS.has(sep.text) || !sep.spaceBefore)
    return null;
  if (b?.type !== 'number' || b.text.length > 2 || tokens[k + 3]?.text !== sep.text) return null;
  if (c?.type !== 'number' || c.text.length !== 4 || !c.spaceBefore || c.lineBefore || b.lineBefore)
    return null;
  const after = tokens[k + 5];
  if (
    tokens[k - 1]?.type === 'number' ||
    (after !== undefined && (after.type === 'number' || isGlued(c, after)))
  )
    return null;
  const mention = makeDate(tokens, k, k + 4, Number(a.text), Number(b.text), Number(c.text), false);
  return mention === null ? null : { ...mention, spaced: true };
}

const SPACED_SEPARATORS = new Set(['-', '/', '.', '–']);

/** "12 03 1985", "12 3 1985": day, month and four-digit year with single spaces, nothing glued around them. */
export function spacedDate(tokens: readonly Token[], k: number): DateMention | null {
  const a = tokens[k]!;
  const b = tokens[k + 1];
  const c = tokens[k + 2];
  if (a.text.length > 2 || b?.type !== 'number' || c?.type !== 'number') return null;
  if (b.text.length > 2 || c.text.length !== 4 || b.start !== a.end + 1 || c.start !== b.end + 1) return null;
  const after = tokens[k + 3];
  if (
    tokens[k - 1]?.type === 'number' ||
    (after !== undefined && (after.type === 'number' || isGlued(c, after)))
  )
    return null;
  const mention = makeDate(tokens, k, k + 2, Number(a.text), Number(b.text), Number(c.text), false);
  return mention === null ? null : { ...mention, spaced: true };
}

/** The genealogists' sign for "born": "(°1994)". */
export const BORN_SIGN = '°';

/**
 * "geboren in 1985", "geboortejaar: 1985", "geb. '85": a year alone (the birth cue is checked by the
 * caller).
 */
export function yearAlone(tokens: readonly Token[], k: number): DateMention | null {
  const year = tokens[k]!;
  const before = tokens[k - 1];
  if (year.text.length === 2 && (before?.text === "'" || before?.text === '’') && isGlued(before, year)) {
    const next = tokens[k + 1];
    if (!before.spaceBefore || (next !== undefined && next.type !== 'punct' && isGlued(year, next)))
      return null;
    const mention = makeDate(tokens, k - 1, k, 1, 1, Number(year.text), true);
    return mention === null ? null : { ...mention, withoutDay: true, withoutMonth: true };
  }
  // "(°1994)": glued to the sign for "born" (read as a birth by birthdate-said.ts).
  const bornSign = before?.text === BORN_SIGN && isGlued(before, year);
  if (year.text.length !== 4 || !(year.spaceBefore || bornSign) || before?.type === 'number') return null;
  const after = tokens[k + 1];
  if (after !== undefined && (after.type === 'number' || (isGlued(year, after) && after.type === 'word')))
    return null;
  if (continuesAfter(tokens, k + 1)) return null;
  const mention = makeDate(tokens, k, k, 1, 1, Number(year.text), false);
  return mention === null ? null : { ...mention, withoutDay: true, withoutMonth: true };
}

/**
 * "geb. 01051968": day, month and four-digit year glued into eight digits (DDMMYYYY; else YYYYMMDD,
 * "gebdat 19830512", as systems export it), nothing glued
 * around them (nor a file's extension: "19990101.xlsx"); like "12 03 1985", a date only where a birth cue says so, and then at least 14 years
 * back (an eight-digit number that passes the BSN 11-proef is a date after a birth cue).
 */
/** "geboortelijst 19990101.xlsx": a dot and a lower-case word glued after the number, a file's name. */
function isFileName(tokens: readonly Token[], k: number): boolean {
  const dot = tokens[k + 1];
  const extension = tokens[k + 2];
  if (dot?.text !== '.' || extension?.type !== 'word' || extension.capitalised) return false;
  return isGlued(tokens[k], dot) && isGlued(dot, extension);
}

export function eightDigitDate(tokens: readonly Token[], k: number): DateMention | null {
  const a = tokens[k]!;
  if (a.text.length !== 8) return null;
  const after = tokens[k + 1];
  if (
    tokens[k - 1]?.type === 'number' ||
    (after !== undefined && after.type !== 'punct' && isGlued(a, after)) ||
    isFileName(tokens, k)
  )
    return null;
  const t = a.text;
  // DDMMYYYY first ("01051968"), else YYYYMMDD as systems export it ("19830512").
  const mention =
    makeDate(tokens, k, k, Number(t.slice(0, 2)), Number(t.slice(2, 4)), Number(t.slice(4)), false) ??
    makeDate(tokens, k, k, Number(t.slice(6)), Number(t.slice(4, 6)), Number(t.slice(0, 4)), false);
  return mention === null ? null : { ...mention, spaced: true, eightDigits: true };
}
