import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../src/store/database.ts';
import { SeedRows } from '../../src/store/seed-rows.ts';

/**
 * The two tables of the 2018 report (stand-van-zaken-en-patronen-2018.md), as the report prints
 * them, and fictional regions whose stored answers reproduce them.
 * Note the report's row "Projectplan" adds up to 16, not 26: ten project leads left it open.
 */
export const CHECKLIST_TABLE: ReadonlyArray<readonly [item: number, ja: number, io: number, nee: number]> = [
  [1, 18, 8, 0], // Voldoende toegeruste projectleider
  [3, 16, 9, 1], // Voldoende bestuurlijk draagvlak
  [9, 15, 11, 0], // Voldoende en effectieve contactmomenten
  [7, 14, 10, 2], // Betrokkenheid van uitvoering, beleid en management
  [19, 12, 8, 6], // Financiële afspraken over budgetten
  [8, 11, 14, 1], // Cliënt- en werkgeversperspectief
  [18, 11, 13, 2], // Sense of urgency
  [2, 10, 3, 3], // Projectplan (16 answers)
  [6, 9, 13, 4], // Face-to-face kennisgemaakt
  [5, 8, 14, 4], // Lange termijnvisie
  [17, 7, 18, 1], // Structureel (persoonlijk) contact
  [16, 7, 18, 1], // Gezamenlijk gedragen afsprakenkader
  [20, 7, 17, 2], // Inzicht in risicofactoren
  [12, 5, 17, 4], // (Conflicterende) belangen
  [4, 5, 15, 6], // Tijd en capaciteit
  [14, 4, 19, 3], // Duidelijke afspraken
  [13, 4, 17, 5], // Elkaars taal
  [10, 3, 20, 3], // Bekendheid met expertise
  [11, 2, 21, 3], // Commitment naar acties
  [15, 2, 12, 12], // Transparantie over privacy
];

/** "Verandering in samenwerkingsniveau" plus footnote 11: two regions without the information. */
export const LEVEL_TABLE = {
  geen_verschil: 4,
  minder_dan_een_stap: 7,
  een_niveau: 8,
  een_tot_twee_niveaus: 7,
  meer_dan_twee: 0,
  gedaald: 0,
  niet_beschikbaar: 2,
} as const;

/** Period of the fixture: the spring 2018 interviews. */
export const PERIOD = { from: '2018-01-01', to: '2018-08-31' } as const;

// Start level and the latest in-period levels of each member, per category. Rising regions start
// at 2 and reach 3 or 4, as the report says; the quarter medians exercise "x.25/x.75 round up".
const LEVEL_PLANS: Record<string, ReadonlyArray<{ start: number; levels: number[] }>> = {
  geen_verschil: [
    { start: 3, levels: [3, 3, 3.5] },
    { start: 2, levels: [2, 2.5, 1.5] },
    { start: 3, levels: [2.5, 3, 3.5, 3] },
    { start: 2.5, levels: [2, 2, 2.5, 2.5] }, // 2.25 → 2.5
  ],
  minder_dan_een_stap: [
    { start: 2, levels: [2.5, 2.5, 3, 2] },
    { start: 2, levels: [2, 2.5, 2, 2.5] }, // 2.25 → 2.5
    { start: 2, levels: [2.5, 2, 3] },
    { start: 2, levels: [2, 3, 2.5] },
    { start: 2.5, levels: [3, 3, 2.5] },
    { start: 2, levels: [2.5, 2.5, 2.5] },
    { start: 3, levels: [3.5, 4, 3] },
  ],
  een_niveau: [
    { start: 2, levels: [3, 3, 3] },
    { start: 2, levels: [2.5, 3, 2.5, 3] }, // 2.75 → 3
    { start: 2, levels: [3, 2.5, 3.5, 3] },
    { start: 2, levels: [3, 3, 3.5] },
    { start: 2, levels: [3, 4, 2] },
    { start: 2, levels: [3, 3.5, 2.5] },
    { start: 2, levels: [3, 3, 2.5, 3.5] },
    { start: 2, levels: [2.5, 3, 3, 3.5] },
  ],
  een_tot_twee_niveaus: [
    { start: 2, levels: [3.5, 4, 3.5, 4] }, // 3.75 → 4: exactly two levels up still counts here
    { start: 2, levels: [4, 4, 4] },
    { start: 2, levels: [3.5, 3.5, 3.5] },
    { start: 2, levels: [3, 3.5, 4] },
    { start: 2, levels: [4, 3.5, 4, 4.5] },
    { start: 2, levels: [3.5, 3, 4] },
    { start: 2, levels: [3, 4, 3, 4] }, // 3.5
  ],
  niet_beschikbaar: [
    { start: 2, levels: [] },
    // Two answers: below the small-group minimum, so no level is shown or counted.
    { start: 3, levels: [4, 4] },
  ],
};

