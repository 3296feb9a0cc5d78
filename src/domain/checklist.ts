/**
 * The 20-item checklist "Effectief samenwerken" (domain.md), numbered and grouped exactly as the
 * programme's own checklist, so answers compare with the national baseline of 26 project leads.
 */

export const CHECKLIST_GROUPS = [
  { id: 'voorbereiding', label: 'Voorbereiding' },
  { id: 'uitvoering', label: 'Uitvoering' },
  { id: 'borging', label: 'Borging' },
] as const;

export type ChecklistGroup = (typeof CHECKLIST_GROUPS)[number]['id'];

export interface ChecklistItem {
  readonly number: number;
  readonly group: ChecklistGroup;
  readonly text: string;
}

const ITEM_TEXTS: ReadonlyArray<readonly [ChecklistGroup, string]> = [
  ['voorbereiding', 'Er is een voldoende toegeruste projectleider (netwerk, mandaat, tijd)'],
  ['voorbereiding', 'Er is een projectplan met vastgestelde doelen, aanpak en planning'],
  ['voorbereiding', 'Er is voldoende bestuurlijk draagvlak'],
  [
    'voorbereiding',
    'De samenwerkingspartners hebben genoeg tijd en capaciteit om de samenwerking in te vullen',
  ],
  ['voorbereiding', 'Er is een lange termijnvisie met heldere uitgangspunten'],
  ['voorbereiding', 'Betrokken professionals hebben face-to-face kennisgemaakt'],
  ['voorbereiding', 'Vanuit de samenwerkingspartners zijn uitvoering, beleid en management betrokken'],
  ['voorbereiding', 'Cliënt- en werkgeversperspectief wordt meegenomen'],
  [
    'uitvoering',
    'Er zijn voldoende en effectieve contactmomenten, waarbij ook de voortgang wordt gemonitord',
  ],
  ['uitvoering', 'Er is bekendheid met expertise en werkwijze van de professionals en organisaties'],
  ['uitvoering', 'Alle samenwerkingspartners vertalen inzet en commitment naar acties'],
  ['uitvoering', '(Conflicterende) belangen worden besproken en serieus genomen'],
  ['uitvoering', 'De samenwerkingspartners begrijpen "elkaars taal"'],
  ['uitvoering', 'Er zijn duidelijke afspraken over samenwerkingsprocessen, rollen en verantwoordelijkheden'],
  ['uitvoering', 'Er is transparantie over geldende privacywet- en regelgeving en de maatregelen daarvoor'],
  ['borging', 'Er is een gezamenlijk gedragen afsprakenkader en/of beleid in ontwikkeling'],
  ['borging', 'Er is structureel (persoonlijk) contact tussen professionals'],
  ['borging', 'Er is een "sense of urgency" voor deze samenwerking'],
  ['borging', 'Er zijn gezamenlijke financiële afspraken over de inzet van budgetten'],
  ['borging', 'Er is inzicht in risicofactoren en de te treffen maatregelen'],
];

export const CHECKLIST_ITEMS: readonly ChecklistItem[] = ITEM_TEXTS.map(([group, text], i) => ({
  number: i + 1,
  group,
  text,
}));

export const CHECKLIST_ANSWERS = ['ja', 'in_ontwikkeling', 'nee'] as const;
export type ChecklistItemAnswer = (typeof CHECKLIST_ANSWERS)[number];

export const CHECKLIST_ANSWER_LABELS: Readonly<Record<ChecklistItemAnswer, string>> = {
  ja: 'Ja',
  in_ontwikkeling: 'In ontwikkeling',
  nee: 'Nee',
};

export function isChecklistItemAnswer(value: string): value is ChecklistItemAnswer {
  return (CHECKLIST_ANSWERS as readonly string[]).includes(value);
}
