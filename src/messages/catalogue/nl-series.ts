/**
 * Dutch words for a meeting series Schakel refuses (src/schedule/series-definition.ts): read in a
 * form beside the field, or in a chat answer. No code names: the field is reported apart.
 * Part of the Dutch answers (nl-answers.ts); English in en-series.ts.
 */
export const nlSeries = {
  untilBeforeFirst: 'De einddatum ligt vóór de eerste bijeenkomst. Kies een latere einddatum.',
  changeOutOfOrder:
    'Een wijziging gaat pas in na het begin van de vorige versie van de reeks. Zet de wijzigingen op volgorde van datum.',
  firstStartAndTime: 'Geef bij een wijziging een nieuwe eerste bijeenkomst óf een nieuwe tijd, niet allebei.',
  firstStartBeforeChange:
    'De eerste bijeenkomst na de wijziging ligt vóór de datum waarop de wijziging ingaat. Kies een latere eerste bijeenkomst.',
  /** `day`: "maandag 30 maart 2026", `time`: "14:00". */
  exceptionTwice: (day: string, time: string) =>
    `Voor de bijeenkomst van ${day} om ${time} is al een uitzondering. Geef er maar één.`,
  /** A value in the wrong form: the field in words, then what is expected ("Eerste bijeenkomst: verwacht …"). */
  fieldProblem: (field: string, problem: string) =>
    `${field.charAt(0).toUpperCase()}${field.slice(1)}: ${problem}`,
  /** The parts of a series in words, joined with ", " ("wijziging 1, tijd"). */
  fields: {
    series: 'de reeks',
    firstStart: 'eerste bijeenkomst',
    everyWeeks: 'om de hoeveel weken',
    durationMinutes: 'duur',
    location: 'plaats',
    onlineUrl: 'link',
    until: 'einddatum',
    timeZone: 'tijdzone',
    effectiveFrom: 'ingangsdatum',
    time: 'tijd',
    originalStart: 'oorspronkelijke datum en tijd',
    start: 'nieuwe datum en tijd',
    kind: 'soort',
    moved: 'verplaatst naar',
  } as Readonly<Record<string, string>>,
  change: (n: number) => `wijziging ${n}`,
  exception: (n: number) => `uitzondering ${n}`,
  /** A series an older import stored against these rules: what a chat answer or the calendar link says. */
  stored: (reasons: string) =>
    `De opgeslagen reeks van deze werkgroep klopt niet, dus Schakel kan de bijeenkomsten niet berekenen. ${reasons} Een oudere import heeft de reeks zo bewaard: vraag de beheerder van Schakel een verbeterd bestand te importeren (schakel import).`,
  /** After a change (a channel linked, a setting or vacation saved): the change stands, no reminders are planned. */
  notPlanned: (reasons: string) =>
    `Herinneringen plant Schakel voor deze werkgroep nog niet: de opgeslagen reeks klopt niet. ${reasons} Een oudere import heeft de reeks zo bewaard: vraag de beheerder van Schakel een verbeterd bestand te importeren (schakel import).`,
};
