import type { KnelpuntCategory } from '../domain/knelpunten.ts';
import type { PlatformUser } from '../domain/members.ts';
import type { ReplayClaim } from '../ports/request-claims.ts';
import type { GuardedText, OptionalGuardedText } from '../privacy/guarded-text.ts';
import { isUuid, type RoundWithOverleg, roundAccessColumns, toRoundAccess } from './checkin-repo.ts';
import type { Queryable } from './database.ts';
import { claimValues, handledClaim } from './handled-requests-repo.ts';
import { type MemberAndLocale, memberByIdentity, toMemberAndLocale } from './members-repo.ts';

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
    text: STORE_AT_ONCE,
    values: [c.requestKey, c.now, c.roundId, c.memberId, ...answerValues(c)],
  });
  const row = rows[0];
  if (!row) return NO_ROUND;
  return { access: toRoundAccess(row), open: row.open === true, stored: row.stored === true };
}

/** A check-in as storeCheckinAtOnce takes it, its member known by their platform identity only. */
export type CheckinByIdentity = Omit<CheckinAtOnce, 'memberId'> & {
  readonly user: PlatformUser;
  /** The member the form was made for, when it says so: anyone else stores nothing. */
  readonly formMemberId: string | null;
  /** The request's replay key, claimed in the same statement (src/ports/request-claims.ts). */
  readonly claim: ReplayClaim;
};

/** What claimAndStoreCheckin found and did. */
export interface CheckinClaimedAndStored extends CheckinStoredAtOnce {
  /** The member behind the platform user, with their language; null when Schakel does not know them. */
  readonly member: MemberAndLocale | null;
  /** The replay key was new: false for a replay or a retry, which stored nothing. Only claimed when `open`. */
  readonly claimed: boolean;
}

/**
 * storeCheckinAtOnce for a request whose replay key the edge handed on: the same statement reads
 * the member behind the platform user (with their language) and claims the key, so nothing else
 * goes to the database before the member's ack. The key is claimed only together with what is
 * stored (the round open to that member, on their own form): a request that stores nothing leaves
 * it, and its repeat is refused again the same way. A key claimed before stores nothing; a
 * concurrent twin waits on it. Everything is committed together, synchronously, before the ack.
 */
export async function claimAndStoreCheckin(
  db: Queryable,
  c: CheckinByIdentity,
): Promise<CheckinClaimedAndStored> {
  if (!isUuid(c.roundId)) return { ...NO_ROUND, member: null, claimed: false };
  const { rows } = await db.query({
    ...(c.claim.sweep ? CLAIM_SWEEP_AND_STORE : CLAIM_AND_STORE),
    values: [
      c.requestKey,
      c.now,
      c.roundId,
      c.formMemberId,
      ...answerValues(c),
      ...claimValues(c.claim),
      c.user.platform,
      c.user.workspace,
      c.user.userId,
    ],
  });
  return toClaimedAndStored(rows[0]);
}

/** A row of claimAndStoreCheckin's statement (or of the batched one, src/store/checkin-batch-repo.ts). */
export function toClaimedAndStored(row: Record<string, unknown> | undefined): CheckinClaimedAndStored {
  return {
    access: row?.id == null ? null : toRoundAccess(row),
    open: row?.open === true,
    stored: row?.stored === true,
    claimed: row?.claimed === true,
    member: row?.member == null ? null : toMemberAndLocale(row.member),
  };
}

/** What a stored answer and its knelpunten change in rows already there (both statements). */
export const ANSWER_CHANGES = `ON CONFLICT (round_id, member_id) DO UPDATE SET samenwerkingsniveau = EXCLUDED.samenwerkingsniveau,
         toelichting = EXCLUDED.toelichting, went_well = EXCLUDED.went_well, updated_at = EXCLUDED.updated_at`;
export const KNELPUNT_CHANGES = `ON CONFLICT (raised_in, raised_by, slot) DO UPDATE
          SET description = EXCLUDED.description, category = EXCLUDED.category, oplossing = EXCLUDED.oplossing,
              updated_at = EXCLUDED.updated_at
        WHERE (knelpunten.description, knelpunten.category, knelpunten.oplossing)
              IS DISTINCT FROM (EXCLUDED.description, EXCLUDED.category, EXCLUDED.oplossing)`;

/** Parameters $5 to $10 of both statements. */
const answerValues = (c: Omit<CheckinAtOnce, 'memberId' | 'requestKey' | 'now' | 'roundId'>) => [
  c.samenwerkingsniveau,
  c.toelichting,
  c.wentWell,
  c.raised.map((k) => k.description),
  c.raised.map((k) => k.category),
  c.raised.map((k) => k.oplossing),
];

