import type { CheckinAnswer, CheckinContext, OpenKnelpunt } from '../../src/messages/forms/checkin-form.ts';
import { checkinForm } from '../../src/messages/forms/checkin-form.ts';
import { checklistForm } from '../../src/messages/forms/checklist-form.ts';
import type { Form } from '../../src/messages/forms/model.ts';
import { occurrenceForm } from '../../src/messages/forms/occurrence-form.ts';
import { progressForm } from '../../src/messages/forms/progress-form.ts';
import { seriesForm } from '../../src/messages/forms/series-form.ts';
import { werkgroepForm } from '../../src/messages/forms/werkgroep-form.ts';

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
        period: 'september t/m december 2026',
      }),
    },
    {
      name: "checklist, the werkgroep's agreed status",
      form: checklistForm({
        roundId: 't-2026-3',
        werkgroepName: 'Werkgroep Demo-regio Achterhoek',
        period: 'september t/m december 2026',
        agreed: true,
      }),
    },
    {
      name: 'progress',
      form: progressForm({
        roundId: 't-2026-3',
        regionName: 'Demo-regio Achterhoek',
        period: 'september t/m december 2026',
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
    {
      name: 'new werkgroep, asked in a channel that can be linked',
      form: werkgroepForm({
        metadata: { aanvraag: DEMO_REQUEST, platform: 'slack', workspace: 'T0DEMO', channelId: 'C0DEMO' },
        members: DEMO_MEMBERS,
        channelNote: null,
        regionName: 'Demo-regio Achterhoek',
      }),
    },
    {
      name: 'new werkgroep from the home card',
      form: werkgroepForm({
        metadata: { aanvraag: DEMO_REQUEST },
        members: [],
        channelNote: 'Koppel daarna het kanaal van de werkgroep: typ daar koppel <naam van de werkgroep>.',
        regionName: 'Demo-regio Achterhoek',
        name: 'Werkgroep Demo',
      }),
    },
  ];
}

/** Fictional members of a region, as the new-werkgroep form offers them. */
export const DEMO_MEMBERS = [
  { value: '0b6f3c1e-5d2a-4e8f-9c71-2a4b6d8e0f13', label: 'Fenna Kuipers', description: 'Gemeente Demostad' },
  { value: '7d2e9a40-1c3b-4f56-8e27-9b0c1d2e3f45', label: 'Joost Verhagen', description: 'GGZ Demo' },
] as const;
const DEMO_REQUEST = '3c9d2b7a-8e41-4f0a-b6d5-1e2f3a4b5c6d';

const DEMO_OVERLEG = '6f1c2a4e-2f1b-4c59-9a53-3d8f0b1e7c21';
