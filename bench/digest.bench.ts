import { buildDigest } from '../src/digest/aggregate.ts';
import { parseTertiaal } from '../src/schedule/tertialen.ts';
import type { Database } from '../src/store/database.ts';
import { type Bench, type BenchFigure, percentile, timeRuns } from './harness.ts';
import { benchDatabase } from './support/bench-database.ts';

const RUNS = 50;
const MEMBERS = 14;
const DOMAINS = ['ggz', 'gemeente', 'uwv', 're-integratie'];

/**
 * Three years of a busy region (a werkgroep of 14 meeting every four weeks, everyone answering,
 * knelpunten raised and followed up, checklist and voortgang every tertiaal) beside a quiet
 * neighbour region, so the digest's queries must find the one region among others.
 */
async function seed(db: Database, regionId: string): Promise<void> {
  const q = (sql: string, params: unknown[]) => db.pool.query(sql, params);
  await q(`INSERT INTO regions (id, name, start_level, target_level) VALUES ($1, $1, 2, 4)`, [regionId]);
  await q(
    `INSERT INTO region_targets (region_id, trajecten_per_year, duurzame_uitstroom_pct,
      leerbijeenkomsten_per_year, casusbesprekingen_per_year) VALUES ($1, 100, 40, 3, 10)`,
    [regionId],
  );
  const overleg = (
    await q(
      `INSERT INTO overleggen (region_id, name, kind) VALUES ($1, 'Werkgroep', 'werkgroep') RETURNING id`,
      [regionId],
    )
  ).rows[0].id;
  await q(
    `INSERT INTO members (region_id, name, organisation, domain)
     SELECT $1, 'Benchlid ' || i, 'Benchorganisatie', ($2::text[])[1 + i % 4] FROM generate_series(1, $3) i`,
    [regionId, DOMAINS, MEMBERS],
  );
  await q(
    `INSERT INTO overleg_members (overleg_id, member_id) SELECT $1, id FROM members WHERE region_id = $2`,
    [overleg, regionId],
  );
  // 39 meetings: every 28 days from 2024-01-09.
  await q(
    `INSERT INTO checkin_rounds (overleg_id, occurrence, meeting_date, time_zone, opened_at, nudge_at, closes_at)
     SELECT $1, to_char(d, 'YYYY-MM-DD') || 'T14:00', d::date, 'Europe/Amsterdam', d, d + interval '3 days', d + interval '7 days'
       FROM generate_series(timestamptz '2024-01-09 13:00Z', timestamptz '2026-12-31', interval '28 days') d`,
    [overleg],
  );
  await q(
    `INSERT INTO checkin_answers (round_id, member_id, samenwerkingsniveau, went_well, submitted_at, updated_at)
     SELECT r.id, m.id, 1 + ((abs(hashtext(r.id::text || m.id::text)) % 11) / 2.0), 'Goed overleg gehad', r.opened_at, r.opened_at
       FROM checkin_rounds r CROSS JOIN members m WHERE r.overleg_id = $1 AND m.region_id = $2`,
    [overleg, regionId],
  );
  // Two knelpunten per round, each confirmed once in the next round.
  await q(
    `WITH k AS (
       INSERT INTO knelpunten (overleg_id, region_id, description, category, raised_in, raised_by, slot, created_at, updated_at)
       SELECT $1, $2, 'Knelpunt ' || s, (ARRAY['tijd-capaciteit','geld-financiering','privacy-avg','visies-taal'])[1 + (abs(hashtext(r.id::text)) + s) % 4],
              r.id, m.id, s, r.opened_at, r.opened_at
         FROM checkin_rounds r CROSS JOIN generate_series(1, 2) s
         JOIN LATERAL (SELECT id FROM members WHERE region_id = $2 ORDER BY id LIMIT 1) m ON true
        WHERE r.overleg_id = $1
       RETURNING id, raised_in, raised_by, created_at)
     INSERT INTO knelpunt_history (knelpunt_id, round_id, member_id, update_kind, status, oplossing, at)
     SELECT id, raised_in, raised_by, 'raised', 'open', NULL, created_at FROM k`,
    [overleg, regionId],
  );
  await q(
    `INSERT INTO knelpunt_history (knelpunt_id, round_id, member_id, update_kind, status, oplossing, at)
     SELECT k.id, nr.id, k.raised_by, 'in_behandeling', 'in_behandeling', 'Afspraak gemaakt', nr.opened_at
       FROM knelpunten k JOIN checkin_rounds r ON r.id = k.raised_in
       JOIN LATERAL (SELECT id, opened_at FROM checkin_rounds WHERE overleg_id = $1 AND meeting_date > r.meeting_date
                     ORDER BY meeting_date LIMIT 1) nr ON true
      WHERE k.region_id = $2`,
    [overleg, regionId],
  );
  await q(
    `INSERT INTO checklist_agreed (region_id, tertiaal, item, answer, updated_at)
     SELECT $1, y || '-T' || t, i, (ARRAY['ja','in_ontwikkeling','nee'])[1 + (i + t + y) % 3], now()
       FROM generate_series(2024, 2026) y, generate_series(1, 3) t, generate_series(1, 20) i`,
    [regionId],
  );
  await q(
    `INSERT INTO voortgang (region_id, tertiaal, trajecten, duurzame_uitstroom_pct, leerbijeenkomsten, casusbesprekingen, updated_at)
     SELECT $1, y || '-T' || t, 30, 40, 1, 3, now() FROM generate_series(2024, 2026) y, generate_series(1, 3) t`,
    [regionId],
  );
}

export const bench: Bench = {
  title: 'Stuurgroep digest: one region with three years of data',
  async run(): Promise<BenchFigure[]> {
    const database = await benchDatabase();
    const { db } = database;
    try {
      await seed(db, 'bench-regio');
      await seed(db, 'buurregio');
      await db.pool.query('ANALYZE');
      const period = parseTertiaal('2026-T2')!;
      const now = new Date('2026-09-20T08:00:00Z');
      const digest = () => buildDigest(db.pool, 'bench-regio', period, now);
      const check = await digest();
      if (check.levels.overall === null) throw new Error('bench region has no levels');
      await timeRuns(5, digest);
      await timeRuns(5, () => db.pool.query('SELECT 1'));
      const times = await timeRuns(RUNS, digest);
      const baseline = await timeRuns(RUNS, () => db.pool.query('SELECT 1'));
      return [
        {
          name: `p50 buildDigest (${database.label})`,
          value: percentile(times, 50),
          unit: 'ms',
          baseline: { name: 'SELECT 1', value: percentile(baseline, 50) },
        },
        {
          name: 'p95 buildDigest',
          value: percentile(times, 95),
          unit: 'ms',
          baseline: { name: 'SELECT 1', value: percentile(baseline, 95) },
          goal: '≤ 100 ms',
        },
      ];
    } finally {
      await database.drop();
    }
  },
};
