import type { CheckinAnswer, CheckinContext, OpenKnelpunt } from '../../src/messages/forms/checkin-form.ts';
import { checkinForm } from '../../src/messages/forms/checkin-form.ts';
import { checklistForm } from '../../src/messages/forms/checklist-form.ts';
import type { Form } from '../../src/messages/forms/model.ts';
import { occurrenceForm } from '../../src/messages/forms/occurrence-form.ts';
import { progressForm } from '../../src/messages/forms/progress-form.ts';
import { seriesForm } from '../../src/messages/forms/series-form.ts';

/** Fictional werkgroep data: no real people, no client data. */
export const OPEN_KNELPUNTEN: readonly OpenKnelpunt[] = [
  { id: 'k-101', description: 'Overlegtijd is voor de GGZ niet declarabel', category: 'geld-financiering' },
  {
    id: 'k-102',
    description: 'Klantmanagers wisselen vaak, het contact verwatert',
    category: 'tijd-capaciteit',
  },
];

export function checkinContext(overrides: Partial<CheckinContext> = {}): CheckinContext {
  return {
    roundId: 'round-2026-10-06',
    werkgroepName: 'Werkgroep Demo-regio Achterhoek',
    meetingDate: 'dinsdag 6 oktober 2026',
    openKnelpunten: OPEN_KNELPUNTEN,
    ...overrides,
  };
}

/** A full check-in, as a member might fill it in. */
export const FULL_CHECKIN: CheckinAnswer = {
  samenwerkingsniveau: 3.5,
  toelichting: 'We overleggen elke vier weken; de eerste gezamenlijke casussen lopen.',
  newKnelpunten: [
    { description: 'Werkgevers weten ons nog niet te vinden', category: 'werkgevers', oplossing: null },
    {
      description: 'Onduidelijk wat we mogen delen',
      category: 'privacy-avg',
      oplossing: 'Privacy-officers van GGZ en gemeente samen laten kijken',
    },
  ],
  knelpuntUpdates: [
    {
      knelpuntId: 'k-101',
      update: 'opgelost',
      oplossing: 'Afspraak met de zorgverzekeraar over overlegtijd',
    },
    { knelpuntId: 'k-102', update: 'nog_steeds', oplossing: null },
  ],
  wentWell: 'De eerste leerbijeenkomst was goed bezocht.',
};

/** Every form the bot asks, as the parity and validity tests see them. */
export function allForms(): ReadonlyArray<{ readonly name: string; readonly form: Form }> {
  return [
    { name: 'check-in with two open knelpunten', form: checkinForm(checkinContext()) },
    { name: 'check-in without open knelpunten', form: checkinForm(checkinContext({ openKnelpunten: [] })) },
    { name: 'check-in being changed', form: checkinForm(checkinContext({ previous: FULL_CHECKIN })) },
    {
      name: 'checklist',
      form: checklistForm({
        roundId: 't-2026-3',
        werkgroepName: 'Werkgroep Demo-regio Achterhoek',
        period: 'september tot en met december 2026',
      }),
    },
    {
      name: "checklist, the werkgroep's agreed status",
      form: checklistForm({
        roundId: 't-2026-3',
        werkgroepName: 'Werkgroep Demo-regio Achterhoek',
        period: 'september tot en met december 2026',
        agreed: true,
      }),
    },
    {
      name: 'progress',
      form: progressForm({
        roundId: 't-2026-3',
        regionName: 'Demo-regio Achterhoek',
        period: 'september tot en met december 2026',
        targets: {
          trajecten: 100,
          duurzameUitstroomPercentage: 40,
          leerbijeenkomsten: 3,
          casusbesprekingen: 10,
        },
      }),
    },
    {
      name: 'new series',
      form: seriesForm({
        overlegId: DEMO_OVERLEG,
        werkgroepName: 'Werkgroep GGZ & Werk Achterhoek',
        mode: 'nieuw',
      }),
    },
    {
      name: 'series changed from a date',
      form: seriesForm({
        overlegId: DEMO_OVERLEG,
        werkgroepName: 'Werkgroep GGZ & Werk Achterhoek',
        mode: 'wijzig',
      }),
    },
    {
      name: 'one meeting moved or cancelled',
      form: occurrenceForm({
        overlegId: DEMO_OVERLEG,
        werkgroepName: 'Werkgroep GGZ & Werk Achterhoek',
        occurrences: [
          { value: '2026-04-27T14:00', label: 'maandag 27 april 2026, 14:00–15:30' },
          { value: '2026-05-25T14:00', label: 'maandag 25 mei 2026, 14:00–15:30' },
        ],
      }),
    },
  ];
}

const DEMO_OVERLEG = '6f1c2a4e-2f1b-4c59-9a53-3d8f0b1e7c21';
