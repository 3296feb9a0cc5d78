import type { DemoKnelpunt } from './demo-history.ts';
import type { MemberDomain } from './members.ts';

/**
 * The demo's story in words and numbers: how each domain climbs the ladder, what members write,
 * which knelpunten come and go. Fictional; demo-history.ts turns it into eighteen months of rows.
 */

/** Levels per domain at the start and after eighteen months: GGZ and W&I climb, UWV lags. */
export const CLIMB: Record<MemberDomain, [number, number]> = {
  ggz: [2.5, 4],
  gemeente: [2, 4],
  uwv: [2, 3],
  're-integratie': [2.5, 3.5],
  werkgever: [1.5, 3],
  ervaringsdeskundige: [2, 3.5],
  overig: [2, 3],
};

export const WENT_WELL = [
  'De casusbespreking met de IPS-trajectbegeleider leverde concrete afspraken op.',
  'Iedereen was er, ook UWV; dat maakt de lijnen korter.',
  'We hebben de werkwijze voor warme overdracht samen op papier gezet.',
  'De leerbijeenkomst over werkgeversbenadering was goed bezocht.',
  'Klantmanagers en behandelaren weten elkaar nu direct te vinden.',
  'Twee werkgevers uit de regio schoven aan en dachten mee.',
];
export const TOELICHTING = [
  'We overleggen regelmatig, maar de uitvoering loopt nog niet overal samen op.',
  'Operationeel gaat het goed; beleid maken we nog niet samen.',
  'De samenwerking hangt nog sterk aan een paar personen.',
  'We werken volop samen op casusniveau.',
];

export const KNELPUNTEN: ReadonlyArray<{
  at: number;
  by: number;
  description: string;
  category: string;
  oplossing: string | null;
  later: ReadonlyArray<[number, Exclude<DemoKnelpunt['steps'][number]['kind'], 'raised'>]>;
}> = [
  {
    at: 1,
    by: 1,
    description: 'Te weinig tijd bij behandelaren voor overleg met W&I',
    category: 'tijd-capaciteit',
    oplossing: 'Vast halfuur per week in de agenda van de behandelaren',
    later: [
      [3, 'in_behandeling'],
      [7, 'opgelost'],
    ],
  },
  {
    at: 2,
    by: 3,
    description: 'Overlegtijd in de GGZ is niet declarabel',
    category: 'geld-financiering',
    oplossing: null,
    later: [
      [5, 'nog_steeds'],
      [9, 'geparkeerd'],
    ],
  },
  {
    at: 3,
    by: 4,
    description: 'Onduidelijk wat wel en niet gedeeld mag worden tussen GGZ en UWV',
    category: 'privacy-avg',
    oplossing: 'Privacyprotocol met toestemmingsformulier opstellen',
    later: [
      [6, 'in_behandeling'],
      [11, 'opgelost'],
    ],
  },
  {
    at: 5,
    by: 2,
    description: 'Werkgevers weten de werkgroep nog niet te vinden',
    category: 'werkgevers',
    oplossing: 'Werkgeversservicepunt aan tafel vragen',
    later: [[8, 'in_behandeling']],
  },
  {
    at: 8,
    by: 0,
    description: 'Samenwerking hangt af van de projectleider',
    category: 'borging-continuiteit',
    oplossing: 'Afsprakenkader vastleggen en rollen verdelen',
    later: [[12, 'in_behandeling']],
  },
  {
    at: 10,
    by: 5,
    description: 'Verschillende taal: herstel versus re-integratie',
    category: 'visies-taal',
    oplossing: 'Begrippenlijst maken in de leerbijeenkomst',
    later: [[13, 'opgelost']],
  },
  {
    at: 14,
    by: 1,
    description: 'Wachtlijst voor IPS loopt op',
    category: 'tijd-capaciteit',
    oplossing: null,
    later: [],
  },
  {
    at: 16,
    by: 4,
    description: 'Ervaringsdeskundigen nog niet structureel betrokken',
    category: 'clientperspectief',
    oplossing: 'Cliëntenraad uitnodigen voor de werkgroep',
    later: [],
  },
];

export const AGENDA = ['Terugblik leerbijeenkomst werkgeversbenadering', 'Stand van zaken privacyprotocol'];
export const ACTIEPUNTEN: ReadonlyArray<[string, number | null, boolean]> = [
  ['Contactpersonen IPS en klantmanagers op één lijst zetten', 9, false],
  ['Werkgeversservicepunt uitnodigen voor de volgende bijeenkomst', 16, false],
  ['Folder warme overdracht laten drukken', null, false],
  ['Verslag leerbijeenkomst rondsturen', -5, true],
];

/** Checklist items the region reaches early, late (privacy transparency last), or in between. */
export const CHECKLIST_START: readonly number[] = [
  2, 1, 1, 0, 0, 2, 1, 0, 1, 1, 1, 1, 0, 0, -2, 0, 1, 2, 0, 0,
];
