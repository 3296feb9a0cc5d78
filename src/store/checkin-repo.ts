import { z } from 'zod';
import type { Overleg } from '../domain/overleg.ts';
import type { Round } from '../domain/round.ts';
import type { OptionalGuardedText } from '../privacy/guarded-text.ts';
import type { Queryable } from './database.ts';
import { toOverleg } from './rhythm-repo.ts';

const roundRow = z.object({
  id: z.string(),
  overleg_id: z.string(),
  occurrence: z.string(),
  meeting_date: z.string(),
  time_zone: z.string(),
  opened_at: z.date(),
  nudge_at: z.date(),
  closes_at: z.date(),
  closed_at: z.date().nullable(),
});

export function toRound(row: unknown): Round {
  const r = roundRow.parse(row);
  return {
    id: r.id,
    overlegId: r.overleg_id,
    occurrence: r.occurrence,
    meetingDate: r.meeting_date,
    timeZone: r.time_zone,
    openedAt: r.opened_at,
    nudgeAt: r.nudge_at,
    closesAt: r.closes_at,
    closedAt: r.closed_at,
  };
}

// Built once: a zod schema costs more to build than to use, and the check-in's ack asks both.
const uuid = z.uuid();
export const isUuid = (id: string) => uuid.safeParse(id).success;
const tertialen = z.array(z.string());

export type NewRound = Omit<Round, 'id' | 'closedAt'>;

/** Opens the round of a meeting, or returns the one already open: the invite may go to several channels. */
export async function openRound(db: Queryable, r: NewRound): Promise<{ round: Round; created: boolean }> {
  const inserted = await db.query(
    `INSERT INTO checkin_rounds (overleg_id, occurrence, meeting_date, time_zone, opened_at, nudge_at, closes_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (overleg_id, occurrence) DO NOTHING RETURNING *`,
    [r.overlegId, r.occurrence, r.meetingDate, r.timeZone, r.openedAt, r.nudgeAt, r.closesAt],
  );
  if (inserted.rows[0]) return { round: toRound(inserted.rows[0]), created: true };
  const existing = await findRoundByOccurrence(db, r.overlegId, r.occurrence);
  if (!existing) throw new Error('round vanished between insert and select');
  return { round: existing, created: false };
}

export async function findRound(db: Queryable, id: string): Promise<Round | null> {
  if (!isUuid(id)) return null;
  const { rows } = await db.query('SELECT * FROM checkin_rounds WHERE id = $1', [id]);
  return rows[0] ? toRound(rows[0]) : null;
}

/** A round with what answering it depends on, read in one round trip (see findRoundAccess). */
export interface RoundWithOverleg {
  readonly round: Round;
  readonly overleg: Overleg;
  /** Whether the member asked about is in the round's werkgroep. */
  readonly inWerkgroep: boolean;
  /** The tertialen for which that member filled in their own checklist in this werkgroep. */
  readonly checklistTertialen: readonly string[];
}

/**
 * The columns of a round's access (findRoundAccess): the round, its overleg and the member's place
 * in it, for the round `$round` and the member `$member` (placeholders), from `r` (checkin_rounds)
 * joined with `o` (overleggen). Named columns, so a later column cannot change a prepared result.
 */
export function roundAccessColumns(member: string): string {
  return `r.id, r.overleg_id, r.occurrence, r.meeting_date, r.time_zone, r.opened_at, r.nudge_at,
          r.closes_at, r.closed_at,
          o.region_id AS overleg_region_id, o.name AS overleg_name, o.kind AS overleg_kind,
          EXISTS (SELECT 1 FROM overleg_members om WHERE om.overleg_id = o.id AND om.member_id = ${member})
            AS in_werkgroep,
          ARRAY(SELECT DISTINCT c.tertiaal FROM checklist_answers c
                 WHERE c.overleg_id = o.id AND c.member_id = ${member}) AS checklist_tertialen`;
}

/** A row with the columns of roundAccessColumns (extra columns are ignored). */
export function toRoundAccess(row: Record<string, unknown>): RoundWithOverleg {
  return {
    round: toRound(row),
    overleg: toOverleg({
      id: row.overleg_id,
      region_id: row.overleg_region_id,
      name: row.overleg_name,
      kind: row.overleg_kind,
    }),
    inWerkgroep: row.in_werkgroep === true,
    checklistTertialen: tertialen.parse(row.checklist_tertialen),
  };
}

/**
 * The round, its overleg, and the member's place in it, in one query: a submitted form is
 * checked with one round trip instead of four (fifty members answering at once wait on each).
 */
export async function findRoundAccess(
  db: Queryable,
  roundId: string,
  memberId: string | null,
): Promise<RoundWithOverleg | null> {
  if (!isUuid(roundId)) return null;
  const { rows } = await db.query({
    // Prepared once per connection.
    name: 'round-access',
    text: `SELECT ${roundAccessColumns('$2')}
       FROM checkin_rounds r JOIN overleggen o ON o.id = r.overleg_id
      WHERE r.id = $1`,
    values: [roundId, memberId],
  });
  return rows[0] ? toRoundAccess(rows[0]) : null;
}

export async function findRoundByOccurrence(
  db: Queryable,
  overlegId: string,
  occurrence: string,
): Promise<Round | null> {
  const { rows } = await db.query('SELECT * FROM checkin_rounds WHERE overleg_id = $1 AND occurrence = $2', [
    overlegId,
    occurrence,
  ]);
  return rows[0] ? toRound(rows[0]) : null;
}

