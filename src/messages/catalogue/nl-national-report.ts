import { count } from './counting.ts';

/**
 * `schakel national --format md`: the national overview as the 2018 report's two tables. The
 * checklist's groups and items and the level changes are the catalogue's own (checkin.checklist,
 * answers.national). `--en` reads en-national-report.ts.
 */
export const nlNationalReport = {
  title: (from: string, to: string) => `Landelijk overzicht ${from} t/m ${to}`,
  regions: (n: number) =>
    `Aantal regio's: ${n}. Alleen aantallen regio's; geen namen van regio's of deelnemers.`,
  checklistHeading: 'Randvoorwaarden voor effectieve regionale samenwerking',
  checklistNote: [
    "Per onderdeel van de checklist: het aantal regio's met die laatst afgesproken stand in de periode.",
    "Regio's zonder antwoord op een onderdeel tellen daar niet mee.",
  ] as readonly string[],
  /** The checklist table's columns: number, item, and the three answers. */
  checklistColumns: ['nr', 'randvoorwaarde', 'ja', 'in ontwikkeling', 'nee'] as readonly string[],
  levelHeading: 'Verandering in samenwerkingsniveau',
  levelNote: (min: number) => [
    'Huidig niveau (mediaan van het laatste antwoord van elke deelnemer in de periode) min het startniveau.',
    `Een regio met minder dan ${count(min, 'antwoord', 'antwoorden')} in de periode telt als niet beschikbaar.`,
  ],
  levelColumns: ['verandering', "aantal regio's"] as readonly string[],
};
