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
 * Expired keys are swept at most this often. An expired key left in the table does no harm (a
 * claim takes it over); sweeping on every request cost a round trip in front of every ack.
 */
const SWEEP_EVERY_MS = 60_000;

export function handledRequests(db: Database): HandledRequests {
  let sweptAt = Number.NEGATIVE_INFINITY;
  return {
    async claim(platform, key, now) {
      if (Math.abs(now.getTime() - sweptAt) >= SWEEP_EVERY_MS) {
        sweptAt = now.getTime();
        // Beside the claim, not in front of it: a sweep that fails is tried again a minute later.
        db.pool.query('DELETE FROM handled_requests WHERE expires_at < $1', [now]).catch(() => undefined);
      }
      // A key whose window has passed may be claimed again (its row is taken over).
      // The claim is committed without waiting for the disk (synchronous_commit off for this
      // statement alone): other connections see it at once, so a replay or a concurrent twin is
      // refused as before, and the first synchronous commit after it (the check-in's answer, any
      // write the request makes) puts it on disk too, as WAL is written in order. Only a request
      // that writes nothing, replayed after a database crash in the fraction of a second before
      // the WAL writer flushed, would pass again. It saves each request a disk flush before its ack.
      const { rowCount } = await db.pool.query(
        `INSERT INTO handled_requests (platform, request_key, expires_at)
         SELECT $1::text, $2::text, $3::timestamptz FROM (SELECT set_config('synchronous_commit', 'off', true)) s
         ON CONFLICT (platform, request_key) DO UPDATE SET expires_at = EXCLUDED.expires_at
          WHERE handled_requests.expires_at < $4`,
        [platform, key.slice(0, 600), new Date(now.getTime() + HANDLED_REQUEST_TTL_MS), now],
      );
      return rowCount === 1;
    },
  };
}
