import { buildDigest } from '../src/digest/aggregate.ts';
import { nationalOverview } from '../src/national/overview.ts';
import { parseTertiaal } from '../src/schedule/tertialen.ts';
import type { Database } from '../src/store/database.ts';
import { digestFiguresRepository } from '../src/store/digest-repo.ts';
import { nationalInput } from '../src/store/national-repo.ts';
import { type Bench, type BenchFigure, percentile, QUICK, timeRuns } from './harness.ts';
import { benchDatabase } from './support/bench-database.ts';

const MEMBERS = 14;
const DOMAINS = ['ggz', 'gemeente', 'uwv', 're-integratie'];

/**
 * Three years of a region's werkgroepen (14 members each, meeting every four weeks, everyone
 * answering, knelpunten raised and followed up, checklist and voortgang every tertiaal). Data ×k is
 * k werkgroepen per region: at ×16, 35 regions hold 306,000 answers, the size issue 17 names.
 */
export async function seedRegion(db: Database, regionId: string): Promise<void> {
  const q = (sql: string, params: unknown[]) => db.pool.query(sql, params);
  await q(`INSERT INTO regions (id, name, start_level, target_level) VALUES ($1, $1, 2, 4)`, [regionId]);
  await q(
    `INSERT INTO region_targets (region_id, trajecten_per_year, duurzame_uitstroom_pct,
      leerbijeenkomsten_per_year, casusbesprekingen_per_year) VALUES ($1, 100, 40, 3, 10)`,
    [regionId],
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

/** Adds `count` werkgroepen with three years of history to each of the regions, in one transaction. */
export async function addWerkgroepen(
  db: Database,
  regionIds: readonly string[],
  count: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    const q = (sql: string, params: unknown[]) => tx.query(sql, params);
    const { rows } = await q(
      `INSERT INTO overleggen (region_id, name, kind)
       SELECT r, 'Werkgroep ' || gen_random_uuid(), 'werkgroep' FROM unnest($1::text[]) r, generate_series(1, $2) RETURNING id, region_id`,
      [regionIds, count],
    );
    const ids = rows.map((r) => r.id as string);
    await q(
      `WITH o AS (SELECT id, region_id FROM overleggen WHERE id = ANY($1::uuid[])),
            m AS (INSERT INTO members (region_id, name, organisation, domain)
                  SELECT o.region_id, 'Benchlid ' || o.id || '-' || i, 'Benchorganisatie', ($2::text[])[1 + i % 4]
                    FROM o, generate_series(1, $3) i RETURNING id, name)
       INSERT INTO overleg_members (overleg_id, member_id)
       SELECT o.id, m.id FROM m JOIN o ON m.name LIKE 'Benchlid ' || o.id || '-%'`,
      [ids, DOMAINS, MEMBERS],
    );
    // 39 meetings each: every 28 days from 2024-01-09.
    await q(
      `INSERT INTO checkin_rounds (overleg_id, occurrence, meeting_date, time_zone, opened_at, nudge_at, closes_at)
       SELECT o, to_char(d, 'YYYY-MM-DD') || 'T14:00', d::date, 'Europe/Amsterdam', d, d + interval '3 days', d + interval '7 days'
         FROM unnest($1::uuid[]) o, generate_series(timestamptz '2024-01-09 13:00Z', timestamptz '2026-12-31', interval '28 days') d`,
      [ids],
    );
    await q(
      `INSERT INTO checkin_answers (round_id, member_id, samenwerkingsniveau, went_well, submitted_at, updated_at)
       SELECT r.id, om.member_id, 1 + ((abs(hashtext(r.id::text || om.member_id::text)) % 11) / 2.0), 'Goed overleg gehad', r.opened_at, r.opened_at
         FROM checkin_rounds r JOIN overleg_members om ON om.overleg_id = r.overleg_id WHERE r.overleg_id = ANY($1::uuid[])`,
      [ids],
    );
    // Two knelpunten per round, each confirmed once in the next round.
    await q(
      `WITH k AS (
         INSERT INTO knelpunten (overleg_id, region_id, description, category, raised_in, raised_by, slot, created_at, updated_at)
         SELECT r.overleg_id, o.region_id, 'Knelpunt ' || s, (ARRAY['tijd-capaciteit','geld-financiering','privacy-avg','visies-taal'])[1 + (abs(hashtext(r.id::text)) + s) % 4],
                r.id, m.member_id, s, r.opened_at, r.opened_at
           FROM checkin_rounds r JOIN overleggen o ON o.id = r.overleg_id CROSS JOIN generate_series(1, 2) s
           JOIN LATERAL (SELECT member_id FROM overleg_members WHERE overleg_id = r.overleg_id ORDER BY member_id LIMIT 1) m ON true
          WHERE r.overleg_id = ANY($1::uuid[])
         RETURNING id, raised_in, raised_by, created_at)
       INSERT INTO knelpunt_history (knelpunt_id, round_id, member_id, update_kind, status, oplossing, at)
       SELECT id, raised_in, raised_by, 'raised', 'open', NULL, created_at FROM k`,
      [ids],
    );
    await q(
      `INSERT INTO knelpunt_history (knelpunt_id, round_id, member_id, update_kind, status, oplossing, at)
       SELECT k.id, nr.id, k.raised_by, 'in_behandeling', 'in_behandeling', 'Afspraak gemaakt', nr.opened_at
         FROM knelpunten k JOIN checkin_rounds r ON r.id = k.raised_in
         JOIN LATERAL (SELECT id, opened_at FROM checkin_rounds WHERE overleg_id = k.overleg_id AND meeting_date > r.meeting_date
                       ORDER BY meeting_date LIMIT 1) nr ON true
        WHERE k.overleg_id = ANY($1::uuid[])`,
      [ids],
    );
  });
  // As autovacuum leaves a settled table: statistics and the visibility map up to date.
  await db.pool.query('VACUUM ANALYZE');
}

