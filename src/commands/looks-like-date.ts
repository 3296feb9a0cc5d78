/**
 * Whether words after a deadline word ("tot", "voor", "uiterlijk") were meant as a date, even when
 * the date reader cannot read them: they start with a figure ("3 decembr", "0312202"), a weekday
 * ("donderdag 4 december"), or are a month with at most a year ("december 2027"). A count or a
 * time stays text: "voor 20 personen", "bellen voor 12.30", and so does a month in a sentence
 * ("planning voor december maken") or a name ("voor Jan").
 */
export function looksLikeDate(words: string): boolean {
  const [first = '', second, ...rest] = words.trim().toLowerCase().split(/\s+/);
  if (/^\d/.test(first)) {
    if (TIME_OF_DAY.test(first)) return false;
    // "20 personen": a count; "3 decembr": a month misspelt.
    return !(/^\d+$/.test(first) && second !== undefined && !MONTH_STEMS.some((m) => second.startsWith(m)));
  }
  if (WEEKDAYS.includes(first.replace(/,$/, ''))) return true;
  const month = MONTHS.includes(first.replace(/\.$/, ''));
  return month && rest.length === 0 && (second === undefined || /^['‘’]?\d{2,4}$/.test(second));
}

/** "12.30": a time as Dutch writes it ("bellen voor 12.30"), text of the actiepunt, not a bad date. */
export const TIME_OF_DAY = /^(?:[01]?\d|2[0-3])[.:][0-5]\d$/;

const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
/** Month names and their short forms, but not "jan" (a name) or "mar". */
const MONTHS = [
  ...['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september'],
  ...['oktober', 'november', 'december', 'feb', 'febr', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep'],
  ...['sept', 'okt', 'oct', 'nov', 'dec'],
];
/** How a month's name begins, misspelt after it or not ("decembr"). */
const MONTH_STEMS = [
  'jan',
  'feb',
  'maart',
  'mrt',
  'apr',
  'mei',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'oct',
  'nov',
  'dec',
];
