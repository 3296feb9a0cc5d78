import type { PlatformUser } from '../domain/members.ts';
import type { ReplayClaim } from '../ports/request-claims.ts';
import type { Database, Queryable } from './database.ts';
import { type MemberAndLocale, memberByIdentity, toMemberAndLocale } from './members-repo.ts';

export type RequestPlatform = 'slack' | 'teams';

/**
 * Accepted request timestamps may be five minutes off either way, so a request can be replayed
 * for ten minutes at most: its key is kept that long, then removed (bounded storage).
 */
export const HANDLED_REQUEST_TTL_MS = 10 * 60_000;

export interface HandledRequests {
  /**
   * Claims a key: `claimed` is true the first time it is seen within its window, false for a
   * replay or retry. With a `user`, the same statement reads the member behind them with their
   * language (the read a request makes first, src/members/request-member.ts): one statement before
   * the ack instead of two. The read is made whether or not the key is claimed; nothing is written
   * but the key. Without a user, `member` is null.
   */
  claim(
    platform: RequestPlatform,
    key: string,
    now: Date,
    user?: PlatformUser | null,
    /**
     * Kept at least until then (and never less than HANDLED_REQUEST_TTL_MS): a request that stays
     * acceptable longer than Slack's ten minutes (a Teams activity, as long as its token is) is
     * recognised for as long as it could be sent again.
     */
    keepUntil?: Date,
  ): { claimed: Promise<boolean>; member: Promise<MemberAndLocale | null> };
  /**
   * Gives a claimed key up: the request was refused before anything was carried out, so the
   * platform's retry of it is to be carried out, not answered as a replay.
   */
  release(platform: RequestPlatform, key: string): Promise<void>;
  /**
   * The same claim, not made here but handed on (RequestClaims) to the statement that stores what
   * the request does (handledClaim below): one round trip before the ack instead of two.
   */
  defer?(platform: RequestPlatform, key: string, now: Date, replayed: () => void): ReplayClaim;
}

/**
 * The claim as part of another statement: `swept` (only when `sweep` is due) removes expired keys
 * (those no one else holds, in key order, so that it never waits on a claim that waits on it),
 * `claimed` has a row when the key is new (or its window passed) and the statement's `from` has a
 * row. Parameters are named: platform, key, expires at, now. Written in the caller's transaction,
 * so the claim is as durable as what it stores. The sweep is part of the text, not a parameter:
 * PostgreSQL plans a prepared statement once only when a plan for any parameters costs no more
 * than one for the values given, and a parameter that turns the sweep off made every plan for the
 * values cheaper, so each claim was planned anew (about as long as running it).
 */
export function handledClaim(
  p: { platform: string; key: string; expires: string; now: string },
  from: string,
  sweep: boolean,
) {
  const swept = `swept AS (DELETE FROM handled_requests WHERE (platform, request_key) IN (
       SELECT platform, request_key FROM handled_requests WHERE expires_at < ${p.now}
          AND (platform, request_key) <> (${p.platform}::text, ${p.key}::text)
        ORDER BY platform, request_key FOR UPDATE SKIP LOCKED)),`;
  return `${sweep ? swept : ''}
     claimed AS (INSERT INTO handled_requests (platform, request_key, expires_at)
       SELECT ${p.platform}::text, ${p.key}::text, ${p.expires}::timestamptz FROM ${from}
       ON CONFLICT (platform, request_key) DO UPDATE SET expires_at = EXCLUDED.expires_at
        WHERE handled_requests.expires_at < ${p.now}
       RETURNING 1)`;
}

/** The parameters of handledClaim, in its order. */
export const claimValues = (c: ReplayClaim) => [c.platform, c.key, c.expiresAt, c.now];

/** Claims a handed-on key in the caller's transaction (the check-in stored the ordinary way). */
export async function claimInTransaction(db: Queryable, c: ReplayClaim): Promise<boolean> {
  const { rows } = await db.query(
    `WITH ${handledClaim({ platform: '$1', key: '$2', expires: '$3', now: '$4' }, '(SELECT 1) AS one', c.sweep)}
     SELECT count(*)::int AS claimed FROM claimed`,
    claimValues(c),
  );
  return rows[0]?.claimed === 1;
}

/**
 * Expired keys are swept at most this often, by the claim that is due (one statement). An expired
 * key left in the table does no harm (a claim takes it over); sweeping on every request cost a
 * round trip in front of every ack.
 */
const SWEEP_EVERY_MS = 60_000;

// A key whose window has passed may be claimed again (its row is taken over, so the sweep, in
// the same statement when it is due, leaves that one row alone).
// The claim is committed without waiting for the disk (synchronous_commit off for this statement
// alone): other connections see it at once, so a replay or a concurrent twin is refused as before,
// and the first synchronous commit after it (the check-in's answer, any write the request makes)
// puts it on disk too, as WAL is written in order. Only a request that writes nothing, replayed
// after a database crash in the fraction of a second before the WAL writer flushed, would pass
// again. It saves each request a disk flush before its ack.
// The member is read from the snapshot the claim starts with (the claim writes no member); without
// a user its parameters are null and it finds no one.
// Parameters: platform, key, expires at, now; the user's platform, workspace and id. With and
// without the sweep (prepared by name, each planned once per connection).
const claim = (sweep: boolean) => `WITH sync AS (SELECT set_config('synchronous_commit', 'off', true)),
     ${handledClaim({ platform: '$1', key: '$2', expires: '$3', now: '$4' }, 'sync', sweep)}
   SELECT (SELECT count(*) FROM claimed)::int AS claimed, m.*
     FROM (SELECT 1) AS one LEFT JOIN LATERAL (${memberByIdentity('$5', '$6', '$7')}) AS m ON true`;
const CLAIM = { name: 'claim-handled-request', text: claim(false) };
const CLAIM_AND_SWEEP = { name: 'claim-handled-request-sweep', text: claim(true) };

export function handledRequests(db: Database): HandledRequests {
  let sweptAt = Number.NEGATIVE_INFINITY;
  const sweepDue = (now: Date) => {
    const sweep = Math.abs(now.getTime() - sweptAt) >= SWEEP_EVERY_MS;
    if (sweep) sweptAt = now.getTime();
    return sweep;
  };
  return {
    defer(platform, key, now, replayed) {
      const expiresAt = new Date(now.getTime() + HANDLED_REQUEST_TTL_MS);
      return { platform, key: key.slice(0, 600), now, expiresAt, sweep: sweepDue(now), replayed };
    },
    claim(platform, key, now, user = null, keepUntil) {
      const sweep = sweepDue(now);
      const expires = new Date(Math.max(now.getTime() + HANDLED_REQUEST_TTL_MS, keepUntil?.getTime() ?? 0));
      const result = db.pool.query({
        ...(sweep ? CLAIM_AND_SWEEP : CLAIM),
        values: [platform, key.slice(0, 600), expires, now, user?.platform, user?.workspace, user?.userId],
      });
      const member = result.then(({ rows }) => (rows[0]?.id == null ? null : toMemberAndLocale(rows[0])));
      // Whoever takes the member handles its failure (the claim's failure is the caller's).
      member.catch(() => undefined);
      return { claimed: result.then(({ rows }) => rows[0]?.claimed === 1), member };
    },
    async release(platform, key) {
      await db.pool.query('DELETE FROM handled_requests WHERE platform = $1 AND request_key = $2', [
        platform,
        key.slice(0, 600),
      ]);
    },
  };
}
