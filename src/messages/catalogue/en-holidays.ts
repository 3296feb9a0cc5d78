/**
 * The Dutch public holidays (src/schedule/feestdagen.ts names them in Dutch) by their English
 * names, for English text: "falls on King's Day (public holiday)", not "on Koningsdag".
 */
const ENGLISH: Readonly<Record<string, string>> = {
  Nieuwjaarsdag: "New Year's Day",
  'Goede Vrijdag': 'Good Friday',
  'Eerste Paasdag': 'Easter Sunday',
  'Tweede Paasdag': 'Easter Monday',
  Koningsdag: "King's Day",
  Koninginnedag: "Queen's Day",
  Bevrijdingsdag: 'Liberation Day',
  Hemelvaartsdag: 'Ascension Day',
  'Eerste Pinksterdag': 'Whit Sunday',
  'Tweede Pinksterdag': 'Whit Monday',
  'Eerste Kerstdag': 'Christmas Day',
  'Tweede Kerstdag': 'Boxing Day',
};

/** A holiday's Dutch name in English; two on one day ("Bevrijdingsdag en Hemelvaartsdag") joined by "and". */
export function englishHoliday(dutch: string): string {
  return dutch
    .split(' en ')
    .map((name) => ENGLISH[name] ?? name)
    .join(' and ');
}
