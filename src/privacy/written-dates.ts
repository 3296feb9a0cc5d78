import { isDigitCode } from './chars.ts';
import { type DateMention, makeDate } from './date-mention.ts';
import { continuesAfter, gluedSeparator } from './date-separators.ts';
import { isGlued, type Token } from './tokens.ts';
import { WordShapes, wordSetOf } from './word-sets.ts';

// Dates with the month written as a word, Dutch or English: 3 april 1979, 12-mrt-1985, maart 1985,
// March 3rd 1988. dateAt (dates.ts) tries them in its order.

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
// Most words before or after a number are no month: their shape says so without hashing them.
const MONTH_SHAPES = new WordShapes();
for (const month of MONTHS.keys()) MONTH_SHAPES.add(month);

/** The month a word names (1-12), or undefined. */
export function monthOf(key: string): number | undefined {
  return MONTH_SHAPES.mayHave(key) ? MONTHS.get(key) : undefined;
}

/** "3 april 1979", "1 okt. 1993", "12 maart '85", "3 april": the day, then the month, then maybe a year. */
export function writtenDate(tokens: readonly Token[], k: number): DateMention | null {
  const day = tokens[k]!;
  // "3rd of May", "3rd May": an ordinal ending glued to the day, then perhaps "of"; in Dutch "van"
  // ("geboren op de 1e van juni", batch 47).
  let m = k + 1;
  if (ORDINAL_ENDINGS.has(tokens[m]?.key ?? '') && isGlued(day, tokens[m])) m++;
  if (m > k + 1 && ORDINAL_LINKS.has(tokens[m]?.key ?? '')) m++;
  const monthWord = tokens[m];
  if (day.text.length > 2 || monthWord?.type !== 'word' || !monthWord.spaceBefore) return null;
  const month = monthOf(monthWord.key);
  if (month === undefined) return null;
  let last = m;
  if (tokens[last + 1]?.text === '.' && isGlued(monthWord, tokens[last + 1])) last++;
  const year = tokens[last + 1];
  if (
    year?.type === 'number' &&
    year.text.length === 4 &&
    year.spaceBefore &&
    !continuesAfter(tokens, last + 2)
  ) {
    return makeDate(tokens, k, last + 1, Number(day.text), month, Number(year.text), false);
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
    return makeDate(tokens, k, last + 2, Number(day.text), month, Number(short.text), true);
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
    return makeDate(tokens, k, last + 1, Number(day.text), month, Number(year.text), true);
  }
  return makeDate(tokens, k, m, Number(day.text), month, null, false);
}

const PHRASE_ENDS = wordSetOf([',', '.', ')', ';', '!', '?']);

function endsPhrase(next: Token | undefined): boolean {
  return next === undefined || next.lineBefore || PHRASE_ENDS.has(next.text);
}

/**
 * "12-mrt-1985", "3/apr/85": a written month between glued separators. A hyphen joins the month and
 * the year into one word ("mrt-1985"), a slash does not.
 */
export function dashedWrittenDate(tokens: readonly Token[], k: number): DateMention | null {
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
    const month = monthOf(monthWord.key.slice(0, joined));
    const year = monthWord.key.slice(joined + 1);
    if (month === undefined || (year.length !== 4 && year.length !== 2) || !isDigits(year)) return null;
    return makeDate(tokens, k, k + 2, Number(day.text), month, Number(year), year.length === 2);
  }
  const month = monthOf(monthWord.key);
  const sep2 = tokens[k + 3];
  const year = tokens[k + 4];
  if (month === undefined || sep2?.text !== sep1!.text || !isGlued(monthWord, sep2)) return null;
  if (year?.type !== 'number' || !isGlued(sep2, year) || (year.text.length !== 4 && year.text.length !== 2))
    return null;
  if (continuesAfter(tokens, k + 5)) return null;
  return makeDate(tokens, k, k + 4, Number(day.text), month, Number(year.text), year.text.length === 2);
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * "maart 1985", "mrt '85": a month and a year without a day, at the year (the day-first forms have
 * read "12 maart 1985" whole before the year is reached).
 */
export function monthAndYear(tokens: readonly Token[], k: number): DateMention | null {
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
  const spaced = twoDigit ? tokens[first + 1]!.spaceBefore : year.spaceBefore;
  // Held-out 43's class: "geb. dec. '89", "okt. 1990": a short month's full stop, glued to it, before the year.
  if (before?.text === '.' && isShortMonthDot(tokens, first)) before = tokens[--first];
  if (before?.type !== 'word' || !spaced) return null;
  const month = monthOf(before.key);
  if (month === undefined || tokens[first - 1]?.type === 'number' || continuesAfter(tokens, k + 1))
    return null;
  const mention = makeDate(tokens, first, k, 1, month, Number(year.text), twoDigit);
  return mention === null ? null : { ...mention, withoutDay: true };
}

/** The full stop at j is glued to a short month before it ("dec."), with a space after it. */
function isShortMonthDot(tokens: readonly Token[], j: number): boolean {
  const month = tokens[j - 1];
  return (
    month?.type === 'word' &&
    month.key.length <= 4 &&
    isGlued(month, tokens[j]!) &&
    tokens[j + 1]!.spaceBefore &&
    monthOf(month.key) !== undefined
  );
}

const ORDINAL_ENDINGS = wordSetOf(['st', 'nd', 'rd', 'th', 'e', 'ste', 'de']);
const ORDINAL_LINKS = wordSetOf(['of', 'van']);

/**
 * "March 3rd 1988", "July 14, 1992": the month before the day (an ordinal ending glued on, a comma),
 * then a four-digit year; found at the day, the date starts at the month.
 */
export function monthFirstDate(tokens: readonly Token[], k: number): DateMention | null {
  const day = tokens[k]!;
  const monthWord = tokens[k - 1];
  if (day.text.length > 2 || !day.spaceBefore || monthWord?.type !== 'word') return null;
  const month = monthOf(monthWord.key);
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
  return makeDate(tokens, k - 1, last + 1, Number(day.text), month, Number(year.text), false);
}