/**
 * Inserts 28 regions: 26 answered the checklist (the questionnaire), 26 have enough levels (the
 * interviews). The rows are written with the demo's SeedRows: one INSERT per table.
 */
export async function seedReport2018(db: Queryable): Promise<void> {
  const rows = new SeedRows();
  const plans = Object.values(LEVEL_PLANS).flat();
  const now = '2018-09-01T00:00:00Z';
  for (const [r, plan] of plans.entries()) {
    const regionId = `regio-${String(r + 1).padStart(2, '0')}`;
    rows.add('regions', {
      id: regionId,
      name: `Fictieve regio ${r + 1}`,
      start_level: plan.start,
      target_level: Math.min(6, plan.start + 2),
    });
    const overlegId = randomUUID();
    rows.add('overleggen', { id: overlegId, region_id: regionId, name: 'Werkgroep', kind: 'werkgroep' });
    const round = (date: string) => {
      const id = randomUUID();
      const opened = new Date(`${date}T16:00:00Z`);
      rows.add('checkin_rounds', {
        id,
        overleg_id: overlegId,
        occurrence: `${date}T14:00`,
        meeting_date: date,
        time_zone: 'Europe/Amsterdam',
        opened_at: opened.toISOString(),
        nudge_at: opened.toISOString(),
        closes_at: new Date(opened.getTime() + 7 * 86_400_000).toISOString(),
      });
      return id;
    };
    const before = round('2017-11-20'); // before the period: must not count
    const early = round('2018-02-12');
    const late = round('2018-06-04');
    const after = round('2018-10-01'); // after the period: must not count
    // Each planned level is a member's latest in the period; the earlier answers must be ignored.
    const members = Math.max(plan.levels.length, 2);
    for (let m = 0; m < members; m++) {
      const memberId = randomUUID();
      rows.add('members', {
        id: memberId,
        region_id: regionId,
        name: `Deelnemer ${r + 1}-${m + 1}`,
        organisation: 'Fictief',
        domain: 'ggz',
      });
      const answer = (roundId: string, level: number) =>
        rows.add('checkin_answers', {
          round_id: roundId,
          member_id: memberId,
          samenwerkingsniveau: level,
          submitted_at: now,
          updated_at: now,
        });
      answer(before, 6);
      answer(after, 1);
      const level = plan.levels[m];
      if (level === undefined) continue;
      // Every other member answered only in the late round; the rest changed their mind there.
      if (m % 2 === 0) answer(early, level === 1 ? 6 : 1);
      answer(late, level);
    }
  }
  // Checklist: the first 26 regions answered; rotate so no region is "all ja".
  const answered = plans.length - 2;
  const agree = (regionId: string, tertiaal: string, item: number, answer: string) =>
    rows.add('checklist_agreed', { region_id: regionId, tertiaal, item, answer, updated_at: now });
  for (const [index, [item, ja, io, nee]] of CHECKLIST_TABLE.entries()) {
    const answers = [
      ...Array<string>(ja).fill('ja'),
      ...Array<string>(io).fill('in_ontwikkeling'),
      ...Array<string>(nee).fill('nee'),
    ];
    for (const [k, answer] of answers.entries()) {
      const regionId = `regio-${String(((k + index * 7) % answered) + 1).padStart(2, '0')}`;
      // Half the regions agreed it in T1 only; the others revised it in T2 (the latest counts).
      const tertiaal = k % 2 === 0 ? '2018-T1' : '2018-T2';
      if (tertiaal === '2018-T2') agree(regionId, '2018-T1', item, answer === 'ja' ? 'nee' : 'ja');
      agree(regionId, tertiaal, item, answer);
      agree(regionId, '2017-T3', item, 'nee'); // before the period
      agree(regionId, '2018-T3', item, 'ja'); // after the period
    }
  }
  await rows.write(db, new Date(now));
}
