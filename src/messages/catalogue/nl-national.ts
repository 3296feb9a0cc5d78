import { LEVEL_CHANGE_LABELS } from '../../national/levels.ts';
import { count } from './counting.ts';

/**
 * Dutch answers about `landelijk`: the national overview for the programme office.
 * Part of the Dutch answers (nl-answers.ts); English in en-national.ts.
 */
export const nlNational = {
  span: (from: string, to: string) => `${from} t/m ${to}`,
  title: (period: string) => `Landelijk overzicht ${period}`,
  regionsNote: (regions: number, min: number) =>
    `${count(regions, 'regio', "regio's")}. Alleen aantallen regio's, geen namen. Een regio met minder dan ${min} antwoorden telt als niet beschikbaar.`,
  checklistHeading: 'Randvoorwaarden (checklist): ja / in ontwikkeling / nee',
  /** The 2018 report's short names of the checklist items, numbered as CHECKLIST_ITEMS. */
  shortNames: [
    'Toegeruste projectleider',
    'Projectplan',
    'Bestuurlijk draagvlak',
    'Tijd en capaciteit',
    'Lange termijnvisie',
    'Face-to-face kennisgemaakt',
    'Uitvoering, beleid en management betrokken',
    'Cliënt- en werkgeversperspectief',
    'Effectieve contactmomenten',
    'Bekendheid met expertise',
    'Commitment naar acties',
    '(Conflicterende) belangen',
    'Elkaars taal',
    'Duidelijke afspraken',
    'Transparantie over privacy',
    'Gedragen afsprakenkader',
    'Structureel contact',
    'Sense of urgency',
    'Financiële afspraken',
    'Inzicht in risicofactoren',
  ] as readonly string[],
  levelHeading: 'Verandering in samenwerkingsniveau sinds de start',
  levelChanges: LEVEL_CHANGE_LABELS,
  regions: (n: number) => count(n, 'regio', "regio's"),
  fullTables: (p: string) =>
    `De volledige tabellen, met de tekst van elk onderdeel, kan de beheerder van Schakel voor je als bestand maken. Een andere periode: ${p}landelijk JJJJ-Tn of ${p}landelijk JJJJ-MM-DD..JJJJ-MM-DD.`,
};
