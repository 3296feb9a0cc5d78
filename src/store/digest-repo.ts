import { z } from 'zod';
import { CHECKLIST_ANSWERS } from '../domain/checklist.ts';
import { KNELPUNT_CATEGORY_SLUGS, KNELPUNT_STATUSES, type KnelpuntCategory } from '../domain/knelpunten.ts';
import { DOMAINS } from '../domain/members.ts';
import type { Queryable } from './database.ts';
import { bind } from './unit-of-work.ts';

/**
 * The raw material of the stuurgroep digest, a few queries per region and period. Everything is
 * asked by local meeting date (a calendar date, no time zone), so a period is exactly its days.
 */

export interface DateRange {
  readonly label: string;
  readonly from: string;
  readonly to: string;
}

const regionRow = z.object({
  name: z.string(),
  start_level: z.number().nullable(),
  target_level: z.number().nullable(),
  trajecten_per_year: z.number().nullable(),
  duurzame_uitstroom_pct: z.number().nullable(),
  leerbijeenkomsten_per_year: z.number().nullable(),
  casusbesprekingen_per_year: z.number().nullable(),
});
export type RegionWithTargets = z.infer<typeof regionRow>;

export async function regionWithTargets(db: Queryable, regionId: string): Promise<RegionWithTargets | null> {
  const { rows } = await db.query(
    `SELECT r.name, r.start_level, r.target_level, t.trajecten_per_year, t.duurzame_uitstroom_pct,
            t.leerbijeenkomsten_per_year, t.casusbesprekingen_per_year
       FROM regions r LEFT JOIN region_targets t ON t.region_id = r.id
      WHERE r.id = $1`,
    [regionId],
  );
  return rows[0] ? regionRow.parse(rows[0]) : null;
}

const levelRow = z.object({
  period: z.string(),
  member_id: z.string(),
  domain: z.enum(DOMAINS),
  level: z.number(),
});
export type LatestLevel = z.infer<typeof levelRow>;

/** Each answering member's latest level in each of the periods (one row per period and member). */
export async function latestLevels(
  db: Queryable,
  regionId: string,
  periods: readonly DateRange[],
): Promise<LatestLevel[]> {
  const { rows } = await db.query(
    // From the region's werkgroepen to their rounds in the periods (overall bounds $5-$6 let the
    // (overleg_id, meeting_date) index find them), whatever the number of other regions.
    `SELECT DISTINCT ON (p.label, a.member_id)
            p.label AS period, a.member_id, (SELECT domain FROM members WHERE id = a.member_id) AS domain,
            a.samenwerkingsniveau AS level
       FROM unnest($2::text[], $3::date[], $4::date[]) AS p (label, from_date, to_date)
       JOIN overleggen o ON o.region_id = $1
       JOIN checkin_rounds r ON r.overleg_id = o.id AND r.meeting_date BETWEEN p.from_date AND p.to_date
                            AND r.meeting_date BETWEEN $5::date AND $6::date
       JOIN checkin_answers a ON a.round_id = r.id
      ORDER BY p.label, a.member_id, r.meeting_date DESC, a.submitted_at DESC`,
    [
      regionId,
      periods.map((p) => p.label),
      periods.map((p) => p.from),
      periods.map((p) => p.to),
      periods.reduce((min, p) => (p.from < min ? p.from : min), periods[0]?.from ?? '9999-12-31'),
      periods.reduce((max, p) => (p.to > max ? p.to : max), periods[0]?.to ?? '0001-01-01'),
    ],
  );
  return rows.map((r) => levelRow.parse(r));
}

const knelpuntRow = z.object({
  id: z.string(),
  category: z.enum(
    KNELPUNT_CATEGORY_SLUGS as readonly KnelpuntCategory[] as readonly [
      KnelpuntCategory,
      ...KnelpuntCategory[],
    ],
  ),
  description: z.string(),
  named: z.number(),
  solved: z.boolean(),
  status: z.enum(KNELPUNT_STATUSES),
  oplossing: z.string().nullable(),
});
export type KnelpuntInPeriod = z.infer<typeof knelpuntRow>;

/**
 * Every knelpunt something was said about in the period: how often it was named (raised or
 * confirmed as still playing), whether it was solved in the period, and its status and latest
 * oplossing as they stood at the end of the period (not today, so an old digest stays true).
 */
