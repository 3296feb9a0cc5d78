import type { KnelpuntCategory } from '../domain/knelpunten.ts';
import type { GuardedText, OptionalGuardedText } from '../privacy/guarded-text.ts';
import type { Queryable } from './database.ts';

/** A guarded check-in without updates on earlier knelpunten, with everything it is stored under. */
export interface CheckinAtOnce {
  /** The request's key (a Slack retry, a Teams resend, a double click); null when unknown. */
  readonly requestKey: string | null;
  readonly now: Date;
  readonly roundId: string;
  readonly memberId: string;
  readonly overlegId: string;
  readonly regionId: string;
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

/**
 * Stores a check-in in one statement, so the member's ack waits for one round trip instead of a
 * transaction of six (fifty members answering at once share one small pool): the request key,
 * the answer, each new knelpunt (a new one with its first history row, a changed one in place,
 * an unchanged one left alone) and the removal of slots emptied since. One statement is atomic;
 * a request key seen before stores nothing (false), and a concurrent twin waits on that key.
 * The same rows as recordRequest, saveAnswer, saveRaised and dropRaisedBeyond would write.
 */
export async function storeCheckinAtOnce(db: Queryable, c: CheckinAtOnce): Promise<boolean> {
  const { rows } = await db.query({
    // Prepared once per connection: PostgreSQL plans this statement once, not on every check-in.
    name: 'store-checkin-at-once',
    text: `WITH req AS (
       INSERT INTO processed_requests (key, processed_at) SELECT $1::text, $2 WHERE $1::text IS NOT NULL
       ON CONFLICT (key) DO NOTHING RETURNING 1
     ), go AS (
       SELECT 1 AS ok WHERE $1::text IS NULL OR EXISTS (SELECT 1 FROM req)
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
       SELECT $8, $9, r.description, r.category, r.oplossing, $3, $4, r.slot, $2, $2
         FROM go, unnest($10::text[], $11::text[], $12::text[]) WITH ORDINALITY AS r(description, category, oplossing, slot)
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
       DELETE FROM knelpunten WHERE raised_in = $3 AND raised_by = $4 AND slot > cardinality($10::text[])
          AND EXISTS (SELECT 1 FROM go)
     )
     SELECT EXISTS (SELECT 1 FROM go) AS stored`,
    values: [
      c.requestKey,
      c.now,
      c.roundId,
      c.memberId,
      c.samenwerkingsniveau,
      c.toelichting,
      c.wentWell,
      c.overlegId,
      c.regionId,
      c.raised.map((k) => k.description),
      c.raised.map((k) => k.category),
      c.raised.map((k) => k.oplossing),
    ],
  });
  return rows[0]?.stored === true;
}