/** Days a round stays open for this overleg (7 unless set). */
export async function openDaysOf(db: Queryable, overlegId: string): Promise<number> {
  const { rows } = await db.query('SELECT open_days FROM checkin_settings WHERE overleg_id = $1', [
    overlegId,
  ]);
  return rows[0]?.open_days ?? 7;
}

export async function setOpenDays(db: Queryable, overlegId: string, days: number): Promise<void> {
  await db.query(
    `INSERT INTO checkin_settings (overleg_id, open_days) VALUES ($1, $2)
     ON CONFLICT (overleg_id) DO UPDATE SET open_days = EXCLUDED.open_days`,
    [overlegId, days],
  );
}

/** Marks the round closed (once: the summary may go to several channels). */
export async function markRoundClosed(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query('UPDATE checkin_rounds SET closed_at = coalesce(closed_at, $2) WHERE id = $1', [id, now]);
}

export interface StoredAnswer {
  readonly samenwerkingsniveau: number;
  readonly toelichting: string | null;
  readonly wentWell: string | null;
}

export async function findAnswer(
  db: Queryable,
  roundId: string,
  memberId: string,
): Promise<StoredAnswer | null> {
  const { rows } = await db.query(
    'SELECT samenwerkingsniveau, toelichting, went_well FROM checkin_answers WHERE round_id = $1 AND member_id = $2',
    [roundId, memberId],
  );
  const r = rows[0];
  return r
    ? { samenwerkingsniveau: r.samenwerkingsniveau, toelichting: r.toelichting, wentWell: r.went_well }
    : null;
}

/**
 * Stores or replaces the member's answer. As the first write of a submission it also locks the
 * member's row, so two submissions of one member (a double click) run one after the other.
 */
export async function saveAnswer(
  db: Queryable,
  a: {
    roundId: string;
    memberId: string;
    now: Date;
    samenwerkingsniveau: number;
    toelichting: OptionalGuardedText;
    wentWell: OptionalGuardedText;
  },
): Promise<boolean> {
  const { rows } = await db.query<{ inserted: boolean }>(
    `INSERT INTO checkin_answers (round_id, member_id, samenwerkingsniveau, toelichting, went_well, submitted_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6)
     ON CONFLICT (round_id, member_id) DO UPDATE SET samenwerkingsniveau = EXCLUDED.samenwerkingsniveau,
       toelichting = EXCLUDED.toelichting, went_well = EXCLUDED.went_well, updated_at = EXCLUDED.updated_at
     RETURNING (xmax = 0) AS inserted`,
    [a.roundId, a.memberId, a.samenwerkingsniveau, a.toelichting, a.wentWell, a.now],
  );
  return rows[0]?.inserted === true;
}

/** The levels given in a round, for the summary (never who gave them). */
export async function levelsOf(db: Queryable, roundId: string): Promise<number[]> {
  const { rows } = await db.query(
    'SELECT samenwerkingsniveau FROM checkin_answers WHERE round_id = $1 ORDER BY samenwerkingsniveau',
    [roundId],
  );
  return rows.map((r) => r.samenwerkingsniveau as number);
}

export async function hasAnswered(db: Queryable, roundId: string, memberId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'SELECT 1 FROM checkin_answers WHERE round_id = $1 AND member_id = $2',
    [roundId, memberId],
  );
  return rowCount === 1;
}

export async function memberCountOf(db: Queryable, overlegId: string): Promise<number> {
  const { rows } = await db.query('SELECT count(*)::int AS n FROM overleg_members WHERE overleg_id = $1', [
    overlegId,
  ]);
  return rows[0]?.n ?? 0;
}

/**
 * Records a request key in the current transaction. False means it was stored before: the
 * caller must then change nothing. A concurrent twin waits on the key until this one commits.
 */
export async function recordRequest(db: Queryable, key: string, now: Date): Promise<boolean> {
  const r = await db.query(
    'INSERT INTO processed_requests (key, processed_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING',
    [key, now],
  );
  return r.rowCount === 1;
}

/** Request keys are only needed while a platform may still repeat the request. */
export async function forgetRequestsBefore(db: Queryable, before: Date): Promise<void> {
  await db.query('DELETE FROM processed_requests WHERE processed_at < $1', [before]);
}

export async function regionNameOf(db: Queryable, regionId: string): Promise<string> {
  const { rows } = await db.query('SELECT name FROM regions WHERE id = $1', [regionId]);
  return rows[0]?.name ?? regionId;
}

/** The most recent round of an overleg (open or closed), or null before the first meeting. */
export async function latestRoundOf(db: Queryable, overlegId: string): Promise<string | null> {
  const { rows } = await db.query(
    'SELECT id FROM checkin_rounds WHERE overleg_id = $1 ORDER BY opened_at DESC LIMIT 1',
    [overlegId],
  );
  return rows[0]?.id ?? null;
}

/** Whether an overleg has a check-in round open at `now` (not closed, its closing time ahead). */
export async function hasOpenRound(db: Queryable, overlegId: string, now: Date): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM checkin_rounds
      WHERE overleg_id = $1 AND closed_at IS NULL AND opened_at <= $2 AND closes_at > $2 LIMIT 1`,
    [overlegId, now],
  );
  return rows.length > 0;
}