/**
 * The statement, for a member given by id (`member` is $4) or found in a CTE `me` placed in
 * `before`. Parameters: request key, now, round, (member), the answer ($5-$10). Rows are written and
 * locked in the order the batched statement takes them (src/store/checkin-batch-repo.ts): by key,
 * then slot, so that two statements on the same rows never wait on each other. `ownForm` narrows
 * who may store; `claim` adds CTEs after `open`, of which `name` must have a row before anything
 * is stored.
 */
function storeStatement(s: {
  before: string;
  member: string;
  ownForm: string;
  claim: { ctes: string; name: string } | null;
}): string {
  const claimed = s.claim ? `EXISTS (SELECT 1 FROM ${s.claim.name})` : 'true';
  return `WITH ${s.before} access AS (
       SELECT ${roundAccessColumns(s.member)}, ${s.member} AS member_id
         FROM checkin_rounds r JOIN overleggen o ON o.id = r.overleg_id
        WHERE r.id = $3
     ), open AS (
       SELECT overleg_id, overleg_region_id, member_id FROM access
        WHERE in_werkgroep AND closed_at IS NULL AND $2 < closes_at AND ${s.ownForm}
     ), ${s.claim ? `${s.claim.ctes},` : ''} req AS (
       INSERT INTO processed_requests (key, processed_at) SELECT $1::text, $2 FROM open
        WHERE $1::text IS NOT NULL AND ${claimed}
       ON CONFLICT (key) DO NOTHING RETURNING 1
     ), go AS (
       SELECT overleg_id, overleg_region_id, member_id FROM open
        WHERE ${claimed} AND ($1::text IS NULL OR EXISTS (SELECT 1 FROM req))
     ), answer AS (
       INSERT INTO checkin_answers (round_id, member_id, samenwerkingsniveau, toelichting, went_well, submitted_at,
                                    updated_at)
       SELECT $3, go.member_id, $5, $6, $7, $2, $2 FROM go
       ${ANSWER_CHANGES}
       RETURNING 1
     ), raised AS (
       INSERT INTO knelpunten (overleg_id, region_id, description, category, oplossing, raised_in, raised_by, slot,
                               created_at, updated_at)
       SELECT go.overleg_id, go.overleg_region_id, r.description, r.category, r.oplossing, $3, go.member_id, r.slot,
              $2, $2
         FROM go, unnest($8::text[], $9::text[], $10::text[]) WITH ORDINALITY AS r(description, category, oplossing, slot)
       ${KNELPUNT_CHANGES}
       RETURNING id, raised_by, oplossing, (xmax = 0) AS inserted
     ), history AS (
       INSERT INTO knelpunt_history (knelpunt_id, round_id, member_id, update_kind, status, oplossing, at)
       SELECT id, $3, raised_by, 'raised', 'open', oplossing, $2 FROM raised WHERE inserted
     ), dropped AS (
       DELETE FROM knelpunten WHERE id IN (
         SELECT k.id FROM knelpunten k JOIN go ON k.raised_in = $3 AND k.raised_by = go.member_id
          WHERE k.slot > cardinality($8::text[]) ORDER BY k.slot FOR UPDATE OF k)
     )`;
}

const STORE_AT_ONCE = `${storeStatement({ before: '', member: '$4::uuid', ownForm: 'true', claim: null })}
     SELECT access.*, EXISTS (SELECT 1 FROM open) AS open, EXISTS (SELECT 1 FROM go) AS stored FROM access`;

// The claim's parameters are $11-$14, the platform user's $15-$17; $4 is the form's own member (or null).
// With and without the sweep of expired keys (each prepared by name, so planned once per connection).
const claimAndStore = (sweep: boolean) => `${storeStatement({
  before: `me AS (${memberByIdentity('$15', '$16', '$17')}),`,
  member: '(SELECT id FROM me)',
  ownForm: '($4::text IS NULL OR member_id::text = $4::text)',
  claim: {
    ctes: handledClaim({ platform: '$11', key: '$12', expires: '$13', now: '$14' }, 'open', sweep),
    name: 'claimed',
  },
})}
     SELECT (SELECT to_jsonb(me) FROM me) AS member, EXISTS (SELECT 1 FROM claimed) AS claimed, access.*,
            EXISTS (SELECT 1 FROM open) AS open, EXISTS (SELECT 1 FROM go) AS stored
       FROM (SELECT 1) AS one LEFT JOIN access ON true`;
const CLAIM_AND_STORE = { name: 'claim-and-store-checkin', text: claimAndStore(false) };
const CLAIM_SWEEP_AND_STORE = { name: 'claim-sweep-and-store-checkin', text: claimAndStore(true) };
