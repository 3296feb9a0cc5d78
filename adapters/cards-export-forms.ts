import { DEMO_MEMBERS, DEMO_OVERLEGGEN, DEMO_REGION } from '../src/domain/demo-region.ts';
import { checkinForm } from '../src/messages/forms/checkin-form.ts';
import { checklistForm } from '../src/messages/forms/checklist-form.ts';
import type { Form } from '../src/messages/forms/model.ts';
import { occurrenceForm } from '../src/messages/forms/occurrence-form.ts';
import { progressForm } from '../src/messages/forms/progress-form.ts';
import { seriesForm } from '../src/messages/forms/series-form.ts';
import { werkgroepForm } from '../src/messages/forms/werkgroep-form.ts';

// The demo region's forms for cards-export.ts: a round, a werkgroep and its open knelpunten, all fictional.

export const ROUND_ID = '3f2c9a4e-8b1d-4c6e-9f0a-2d7b5e1c8a90';
export const werkgroep = DEMO_OVERLEGGEN.find((o) => o.kind === 'werkgroep')?.name ?? 'Werkgroep';
export const OPEN_KNELPUNTEN = [
  {
    id: '6a1f0c52-3d4e-4b7a-9c8d-0e1f2a3b4c5d',
    description: 'Overlegtijd is voor de GGZ niet declarabel',
    category: 'geld-financiering' as const,
  },
  {
    id: '7b2e1d63-4e5f-4c8b-8d9e-1f2a3b4c5d6e',
    description: 'Klantmanagers wisselen vaak, het contact verwatert',
    category: 'tijd-capaciteit' as const,
  },
];

/** Stands for the demo werkgroep's id in the exported forms' metadata. */
const DEMO_OVERLEG_ID = '00000000-0000-4000-8000-000000000001';

/** Every form Schakel shows, filled with the fictional demo region (cards-export.ts). */
export function demoForms(): Record<string, Form> {
  const ctx = {
    roundId: ROUND_ID,
    werkgroepName: werkgroep,
    meetingDate: 'dinsdag 6 oktober 2026',
    openKnelpunten: OPEN_KNELPUNTEN,
  };
  const tertiaal = {
    roundId: ROUND_ID,
    werkgroepName: werkgroep,
    period: 'september tot en met december 2026',
  };
  return {
    'form-checkin': checkinForm({ ...ctx, openKnelpunten: [] }),
    'form-checkin-open-knelpunten': checkinForm(ctx),
    'form-checkin-changing': checkinForm({
      ...ctx,
      previous: {
        samenwerkingsniveau: 3.5,
        toelichting: 'We overleggen elke vier weken; de eerste gezamenlijke casussen lopen.',
        newKnelpunten: [
          { description: 'Werkgevers weten ons nog niet te vinden', category: 'werkgevers', oplossing: null },
        ],
        knelpuntUpdates: [{ knelpuntId: OPEN_KNELPUNTEN[0]!.id, update: 'in_behandeling', oplossing: null }],
        wentWell: 'De eerste leerbijeenkomst was goed bezocht.',
      },
    }),
    'form-checklist': checklistForm(tertiaal),
    'form-checklist-agreed': checklistForm({ ...tertiaal, agreed: true }),
    'form-progress': progressForm({
      roundId: ROUND_ID,
      regionName: DEMO_REGION.name,
      period: 'september tot en met december 2026',
      targets: {
        trajecten: 100,
        duurzameUitstroomPercentage: 40,
        leerbijeenkomsten: 3,
        casusbesprekingen: 10,
      },
    }),
    'form-series-new': seriesForm({ overlegId: DEMO_OVERLEG_ID, werkgroepName: werkgroep, mode: 'nieuw' }),
    'form-series-change': seriesForm({
      overlegId: DEMO_OVERLEG_ID,
      werkgroepName: werkgroep,
      mode: 'wijzig',
    }),
    // A larger region: thirty fictional members to pick from, as a list one can type in.
    'form-new-werkgroep': werkgroepForm({
      metadata: { aanvraag: ROUND_ID, platform: 'teams', workspace: 'demo', channelId: 'demo' },
      members: Array.from({ length: 30 }, (_, i) => ({
        value: `00000000-0000-4000-8000-${String(i + 100).padStart(12, '0')}`,
        label: `${DEMO_MEMBERS[i % DEMO_MEMBERS.length]?.name ?? 'Lid'} ${i + 1}`,
      })),
      channelNote: null,
      regionName: DEMO_REGION.name,
    }),
    'form-one-meeting': occurrenceForm({
      overlegId: DEMO_OVERLEG_ID,
      werkgroepName: werkgroep,
      occurrences: [
        { value: '2026-10-06T14:00', label: 'dinsdag 6 oktober 2026, 14:00–15:30' },
        { value: '2026-11-03T14:00', label: 'dinsdag 3 november 2026, 14:00–15:30' },
      ],
    }),
  };
}
