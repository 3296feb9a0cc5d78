import type { Database } from '../../src/store/database.ts';

/**
 * A fictional region for the digest tests, inserted with plain SQL so the test does not lean on
 * the code it checks. What it should give for 2026-T2 is worked out by hand in the tests.
 */

export const REGION = 'digestregio';
export const MEMBER_NAMES = [
  'Anouk Fictief',
  'Bram Verzonnen',
  'Carla Bedacht',
  'Daan Denkbeeld',
  'Eva Gemeente',
  'Fleur Gemeente',
  'Gijs Gemeente',
  'Hanna Gemeente',
  'Ivo Uwv',
  'Jet Uwv',
  'Kees Reintegratie',
  'Lotte Stil',
];

type Domain = 'ggz' | 'gemeente' | 'uwv' | 're-integratie';
const DOMAINS: Domain[] = [
  'ggz',
  'ggz',
  'ggz',
  'ggz',
  'gemeente',
  'gemeente',
  'gemeente',
  'gemeente',
  'uwv',
  'uwv',
  're-integratie',
  'ggz',
];

export async function insertDigestFixture(db: Database): Promise<{ members: string[] }> {
  const q = (sql: string, params: unknown[] = []) => db.pool.query(sql, params);
  await q(
    `INSERT INTO regions (id, name, start_level, target_level) VALUES ($1, 'Digestregio (fictief)', 2, 4)`,
    [REGION],
  );
  await q(
    `INSERT INTO region_targets (region_id, trajecten_per_year, duurzame_uitstroom_pct,
       leerbijeenkomsten_per_year, casusbesprekingen_per_year) VALUES ($1, 100, 40, 3, 10)`,
    [REGION],
  );
  const overleg = (
    await q(
      `INSERT INTO overleggen (region_id, name, kind) VALUES ($1, 'Werkgroep', 'werkgroep') RETURNING id`,
      [REGION],
    )
  ).rows[0].id as string;
  const members: string[] = [];
  for (const [i, name] of MEMBER_NAMES.entries()) {
    const id = (
      await q(
        `INSERT INTO members (region_id, name, organisation, domain) VALUES ($1, $2, 'Fictieve organisatie', $3) RETURNING id`,
        [REGION, name, DOMAINS[i]],
      )
    ).rows[0].id as string;
    await q('INSERT INTO overleg_members (overleg_id, member_id) VALUES ($1, $2)', [overleg, id]);
    members.push(id);
  }
  const rounds: Record<string, string> = {};
  for (const date of ['2026-02-10', '2026-03-10', '2026-05-12', '2026-06-09', '2026-07-07', '2026-09-01']) {
    rounds[date] = (
      await q(
        `INSERT INTO checkin_rounds (overleg_id, occurrence, meeting_date, time_zone, opened_at, nudge_at, closes_at)
         VALUES ($1, $2, $3, 'Europe/Amsterdam', $4, $4::timestamptz + interval '3 days', $4::timestamptz + interval '7 days')
         RETURNING id`,
        [overleg, `${date}T14:00`, date, `${date}T14:00:00Z`],
      )
    ).rows[0].id as string;
  }
  const answer = (date: string, member: number, level: number, wentWell: string | null = null) =>
    q(
      `INSERT INTO checkin_answers (round_id, member_id, samenwerkingsniveau, went_well, submitted_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $5)`,
      [rounds[date], members[member], level, wentWell, `${date}T15:00:00Z`],
    );
  // 2026-T1: three GGZ members at level 3.
  for (const m of [0, 1, 2]) await answer('2026-02-10', m, 3);
  // 2026-T2. Member 0 answers twice: only the July answer (4) counts.
  await answer('2026-05-12', 0, 2);
  await answer('2026-07-07', 0, 4, 'Eerste gezamenlijke casusbespreking gehouden');
  await answer('2026-06-09', 1, 4);
  await answer('2026-06-09', 2, 4.5, 'Korte lijnen met de klantmanagers');
  await answer('2026-06-09', 3, 3.5);
  // The same success with other spacing and case is one success on the digest.
  await answer('2026-06-09', 4, 3, 'korte lijnen met de  klantmanagers');
  await answer('2026-06-09', 5, 3);
  await answer('2026-06-09', 6, 3.5);
  await answer('2026-06-09', 7, 4);
  await answer('2026-06-09', 8, 2.5);
  await answer('2026-06-09', 9, 3);
  await answer('2026-06-09', 10, 5);
  // After the period: must not count for T2.
  await answer('2026-09-01', 1, 6, 'Na de periode');

  const knelpunt = async (
    date: string,
    member: number,
    slot: number,
    category: string,
    description: string,
  ) => {
    const id = (
      await q(
        `INSERT INTO knelpunten (overleg_id, region_id, description, category, raised_in, raised_by, slot, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
        [overleg, REGION, description, category, rounds[date], members[member], slot, `${date}T15:00:00Z`],
      )
    ).rows[0].id as string;
    await history(id, date, member, 'raised', 'open', null);
    return id;
  };
  const history = (
    id: string,
    date: string,
    member: number,
    kind: string,
    status: string,
    oplossing: string | null,
  ) =>
    q(
      `INSERT INTO knelpunt_history (knelpunt_id, round_id, member_id, update_kind, status, oplossing, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, rounds[date], members[member], kind, status, oplossing, `${date}T15:00:00Z`],
    );
  const k1 = await knelpunt('2026-05-12', 0, 1, 'tijd-capaciteit', 'Te weinig tijd voor overleg');
  await knelpunt('2026-05-12', 4, 1, 'tijd-capaciteit', 'Werkdruk bij klantmanagers');
  const k3 = await knelpunt(
    '2026-05-12',
    8,
    1,
    'privacy-avg',
    'Onduidelijk welke gegevens gedeeld mogen worden',
  );
  const k4 = await knelpunt('2026-03-10', 1, 1, 'geld-financiering', 'Overlegtijd niet declarabel');
  await knelpunt('2026-03-10', 2, 1, 'werkgevers', 'Werkgevers moeilijk te bereiken');
  await history(k1, '2026-06-09', 1, 'nog_steeds', 'open', null);
  await history(k1, '2026-06-09', 2, 'nog_steeds', 'open', null);
  await history(k3, '2026-06-09', 8, 'in_behandeling', 'in_behandeling', 'Convenant opstellen met de FG');
  await history(k3, '2026-07-07', 9, 'opgelost', 'opgelost', null);
  await history(k4, '2026-06-09', 1, 'nog_steeds', 'open', 'Gesprek met zorgverzekeraar');
  // After the period: the T2 digest still shows k1 as open.
  await history(k1, '2026-09-01', 0, 'opgelost', 'opgelost', 'Vaste overlegtijd ingeroosterd');

  const agreed = (tertiaal: string, item: number, answer: string) =>
    q(
      `INSERT INTO checklist_agreed (region_id, tertiaal, item, answer, updated_at) VALUES ($1, $2, $3, $4, now())`,
      [REGION, tertiaal, item, answer],
    );
  await agreed('2025-T3', 9, 'in_ontwikkeling');
  await agreed('2026-T1', 1, 'ja');
  await agreed('2026-T1', 4, 'nee');
  await agreed('2026-T1', 15, 'nee');
  await agreed('2026-T2', 1, 'ja');
  await agreed('2026-T2', 2, 'ja');
  await agreed('2026-T2', 4, 'in_ontwikkeling');
  await agreed('2026-T2', 15, 'ja');
  await q(
    `INSERT INTO voortgang (region_id, tertiaal, trajecten, duurzame_uitstroom_pct, leerbijeenkomsten, casusbesprekingen, updated_at)
     VALUES ($1, '2026-T2', 30, 42, 1, 4, now())`,
    [REGION],
  );
  return { members };
}