const REGIONS = 35;
const SCALES = QUICK ? [1, 4] : [1, 4, 16];
const RUNS = QUICK ? 30 : 100;
const NATIONAL_PERIOD = { from: '2025-01-01', to: '2025-12-31' };

export const bench: Bench = {
  title: `Stuurgroep digest of one region and the national overview: ${REGIONS} regions, three years, data ×${SCALES.join(', ×')}`,
  async run(): Promise<BenchFigure[]> {
    const database = await benchDatabase();
    const { db } = database;
    const figures: BenchFigure[] = [];
    try {
      const others = Array.from({ length: REGIONS - 1 }, (_, i) => `regio-${i + 1}`);
      await seedRegion(db, 'bench-regio');
      await addWerkgroepen(db, ['bench-regio'], 1);
      const period = parseTertiaal('2026-T2')!;
      const now = new Date('2026-09-20T08:00:00Z');
      const digest = () => buildDigest(digestFiguresRepository(db.pool), 'bench-regio', period, now);
      const national = () =>
        nationalInput(db.pool, NATIONAL_PERIOD).then((input) => nationalOverview(NATIONAL_PERIOD, input));
      const measure = async (fn: () => Promise<unknown>) => {
        await timeRuns(5, fn); // warm-up: connections and plans
        return timeRuns(RUNS, fn);
      };
      const check = await digest();
      if (check.levels.overall === null) throw new Error('bench region has no levels');
      const alone = await measure(digest);
      const roundTrip = await measure(() => db.pool.query('SELECT 1'));
      const base = { name: 'SELECT 1 round trip (p50)', value: percentile(roundTrip, 50) };
      figures.push({
        name: `digest p50, its region alone, ×1 (${database.label})`,
        value: percentile(alone, 50),
        unit: 'ms',
        baseline: base,
      });
      for (const region of others) await seedRegion(db, region);
      await addWerkgroepen(db, others, 1);
      let scale = 1;
      for (const target of SCALES) {
        if (target > scale) await addWerkgroepen(db, ['bench-regio', ...others], target - scale);
        scale = target;
        const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM checkin_answers');
        const d = await measure(digest);
        const n = await measure(national);
        figures.push(
          {
            name: `×${target} (${rows[0].n.toLocaleString('en')} answers): digest of one region p95`,
            value: percentile(d, 95),
            unit: 'ms',
            baseline: base,
            goal: target === 16 ? '≤ 100 ms' : undefined,
          },
          {
            name: `×${target}: national overview p95`,
            value: percentile(n, 95),
            unit: 'ms',
            baseline: base,
            goal: target === 16 ? '≤ 100 ms' : undefined,
          },
        );
        if (target === 1) {
          figures.push({
            name: '×1: digest p50 among 35 regions ÷ alone',
            value: percentile(d, 50) / percentile(alone, 50),
            unit: '×',
            goal: 'about 1 (independent of other regions)',
          });
        }
      }
      return figures;
    } finally {
      await database.drop();
    }
  },
};
