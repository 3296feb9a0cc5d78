import type { ChecklistItemAnswer } from '../domain/checklist.ts';
import type { NationalInput } from '../national/overview.ts';
import type { Period } from '../schedule/tertialen.ts';
import type { Queryable } from './database.ts';
import { bind } from './unit-of-work.ts';

/**
 * What the national overview needs, in three queries whatever the number of regions. The database
 * does the "latest" picking (DISTINCT ON) so only one row per member or per region and item travels.
 */
export async function nationalInput(db: Queryable, period: Period): Promise<NationalInput> {
  const regions = await db.query<{ id: string; start_level: number | null }>(
    'SELECT id, start_level FROM regions ORDER BY id',
  );
  // A tertiaal 'YYYY-Tn' counts when it overlaps the period: its first day ≤ TO and its last ≥ FROM.
  const checklist = await db.query<{ region_id: string; tertiaal: string; item: number; answer: string }>(
    `SELECT DISTINCT ON (region_id, item) region_id, tertiaal, item, answer
       FROM checklist_agreed
      WHERE make_date(substr(tertiaal, 1, 4)::int, (substr(tertiaal, 7, 1)::int - 1) * 4 + 1, 1) <= $2::date
        AND (make_date(substr(tertiaal, 1, 4)::int, (substr(tertiaal, 7, 1)::int - 1) * 4 + 1, 1)
             + interval '4 months' - interval '1 day')::date >= $1::date
      ORDER BY region_id, item, tertiaal DESC`,
    [period.from, period.to],
  );
  // Per member the level of their latest answer in the period: one probe each in
  // checkin_answers_member_latest, no sort of every answer of the period.
  // One row per region (its members' levels as an array), not one per member.
  const levels = await db.query<{ region_id: string; levels: number[] }>(
    `SELECT m.region_id, array_agg(l.level::float8) AS levels
       FROM members m
       CROSS JOIN LATERAL (
         SELECT a.samenwerkingsniveau AS level FROM checkin_answers a
          WHERE a.member_id = m.id AND a.meeting_date BETWEEN $1::date AND $2::date
          ORDER BY a.meeting_date DESC, a.submitted_at DESC LIMIT 1) l
      GROUP BY m.region_id`,
    [period.from, period.to],
  );
  return {
    regions: regions.rows.map((r) => ({ id: r.id, startLevel: r.start_level })),
    checklist: checklist.rows.map((r) => ({
      regionId: r.region_id,
      tertiaal: r.tertiaal,
      item: r.item,
      answer: r.answer as ChecklistItemAnswer,
    })),
    latestLevels: levels.rows.flatMap((r) => r.levels.map((level) => ({ regionId: r.region_id, level }))),
  };
}

/** The national overview's reads, on the pool. */
export const nationalRepository = (db: Queryable) => bind(db, { nationalInput });
export type NationalRepository = ReturnType<typeof nationalRepository>;
