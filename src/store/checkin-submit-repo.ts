import type { KnelpuntCategory } from '../domain/knelpunten.ts';
import type { GuardedText, OptionalGuardedText } from '../privacy/guarded-text.ts';
import { isUuid, type RoundWithOverleg, roundAccessColumns, toRoundAccess } from './checkin-repo.ts';
import type { Queryable } from './database.ts';

/** A guarded check-in without updates on earlier knelpunten, with everything it is stored under. */
export interface CheckinAtOnce {
  /** The request's key (a Slack retry, a Teams resend, a double click); null when unknown. */
  readonly requestKey: string | null;
  readonly now: Date;
  readonly roundId: string;
  readonly memberId: string;
  readonly samenwerkingsniveau: number;
  readonly toelichting: OptionalGuardedText;
  readonly wentWell: OptionalGuardedText;
  /** The new knelpunten in slot order (slot 1 first). */
  readonly raised: ReadonlyArray<{
    readonly description: GuardedText;
    readonly category: KnelpuntCategory;
    readonly oplossing: OptionalGuardedText;
  }>;
}

/** What storing a check-in at once found and did. */
export interface CheckinStoredAtOnce {
  /** The round's access as findRoundAccess reads it (before this statement's writes); null: no such round. */
  readonly access: RoundWithOverleg | null;
  /**
   * The member is in the round's werkgroep and the round is open at `now`: only then is anything
   * written. The caller decides with the access above (src/checkin/access.ts) what the member is told.
   */
  readonly open: boolean;
  /** Stored now; false when nothing was: the request key was seen before, or the round is not open to them. */
  readonly stored: boolean;
}

const NO_ROUND: CheckinStoredAtOnce = { access: null, open: false, stored: false };

/**
 * Reads the round's access and stores a check-in in one statement, so the member's ack waits for
 * one round trip instead of two (and a transaction of six once): fifty members answering at once
 * share one small pool. What it stores: the request key, the answer, each new knelpunt (a new one
 * with its first history row, a changed one in place, an unchanged one left alone) and the removal
 * of slots emptied since, the same rows as recordRequest, saveAnswer, saveRaised and
 * dropRaisedBeyond would write. It writes only for a member of the round's werkgroep while the
 * round is open (what access.ts requires before anything is stored); one statement is atomic; a
 * request key seen before stores nothing, and a concurrent twin waits on that key.
 */
export async function storeCheckinAtOnce(db: Queryable, c: CheckinAtOnce): Promise<CheckinStoredAtOnce> {
  if (!isUuid(c.roundId)) return NO_ROUND;
  const { rows } = await db.query({
    // Prepared once per connection: PostgreSQL plans this statement once, not on every check-in.
    name: 'store-checkin-at-once',
    text: `WITH access AS (
       SELECT ${roundAccessColumns('$4')} FROM checkin_rounds r JOIN overleggen o ON o.id = r.overleg_id
        WHERE r.id = $3
     ), open AS (
       SELECT overleg_id, overleg_region_id FROM access WHERE in_werkgroep AND closed_at IS NULL AND $2 < closes_at
     ), req AS (
       INSERT INTO processed_requests (key, processed_at) SELECT $1::text, $2 FROM open WHERE $1::text IS NOT NULL
       ON CONFLICT (key) DO NOTHING RETURNING 1
     ), go AS (
       SELECT overleg_id, overleg_region_id FROM open WHERE $1::text IS NULL OR EXISTS (SELECT 1 FROM req)
     ), answer AS (
       INSERT INTO checkin_answers (round_id, member_id, samenwerkingsniveau, toelichting, went_well, submitted_at,
                                    updated_at)
       SELECT $3, $4, $5, $6, $7, $2, $2 FROM go
       ON CONFLICT (round_id, member_id) DO UPDATE SET samenwerkingsniveau = EXCLUDED.samenwerkingsniveau,
         toelichting = EXCLUDED.toelichting, went_well = EXCLUDED.went_well, updated_at = EXCLUDED.updated_at
       RETURNING 1
     ), raised AS (
       INSERT INTO knelpunten (overleg_id, region_id, description, category, oplossing, raised_in, raised_by, slot,
                               created_at, updated_at)
       SELECT go.overleg_id, go.overleg_region_id, r.description, r.category, r.oplossing, $3, $4, r.slot, $2, $2
         FROM go, unnest($8::text[], $9::text[], $10::text[]) WITH ORDINALITY AS r(description, category, oplossing, slot)
       ON CONFLICT (raised_in, raised_by, slot) DO UPDATE
          SET description = EXCLUDED.description, category = EXCLUDED.category, oplossing = EXCLUDED.oplossing,
              updated_at = EXCLUDED.updated_at
        WHERE (knelpunten.description, knelpunten.category, knelpunten.oplossing)
              IS DISTINCT FROM (EXCLUDED.description, EXCLUDED.category, EXCLUDED.oplossing)
       RETURNING id, oplossing, (xmax = 0) AS inserted
     ), history AS (
       INSERT INTO knelpunt_history (knelpunt_id, round_id, member_id, update_kind, status, oplossing, at)
       SELECT id, $3, $4, 'raised', 'open', oplossing, $2 FROM raised WHERE inserted
     ), dropped AS (
       DELETE FROM knelpunten WHERE raised_in = $3 AND raised_by = $4 AND slot > cardinality($8::text[])
          AND EXISTS (SELECT 1 FROM go)
     )
     SELECT access.*, EXISTS (SELECT 1 FROM open) AS open, EXISTS (SELECT 1 FROM go) AS stored FROM access`,
    values: [
      c.requestKey,
      c.now,
      c.roundId,
      c.memberId,
      c.samenwerkingsniveau,
      c.toelichting,
      c.wentWell,
      c.raised.map((k) => k.description),
      c.raised.map((k) => k.category),
      c.raised.map((k) => k.oplossing),
    ],
  });
  const row = rows[0];
  if (!row) return NO_ROUND;
  return { access: toRoundAccess(row), open: row.open === true, stored: row.stored === true };
}
