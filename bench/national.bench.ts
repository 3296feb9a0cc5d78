import { nationalOverview } from '../src/national/overview.ts';
import type { Database } from '../src/store/database.ts';
import { nationalInput } from '../src/store/national-repo.ts';
import { type Bench, percentile, timeRuns } from './harness.ts';
import { benchDatabase } from './support/bench-database.ts';

const REGIONS = 35;
const MEMBERS = 10;
const RUNS = 20;
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };

/** A year of data for every region: a werkgroep of ten meeting every four weeks, all answering. */
async function seed(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO regions (id, name, start_level, target_level)
       SELECT 'regio-' || r, 'Regio ' || r, 2 + (r % 3) * 0.5, 4 FROM generate_series(1, $1) r`,
      [REGIONS],
    );
    await tx.query(
      `INSERT INTO members (region_id, name, organisation, domain)
       SELECT 'regio-' || r, 'Deelnemer ' || r || '-' || m, 'Fictief', 'ggz'
         FROM generate_series(1, $1) r, generate_series(1, $2) m`,
      [REGIONS, MEMBERS],
    );
    await tx.query(
      `INSERT INTO overleggen (region_id, name, kind) SELECT id, 'Werkgroep', 'werkgroep' FROM regions`,
    );
    await tx.query(
      `INSERT INTO checkin_rounds (overleg_id, occurrence, meeting_date, time_zone, opened_at, nudge_at, closes_at, closed_at)
       SELECT o.id, to_char(d, 'YYYY-MM-DD') || 'T14:00', d::date, 'Europe/Amsterdam', d, d, d + interval '7 days', d + interval '7 days'
         FROM overleggen o, generate_series('2025-01-07'::timestamptz, '2025-12-31', interval '28 days') d`,
    );
    await tx.query(
      `INSERT INTO checkin_answers (round_id, member_id, samenwerkingsniveau, submitted_at, updated_at)
       SELECT r.id, m.id, 1 + floor(random() * 11) / 2, r.opened_at, r.opened_at
         FROM checkin_rounds r JOIN overleggen o ON o.id = r.overleg_id JOIN members m ON m.region_id = o.region_id`,
    );
    await tx.query(
      `INSERT INTO checklist_agreed (region_id, tertiaal, item, answer, updated_at)
       SELECT g.id, '2025-T' || t, i, (ARRAY['ja', 'in_ontwikkeling', 'nee'])[1 + floor(random() * 3)::int], now()
         FROM regions g, generate_series(1, 3) t, generate_series(1, 20) i`,
    );
  });
}

export const bench: Bench = {
  title: `National overview: ${REGIONS} regions, a year of check-ins (${MEMBERS} members, every 4 weeks) and checklists`,
  async run() {
    const { db, label, drop } = await benchDatabase();
    try {
      await seed(db);
      await db.pool.query('ANALYZE');
      const overview = () => nationalInput(db.pool, PERIOD).then((input) => nationalOverview(PERIOD, input));
      await timeRuns(3, overview); // warm-up: connections and plans
      const baseline = percentile(await timeRuns(RUNS, () => db.pool.query('SELECT 1')), 50);
      const times = await timeRuns(RUNS, overview);
      return [
        {
          name: `national overview p50 (${label})`,
          value: percentile(times, 50),
          unit: 'ms',
          baseline: { name: 'SELECT 1', value: baseline },
          goal: '≤ 500 ms on PostgreSQL',
        },
        {
          name: 'national overview p95',
          value: percentile(times, 95),
          unit: 'ms',
          goal: '≤ 500 ms on PostgreSQL',
        },
      ];
    } finally {
      await drop();
    }
  },
};