export async function knelpuntenInPeriod(
  db: Queryable,
  regionId: string,
  period: DateRange,
): Promise<KnelpuntInPeriod[]> {
  const { rows } = await db.query(
    `WITH touched AS (
       SELECT k.id, k.category, k.description, k.oplossing AS first_oplossing,
              count(*) FILTER (WHERE h.update_kind IN ('raised', 'nog_steeds'))::int AS named,
              bool_or(h.update_kind = 'opgelost') AS solved
         FROM overleggen o
         JOIN checkin_rounds r ON r.overleg_id = o.id AND r.meeting_date BETWEEN $2 AND $3
         JOIN knelpunt_history h ON h.round_id = r.id
         JOIN knelpunten k ON k.id = h.knelpunt_id AND k.region_id = $1
        WHERE o.region_id = $1
        GROUP BY k.id)
     SELECT t.id, t.category, t.description, t.named, t.solved,
            coalesce(s.status, 'open') AS status, coalesce(s.oplossing, t.first_oplossing) AS oplossing
       FROM touched t
       LEFT JOIN LATERAL (
         SELECT (array_agg(h.status ORDER BY r.meeting_date DESC, h.id DESC))[1] AS status,
                (array_agg(h.oplossing ORDER BY r.meeting_date DESC, h.id DESC)
                   FILTER (WHERE h.oplossing IS NOT NULL))[1] AS oplossing
           FROM knelpunt_history h JOIN checkin_rounds r ON r.id = h.round_id
          WHERE h.knelpunt_id = t.id AND r.meeting_date <= $3) s ON true
      ORDER BY t.named DESC, t.id`,
    [regionId, period.from, period.to],
  );
  return rows.map((r) => knelpuntRow.parse(r));
}

const checklistRow = z.object({
  tertiaal: z.string(),
  item: z.number(),
  answer: z.enum(CHECKLIST_ANSWERS),
});
export type AgreedChecklistRow = z.infer<typeof checklistRow>;

/** The agreed checklist statuses recorded up to and including a tertiaal, newest first. */
export async function agreedChecklistUpTo(
  db: Queryable,
  regionId: string,
  tertiaal: string,
): Promise<AgreedChecklistRow[]> {
  // Labels 'YYYY-Tn' sort as text in time order.
  const { rows } = await db.query(
    `SELECT tertiaal, item, answer FROM checklist_agreed
      WHERE region_id = $1 AND tertiaal <= $2 ORDER BY tertiaal DESC, item`,
    [regionId, tertiaal],
  );
  return rows.map((r) => checklistRow.parse(r));
}

/** A region's voortgang for one tertiaal, as the digest and the evaluation read it. */
export const voortgangRow = z.object({
  trajecten: z.number().nullable(),
  duurzame_uitstroom: z.number().nullable(),
  duurzame_uitstroom_pct: z.number().nullable(),
  leerbijeenkomsten: z.number().nullable(),
  casusbesprekingen: z.number().nullable(),
});
export type VoortgangRow = z.infer<typeof voortgangRow>;

export async function voortgangFor(
  db: Queryable,
  regionId: string,
  tertiaal: string,
): Promise<VoortgangRow | null> {
  const { rows } = await db.query(
    `SELECT trajecten, duurzame_uitstroom, duurzame_uitstroom_pct, leerbijeenkomsten, casusbesprekingen
       FROM voortgang WHERE region_id = $1 AND tertiaal = $2`,
    [regionId, tertiaal],
  );
  return rows[0] ? voortgangRow.parse(rows[0]) : null;
}

const successesRow = z.object({ went_well: z.string() });

/** What went well in the period, oldest first. Texts only: who wrote them is never selected. */
export async function successesInPeriod(
  db: Queryable,
  regionId: string,
  period: DateRange,
): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT a.went_well
       FROM checkin_rounds r
       JOIN overleggen o ON o.id = r.overleg_id AND o.region_id = $1
       JOIN checkin_answers a ON a.round_id = r.id
      WHERE r.meeting_date BETWEEN $2 AND $3 AND btrim(coalesce(a.went_well, '')) <> ''
      ORDER BY r.meeting_date, a.submitted_at`,
    [regionId, period.from, period.to],
  );
  // The same sentence from several members is one success on a one-screen digest.
  const seen = new Set<string>();
  return rows
    .map((r) => successesRow.parse(r).went_well.trim())
    .filter((s) => {
      const key = s.toLocaleLowerCase('nl').replace(/\s+/g, ' ');
      return !seen.has(key) && Boolean(seen.add(key));
    });
}

/** Members of the region's werkgroepen: those a check-in is asked of. */
export async function werkgroepMemberCount(db: Queryable, regionId: string): Promise<number> {
  const { rows } = await db.query(
    `SELECT count(DISTINCT om.member_id)::int AS n
       FROM overleggen o JOIN overleg_members om ON om.overleg_id = o.id
      WHERE o.region_id = $1 AND o.kind = 'werkgroep'`,
    [regionId],
  );
  return z.object({ n: z.number() }).parse(rows[0]).n;
}

/** The digest's figures of one region (on the pool, so they can be read side by side). */
export const digestFiguresRepository = (db: Queryable) =>
  bind(db, {
    regionWithTargets,
    latestLevels,
    knelpuntenInPeriod,
    agreedChecklistUpTo,
    voortgangFor,
    successesInPeriod,
    werkgroepMemberCount,
  });
export type DigestFiguresRepository = ReturnType<typeof digestFiguresRepository>;
