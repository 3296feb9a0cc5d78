/**
 * A date typed in English, in the words the Dutch date reader knows (src/schedule/dutch-date.ts):
 * "Friday" → "vrijdag", "15 January" and "January 15th" → "15 januari", "end of January" → "eind
 * januari", "in two weeks" → "over twee weken", "tomorrow" → "morgen", "next week Friday" →
 * "volgende week vrijdag". Only these forms, as the Dutch side reads them; null when nothing in
 * the text is English, so Dutch text is read as it was typed.
 */

const WORDS: Readonly<Record<string, string>> = {
  monday: 'maandag',
  tuesday: 'dinsdag',
  wednesday: 'woensdag',
  thursday: 'donderdag',
  friday: 'vrijdag',
  saturday: 'zaterdag',
  sunday: 'zondag',
  mon: 'ma',
  tue: 'di',
  wed: 'wo',
  thu: 'do',
  fri: 'vr',
  sat: 'za',
  sun: 'zo',
  january: 'januari',
  february: 'februari',
  march: 'maart',
  april: 'april',
  may: 'mei',
  june: 'juni',
  july: 'juli',
  august: 'augustus',
  september: 'september',
  october: 'oktober',
  november: 'november',
  december: 'december',
  feb: 'feb',
  mar: 'mrt',
  apr: 'apr',
  jun: 'jun',
  jul: 'jul',
  aug: 'aug',
  sep: 'sep',
  sept: 'sep',
  oct: 'okt',
  nov: 'nov',
  dec: 'dec',
  jan: 'jan',
  today: 'vandaag',
  tomorrow: 'morgen',
  week: 'week',
  weeks: 'weken',
  day: 'dag',
  days: 'dagen',
  one: 'een',
  two: 'twee',
  three: 'drie',
  four: 'vier',
  five: 'vijf',
  six: 'zes',
  seven: 'zeven',
  eight: 'acht',
  nine: 'negen',
  ten: 'tien',
};

/** Whole phrases first, then word by word. */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bthe day after tomorrow\b/g, 'overmorgen'],
  [/\bday after tomorrow\b/g, 'overmorgen'],
  [/\bnext week\b/g, 'volgende week'],
  [/^end of\b/g, 'eind'],
  [/^in\b/g, 'over'],
  [/^on\b/g, 'op'],
];

export function dutchOfEnglishDate(text: string): string | null {
  let s = text.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  for (const [phrase, dutch] of PHRASES) s = s.replace(phrase, dutch);
  // "15th", "1st", "the 15th": the day's number alone.
  s = s.replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/g, '$1').replace(/^the (\d)/, '$1');
  const words = s.split(' ').map((w) => WORDS[w] ?? w);
  // "January 15 (2027)": the day before the month, as Dutch writes it.
  const [first = '', second, ...rest] = words;
  const month =
    /^(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec)$/;
  const ordered =
    month.test(first) && second !== undefined && /^\d{1,2}$/.test(second) ? [second, first, ...rest] : words;
  const dutch = ordered.join(' ');
  return dutch === text.trim().toLowerCase().replace(/\s+/g, ' ') ? null : dutch;
}
