import { z } from 'zod';
import { KNELPUNT_CATEGORY_SLUGS, type KnelpuntCategory } from '../domain/knelpunten.ts';
import type { Queryable } from './database.ts';
import { digestFiguresRepository, voortgangRow } from './digest-repo.ts';
import { bind } from './unit-of-work.ts';

/**
 * What the evaluation draft needs beyond the digest's queries: how knelpunten changed in a
 * period (the "what did you do about it" of the national form) and voortgang over several
 * tertialen. Like the digest, periods are local meeting dates, inclusive.
 */

const categories = KNELPUNT_CATEGORY_SLUGS as readonly KnelpuntCategory[] as readonly [
  KnelpuntCategory,
  ...KnelpuntCategory[],
];

const changeRow = z.object({
  knelpunt_id: z.string(),
  category: z.enum(categories),
  description: z.string(),
  update_kind: z.enum(['in_behandeling', 'opgelost', 'geparkeerd']),
  oplossing: z.string().nullable(),
  meeting_date: z.string(),
});
export type KnelpuntChange = z.infer<typeof changeRow>;

/** Status changes of the region's knelpunten in the period, oldest first. Who made them is never selected. */
export async function knelpuntChangesInPeriod(
  db: Queryable,
  regionId: string,
  period: { readonly from: string; readonly to: string },
): Promise<KnelpuntChange[]> {
  const { rows } = await db.query(
    `SELECT k.id AS knelpunt_id, k.category, k.description, h.update_kind, h.oplossing,
            to_char(r.meeting_date, 'YYYY-MM-DD') AS meeting_date
       FROM knelpunt_history h
       JOIN knelpunten k ON k.id = h.knelpunt_id
       JOIN checkin_rounds r ON r.id = h.round_id
      WHERE k.region_id = $1 AND r.meeting_date BETWEEN $2 AND $3
        AND h.update_kind IN ('in_behandeling', 'opgelost', 'geparkeerd')
      ORDER BY r.meeting_date, h.id`,
    [regionId, period.from, period.to],
  );
  return rows.map((r) => changeRow.parse(r));
}

const tertiaalVoortgangRow = voortgangRow.extend({ tertiaal: z.string() });
export type TertiaalVoortgang = z.infer<typeof tertiaalVoortgangRow>;

/** Voortgang recorded for the given tertialen ('2026-T2'), oldest first. */
export async function voortgangForTertialen(
  db: Queryable,
  regionId: string,
  tertialen: readonly string[],
): Promise<TertiaalVoortgang[]> {
  const { rows } = await db.query(
    `SELECT tertiaal, trajecten, duurzame_uitstroom, duurzame_uitstroom_pct, leerbijeenkomsten, casusbesprekingen
       FROM voortgang WHERE region_id = $1 AND tertiaal = ANY($2::text[]) ORDER BY tertiaal`,
    [regionId, [...tertialen]],
  );
  return rows.map((r) => tertiaalVoortgangRow.parse(r));
}

/** The evaluation's figures: the digest's, and the knelpunt changes and voortgang over several tertialen. */
export const evaluationRepository = (db: Queryable) => ({
  ...digestFiguresRepository(db),
  ...bind(db, { knelpuntChangesInPeriod, voortgangForTertialen }),
});
export type EvaluationRepository = ReturnType<typeof evaluationRepository>;
