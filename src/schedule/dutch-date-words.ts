/**
 * The words of dates in Dutch as people type them: months ("dec", "december"), weekdays ("di",
 * "dinsdag") and counts ("drie", "3"). Read by the date reader (dutch-date.ts) and the commands.
 */
const MONTHS: readonly string[][] = [
  ['januari', 'jan'],
  ['februari', 'feb', 'febr'],
  ['maart', 'mrt', 'mar'],
  ['april', 'apr'],
  ['mei'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['augustus', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/** ISO weekday numbers: maandag 1 … zondag 7; "di" and "dins" as people shorten them. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  maandag: 1,
  ma: 1,
  dinsdag: 2,
  di: 2,
  woensdag: 3,
  wo: 3,
  donderdag: 4,
  do: 4,
  vrijdag: 5,
  vr: 5,
  zaterdag: 6,
  za: 6,
  zondag: 7,
  zo: 7,
};

/** A weekday written out ("dinsdag"), not shortened ("di"). */
export function isWeekdayWrittenOut(word: string): boolean {
  return word.length > 2 && WEEKDAYS[word] !== undefined;
}

const NUMBERS: Readonly<Record<string, number>> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
};

/** The month (1-12) a word names ("december", "dec", "dec."), or null. */
export function monthOf(word: string): number | null {
  const w = word.replace(/\.$/, '');
  const index = MONTHS.findIndex((names) => names.includes(w));
  return index >= 0 ? index + 1 : null;
}

/** A count written as digits ("3") or a word ("drie"), or null. */
export function countOf(word: string): number | null {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return numberWord(word);
}

/** The number a Dutch word names, "een" to "twaalf" ("zes": 6), or null. */
export function numberWord(word: string): number | null {
  return NUMBERS[word.toLowerCase()] ?? null;
}
