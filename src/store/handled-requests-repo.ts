import type { Database } from './database.ts';

export type RequestPlatform = 'slack' | 'teams';

/**
 * Accepted request timestamps may be five minutes off either way, so a request can be replayed
 * for ten minutes at most: its key is kept that long, then removed (bounded storage).
 */
export const HANDLED_REQUEST_TTL_MS = 10 * 60_000;

export interface HandledRequests {
  /** True the first time a key is seen within its window; false for a replay or retry. */
  claim(platform: RequestPlatform, key: string, now: Date): Promise<boolean>;
}

/**
 * Expired keys are swept at most this often, by the claim that is due (one statement). An expired
 * key left in the table does no harm (a claim takes it over); sweeping on every request cost a
 * round trip in front of every ack.
 */
const SWEEP_EVERY_MS = 60_000;

export function handledRequests(db: Database): HandledRequests {
  let sweptAt = Number.NEGATIVE_INFINITY;
  return {
    async claim(platform, key, now) {
      const sweep = Math.abs(now.getTime() - sweptAt) >= SWEEP_EVERY_MS;
      if (sweep) sweptAt = now.getTime();
      // A key whose window has passed may be claimed again (its row is taken over, so the sweep,
      // in the same statement when it is due, leaves that one row alone).
      // The claim is committed without waiting for the disk (synchronous_commit off for this
      // statement alone): other connections see it at once, so a replay or a concurrent twin is
      // refused as before, and the first synchronous commit after it (the check-in's answer, any
      // write the request makes) puts it on disk too, as WAL is written in order. Only a request
      // that writes nothing, replayed after a database crash in the fraction of a second before
      // the WAL writer flushed, would pass again. It saves each request a disk flush before its ack.
      const { rowCount } = await db.pool.query({
        name: 'claim-handled-request',
        text: `WITH sync AS (SELECT set_config('synchronous_commit', 'off', true)),
              swept AS (DELETE FROM handled_requests WHERE $5 AND expires_at < $4
                           AND (platform, request_key) <> ($1::text, $2::text))
         INSERT INTO handled_requests (platform, request_key, expires_at)
         SELECT $1::text, $2::text, $3::timestamptz FROM sync
         ON CONFLICT (platform, request_key) DO UPDATE SET expires_at = EXCLUDED.expires_at
          WHERE handled_requests.expires_at < $4`,
        values: [platform, key.slice(0, 600), new Date(now.getTime() + HANDLED_REQUEST_TTL_MS), now, sweep],
      });
      return rowCount === 1;
    },
  };
}
