import type { PlatformUser } from '../domain/members.ts';
import type { Database } from './database.ts';
import { type MemberAndLocale, memberByIdentity, toMemberAndLocale } from './members-repo.ts';

export type RequestPlatform = 'slack' | 'teams';

/**
 * Accepted request timestamps may be five minutes off either way, so a request can be replayed
 * for ten minutes at most: its key is kept that long, then removed (bounded storage).
 */
export const HANDLED_REQUEST_TTL_MS = 10 * 60_000;

export interface HandledRequests {
  /** True the first time a key is seen within its window; false for a replay or retry. */
  claim(platform: RequestPlatform, key: string, now: Date): Promise<boolean>;
  /**
   * `claim`, and in the same statement a read of the member behind `user` with their language
   * (the read a request makes first, src/members/request-member.ts): one statement before the
   * ack instead of two. The read is made whether or not the key is claimed; nothing is written
   * but the key.
   */
  claimReading(
    platform: RequestPlatform,
    key: string,
    now: Date,
    user: PlatformUser,
  ): { claimed: Promise<boolean>; member: Promise<MemberAndLocale | null> };
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
// Parameters: platform, key, expires at, now, sweep due.
const CLAIM_CTES = `sync AS (SELECT set_config('synchronous_commit', 'off', true)),
     swept AS (DELETE FROM handled_requests WHERE $5 AND expires_at < $4
                  AND (platform, request_key) <> ($1::text, $2::text))`;
const CLAIM_INSERT = `INSERT INTO handled_requests (platform, request_key, expires_at)
     SELECT $1::text, $2::text, $3::timestamptz FROM sync
     ON CONFLICT (platform, request_key) DO UPDATE SET expires_at = EXCLUDED.expires_at
      WHERE handled_requests.expires_at < $4`;

export function handledRequests(db: Database): HandledRequests {
  let sweptAt = Number.NEGATIVE_INFINITY;
  const claimValues = (platform: RequestPlatform, key: string, now: Date) => {
    const sweep = Math.abs(now.getTime() - sweptAt) >= SWEEP_EVERY_MS;
    if (sweep) sweptAt = now.getTime();
    return [platform, key.slice(0, 600), new Date(now.getTime() + HANDLED_REQUEST_TTL_MS), now, sweep];
  };
  return {
    async claim(platform, key, now) {
      const { rowCount } = await db.pool.query({
        name: 'claim-handled-request',
        text: `WITH ${CLAIM_CTES} ${CLAIM_INSERT}`,
        values: claimValues(platform, key, now),
      });
      return rowCount === 1;
    },
    claimReading(platform, key, now, user) {
      // The member is read from the snapshot the claim starts with (the claim writes no member).
      const result = db.pool.query({
        name: 'claim-handled-request-reading-member',
        text: `WITH ${CLAIM_CTES}, claimed AS (${CLAIM_INSERT} RETURNING 1)
         SELECT (SELECT count(*) FROM claimed)::int AS claimed, m.*
           FROM (SELECT 1) AS one LEFT JOIN LATERAL (${memberByIdentity('$6', '$7', '$8')}) AS m ON true`,
        values: [...claimValues(platform, key, now), user.platform, user.workspace, user.userId],
      });
      const member = result.then(({ rows }) => (rows[0]?.id == null ? null : toMemberAndLocale(rows[0])));
      // Whoever takes the member handles its failure (the claim's failure is the caller's).
      member.catch(() => undefined);
      return { claimed: result.then(({ rows }) => rows[0]?.claimed === 1), member };
    },
  };
}
