import { z } from 'zod';
import {
  KNELPUNT_CATEGORY_SLUGS,
  KNELPUNT_STATUSES,
  KNELPUNT_UPDATES,
  type Knelpunt,
  type KnelpuntCategory,
  type KnelpuntStatus,
  type KnelpuntUpdate,
} from '../domain/knelpunten.ts';
import type { GuardedText, OptionalGuardedText } from '../privacy/guarded-text.ts';
import type { Queryable } from './database.ts';

const knelpuntRow = z.object({
  id: z.string(),
  description: z.string(),
  category: z.enum(KNELPUNT_CATEGORY_SLUGS as [KnelpuntCategory, ...KnelpuntCategory[]]),
  oplossing: z.string().nullable(),
  status: z.enum(KNELPUNT_STATUSES),
});

function toKnelpunt(row: unknown): Knelpunt {
  return knelpuntRow.parse(row);
}

/**
 * The knelpunten that were open or in behandeling when `round` opened: raised in an earlier
 * round, judged by what was said before this round. They stay on the list for the whole round,
 * so every member is asked about the same ones, whatever another member answered meanwhile.
 */
export async function openAtStartOf(
  db: Queryable,
  round: { id: string; overlegId: string; openedAt: Date },
): Promise<Knelpunt[]> {
  const { rows } = await db.query(
    `SELECT k.id, k.description, k.category, k.oplossing, k.status
       FROM knelpunten k JOIN checkin_rounds raised ON raised.id = k.raised_in
      WHERE k.overleg_id = $1 AND k.raised_in <> $2 AND raised.opened_at < $3
        AND (SELECT h.status FROM knelpunt_history h JOIN checkin_rounds hr ON hr.id = h.round_id
              WHERE h.knelpunt_id = k.id AND h.round_id <> $2 AND hr.opened_at < $3
              ORDER BY h.id DESC LIMIT 1) IN ('open', 'in_behandeling')
      ORDER BY k.created_at DESC, k.id`,
    [round.overlegId, round.id, round.openedAt],
  );
  return rows.map(toKnelpunt);
}

/** What the member raised in this round, by slot. */
export async function raisedBy(
  db: Queryable,
  roundId: string,
  memberId: string,
): Promise<Array<Knelpunt & { readonly slot: number }>> {
  const { rows } = await db.query(
    `SELECT id, description, category, oplossing, status, slot FROM knelpunten
      WHERE raised_in = $1 AND raised_by = $2 ORDER BY slot`,
    [roundId, memberId],
  );
  return rows.map((r) => ({ ...toKnelpunt(r), slot: Number(r.slot) }));
}

/**
 * Stores the member's new knelpunt in its slot: a new one gets its first history row, a changed
 * one is changed in place (the round is still open, nobody else has answered about it yet), an
 * unchanged one is left alone.
 */
export async function saveRaised(
  db: Queryable,
  k: {
    overlegId: string;
    regionId: string;
    roundId: string;
    memberId: string;
    slot: number;
    description: GuardedText;
    category: KnelpuntCategory;
    oplossing: OptionalGuardedText;
    now: Date;
  },
): Promise<void> {
  // One statement (one round trip): the knelpunt, and its first history row when it is new.
  await db.query(
    `WITH k AS (
       INSERT INTO knelpunten (overleg_id, region_id, description, category, oplossing, raised_in, raised_by, slot,
                               created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
       ON CONFLICT (raised_in, raised_by, slot) DO UPDATE
          SET description = EXCLUDED.description, category = EXCLUDED.category, oplossing = EXCLUDED.oplossing,
              updated_at = EXCLUDED.updated_at
        WHERE (knelpunten.description, knelpunten.category, knelpunten.oplossing)
              IS DISTINCT FROM (EXCLUDED.description, EXCLUDED.category, EXCLUDED.oplossing)
       RETURNING id, (xmax = 0) AS inserted)
     INSERT INTO knelpunt_history (knelpunt_id, round_id, member_id, update_kind, status, oplossing, at)
     SELECT id, $6, $7, 'raised', 'open', $5, $9 FROM k WHERE inserted`,
    [k.overlegId, k.regionId, k.description, k.category, k.oplossing, k.roundId, k.memberId, k.slot, k.now],
  );
}

/** Removes what the member raised in this round beyond `keep` slots (they emptied a slot). */
export async function dropRaisedBeyond(db: Queryable, roundId: string, memberId: string, keep: number) {
  await db.query('DELETE FROM knelpunten WHERE raised_in = $1 AND raised_by = $2 AND slot > $3', [
    roundId,
    memberId,
    keep,
  ]);
}

const updateRow = z.object({
  knelpunt_id: z.string(),
  update_kind: z.enum(KNELPUNT_UPDATES),
  oplossing: z.string().nullable(),
});

/** The member's latest word on each knelpunt in this round. */
export async function updatesBy(
  db: Queryable,
  roundId: string,
  memberId: string,
): Promise<Array<{ knelpuntId: string; update: KnelpuntUpdate; oplossing: string | null }>> {
  const { rows } = await db.query(
    `SELECT DISTINCT ON (knelpunt_id) knelpunt_id, update_kind, oplossing FROM knelpunt_history
      WHERE round_id = $1 AND member_id = $2 AND update_kind <> 'raised'
      ORDER BY knelpunt_id, id DESC`,
    [roundId, memberId],
  );
  return rows.map((r) => {
    const u = updateRow.parse(r);
    return { knelpuntId: u.knelpunt_id, update: u.update_kind, oplossing: u.oplossing };
  });
}

/** Appends one change to the knelpunt's history and makes it its current status. */
export async function appendUpdate(
  db: Queryable,
  u: {
    knelpuntId: string;
    roundId: string;
    memberId: string;
    update: KnelpuntUpdate;
    status: KnelpuntStatus;
    oplossing: OptionalGuardedText;
    now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO knelpunt_history (knelpunt_id, round_id, member_id, update_kind, status, oplossing, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [u.knelpuntId, u.roundId, u.memberId, u.update, u.status, u.oplossing, u.now],
  );
  await db.query(
    `UPDATE knelpunten SET status = $2, oplossing = coalesce($3, oplossing), updated_at = $4 WHERE id = $1`,
    [u.knelpuntId, u.status, u.oplossing, u.now],
  );
}

/** For the round's summary: what was raised in it and what was solved in it, without who. */
export async function changesIn(db: Queryable, roundId: string) {
  const raised = await db.query(
    'SELECT id, description, category, oplossing, status FROM knelpunten WHERE raised_in = $1 ORDER BY created_at, slot, id',
    [roundId],
  );
  const solved = await db.query(
    `SELECT k.id, k.description, k.category, k.oplossing, k.status FROM knelpunten k
      WHERE k.status = 'opgelost' AND k.raised_in <> $1
        AND EXISTS (SELECT 1 FROM knelpunt_history h WHERE h.knelpunt_id = k.id AND h.round_id = $1
                      AND h.status = 'opgelost')
      ORDER BY k.created_at, k.id`,
    [roundId],
  );
  return { raised: raised.rows.map(toKnelpunt), solved: solved.rows.map(toKnelpunt) };
}
