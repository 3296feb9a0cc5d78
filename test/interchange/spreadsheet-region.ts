import type { InterchangeInput } from '../../src/interchange/schema.ts';

/** A fictional region that kept its history in a spreadsheet: its own ids, dates instead of rounds. */
export function spreadsheetRegion(): InterchangeInput {
  return {
    format: 'schakel/v1',
    regions: [{ id: 'fictief-oost', name: 'Fictief Oost', startLevel: 2, targetLevel: 4 }],
    members: [
      {
        id: 'm1',
        regionId: 'fictief-oost',
        name: 'Anna Jansen',
        organisation: 'GGZ Fictief',
        domain: 'ggz',
        roles: ['projectleider', 'lid'],
        email: 'anna@example.org',
      },
      {
        id: 'm2',
        regionId: 'fictief-oost',
        name: 'Bram de Vries',
        organisation: 'Gemeente Fictief',
        domain: 'gemeente',
      },
      { id: 'm3', regionId: 'fictief-oost', name: 'Cees Bakker', organisation: 'UWV', domain: 'uwv' },
    ],
    werkgroepen: [
      {
        id: 'wg-oost',
        regionId: 'fictief-oost',
        name: 'Werkgroep Oost',
        kind: 'werkgroep',
        memberIds: ['m1', 'm2', 'm3'],
        series: {
          firstStart: '2025-01-14T14:00',
          durationMinutes: 90,
          location: 'Stadhuis, zaal 2',
          changes: [{ effectiveFrom: '2025-06-01', time: '10:00' }],
          exceptions: [
            { kind: 'cancel', originalStart: '2025-02-11T14:00' },
            { kind: 'move', originalStart: '2025-03-11T14:00', start: '2025-03-13T14:00' },
          ],
        },
      },
    ],
    checkins: [
      { memberId: 'm1', werkgroepId: 'wg-oost', date: '2025-01-14', level: 2.5, wentWell: 'Goede opkomst.' },
      {
        memberId: 'm2',
        werkgroepId: 'wg-oost',
        date: '2025-01-14',
        level: 3,
        toelichting: 'We overleggen nu regelmatig.',
        knelpunten: [
          { description: 'Te weinig tijd voor casusoverleg', category: 'tijd-capaciteit', oplossing: null },
          {
            description: 'Onduidelijk wat we mogen delen',
            category: 'privacy-avg',
            oplossing: 'Privacyfunctionaris uitnodigen',
            status: 'in_behandeling',
          },
        ],
      },
      { memberId: 'm3', werkgroepId: 'wg-oost', date: '2025-03-13', level: 3.5 },
    ],
    checklist: [
      {
        regionId: 'fictief-oost',
        tertiaal: '2025-T1',
        answers: { '1': 'ja', '2': 'in_ontwikkeling', '15': 'nee' },
      },
      { regionId: 'fictief-oost', date: '2025-06-10', answers: { '1': 'ja', '15': 'in_ontwikkeling' } },
    ],
    voortgang: [
      {
        regionId: 'fictief-oost',
        tertiaal: '2025-T1',
        values: { trajecten: 31, duurzameUitstroomPercentage: 38 },
      },
      {
        regionId: 'fictief-oost',
        date: '2025-07-01',
        values: { trajecten: 29, leerbijeenkomsten: 1, casusbesprekingen: 4 },
      },
    ],
  };
}
