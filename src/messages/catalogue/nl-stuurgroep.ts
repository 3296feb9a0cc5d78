import { count } from './counting.ts';

/**
 * Dutch words of the stuurgroep's calendar (`stuurgroep …`) and of what a stuurgroeplid hears of
 * it (`volgende`). Part of the Dutch answers (nl-answers.ts); English in en-stuurgroep.ts.
 */
export const nlStuurgroep = {
  kinds: {
    tertiaal: 'het tertiaal vóór de vergadering',
    'sinds-vorige': 'de tijd sinds de vorige stuurgroep',
  },
  days: (from: string, to: string) => `${from} t/m ${to}`,
  /** "het tweede tertiaal 2026 (mei t/m augustus)": its months say its days. */
  tertiaal: (name: string) => `het ${name}`,
  noSuchDate: (date: string) =>
    `${date} is geen bestaande datum. Kijk de dag en de maand na, bijvoorbeeld 2027-02-10 voor 10 februari 2027.`,
  draftOn: (day: string) => `concept op ${day}`,
  draftPast: (day: string) => `concept op ${day} (voorbij)`,
  line: (date: string, draft: string, period: string) => `${date}: ${draft}, over ${period}`,
  heading: 'Komende stuurgroepvergaderingen',
  none: (p: string) =>
    `Nog geen datum. Voeg er een toe zoals je een datum schrijft, bijvoorbeeld ${p}stuurgroep 10 februari.`,
  note: (days: number, hour: string, kind: string, p: string) =>
    `Het concept van de samenvatting komt ${count(days, 'dag', 'dagen')} vooraf om ${hour}:00 (valt dat in het weekend, dan de vrijdag ervoor) en gaat over ${kind}. Wijzigen: ${p}stuurgroep instellingen [dagen 1-60] [periode tertiaal|sinds-vorige]. Een datum weghalen: ${p}stuurgroep weg <datum>, bijvoorbeeld ${p}stuurgroep weg 10 februari.`,
  past: ' Die datum is al voorbij: er komt geen concept, maar hij telt mee als vorige vergadering.',
  /** A past date before the last meeting held: it would count for nothing (stuurgroep-calendar.ts). */
  beforeLastHeld: (date: string, held: string) =>
    `${date} ligt vóór de laatste stuurgroep die al geweest is (${held}), dus telt die datum nergens meer mee. Er is niets genoteerd; kijk het jaar na.`,
  /** A date already there before the last meeting held: it counts for nothing; how to remove it. */
  pastNotCounted: (held: string, p: string, date: string) =>
    ` Die datum ligt vóór de laatste stuurgroep die al geweest is (${held}) en telt nergens meer mee. Een vergissing? Haal hem weg met ${p}stuurgroep weg ${date}.`,
  added: (date: string, past: string) => `Genoteerd: stuurgroep op ${date}.${past}`,
  already: (date: string, past: string) => `De stuurgroep van ${date} stond er al.${past}`,
  /** A second stuurgroep in one tertiaal: likely a slip of a date (it is noted all the same). */
  sameTertiaal: (others: readonly string[], p: string) =>
    ` Let op: in dezelfde tertiaal staat ook een stuurgroep op ${others.join(' en ')}. Is een van beide een vergissing, haal die dan weg met ${p}stuurgroep weg JJJJ-MM-DD.`,
  notThere: (date: string, p: string) =>
    `Er staat geen stuurgroep op ${date}. Typ ${p}stuurgroep voor de lijst.`,
  removed: (date: string) => `De stuurgroep van ${date} is weggehaald; het concept daarvoor komt niet meer.`,
  daysRange: (min: number, max: number) => `Kies ${min} t/m ${max} dagen voor de vergadering.`,
  settingsChanged: 'De instellingen van de stuurgroep-samenvatting zijn bijgewerkt.',
  /** `volgende` for a stuurgroeplid (in no werkgroep): the region's next stuurgroep meeting. */
  next: (date: string) => `De volgende stuurgroep van je regio is op ${date}.`,
  nextDraftOn: (day: string) =>
    `Het concept van de samenvatting komt op ${day}; de projectleider kijkt het na en stuurt het daarna naar de stuurgroep.`,
  nextDraftPast: (day: string) =>
    `Het concept van de samenvatting is op ${day} gemaakt; de projectleider kijkt het na en stuurt het daarna naar de stuurgroep.`,
  /** The meeting day came without a draft: the projectleider makes it with `samenvatting`. */
  nextDraftNotYet:
    'Het concept van de samenvatting is nog niet gemaakt; de projectleider maakt het en stuurt het daarna naar de stuurgroep.',
  /** The summary for that meeting is out: in the stuurgroep's channel, and one tap away. */
  nextPublished: (day: string, version: number, p: string) =>
    `De samenvatting voor deze vergadering is op ${day} gepubliceerd (versie ${version}); lees hem met ${p}samenvatting laatste.`,
  nextNone:
    'Er staat nog geen vergadering van de stuurgroep van je regio in Schakel; de projectleider plant die.',
  readLatest: (p: string) => `De laatst gepubliceerde samenvatting lees je met ${p}samenvatting laatste.`,
};
