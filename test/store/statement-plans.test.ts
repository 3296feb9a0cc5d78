import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { checkinBatches } from '../../src/store/checkin-batch-repo.ts';
import { claimAndStoreCheckin } from '../../src/store/checkin-submit-repo.ts';
import { type Database, wrap } from '../../src/store/database.ts';
import { handledRequests } from '../../src/store/handled-requests-repo.ts';
import { batchCheckin, seedBatchRound, slackUser } from '../support/checkin-batch-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * The statements in front of an ack are prepared by name, so that PostgreSQL plans each once per
 * connection instead of on every request (planning the check-in's statement took about as long as
 * running it). PostgreSQL plans a prepared statement anew for each call until its plan for any
 * parameters is no dearer than the ones made for the values; a parameter that turns a part on or
 * off (the sweep of expired keys) kept that from ever happening.
 */
describe('the statements before an ack are planned once per connection', () => {
  let tdb: TestDatabase;
  /** One connection, so every call meets the statements it prepared before. */
  let one: Database;
  let roundId: string;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    roundId = await seedBatchRound(tdb.db);
    one =
      tdb.kind === 'embedded'
        ? tdb.db
        : wrap('postgres', new pg.Pool({ connectionString: tdb.url, max: 1 }), createLogger('silent'));
  });
  afterAll(async () => {
    if (one !== tdb.db) await one?.close();
    await tdb?.drop();
  });

  const plans = async () => {
    const { rows } = await one.pool.query<{ name: string; generic_plans: number }>(
      'SELECT name, generic_plans::int FROM pg_prepared_statements ORDER BY name',
    );
    return Object.fromEntries(rows.map((r) => [r.name, r.generic_plans > 0]));
  };

  it('claims, check-ins alone and check-ins together, with a sweep now and then', async () => {
    // Ten busy minutes of requests whose keys are kept (the planner counts them).
    await one.pool.query(
      `INSERT INTO handled_requests (platform, request_key, expires_at)
       SELECT 'slack', 'sig:druk:' || g, '2026-10-07T00:00:00Z' FROM generate_series(1, 3000) g`,
    );
    await one.pool.query('ANALYZE handled_requests');
    const handled = handledRequests(one);
    const store = checkinBatches(one.pool);
    // A request every ten seconds: expired keys are swept with the first and the seventh claim.
    const at = (i: number) => new Date(Date.parse('2026-10-06T15:00:00Z') + i * 10_000);
    for (let i = 0; i < 10; i++) {
      await handled.claim('slack', `sig:plan:${i}`, at(i), slackUser('U0ANNA')).claimed;
      await claimAndStoreCheckin(one.pool, batchCheckin(roundId, slackUser('U0BRAM'), `plan:alleen:${i}`));
      await Promise.all(
        ['U0VUL1', 'U0VUL2', 'U0ANNA', 'U0BRAM'].map((u) =>
          store(batchCheckin(roundId, slackUser(u), `plan:samen:${u}:${i}`)),
        ),
      );
    }
    expect(await plans()).toMatchObject({
      'claim-handled-request': true,
      'claim-and-store-checkin': true,
      'claim-and-store-checkins': true,
    });
  });

  it('a check-in due to sweep removes expired keys, stored alone or together, and keeps the rest', async () => {
    const expired = async (n: number) =>
      one.pool.query(
        `INSERT INTO handled_requests (platform, request_key, expires_at)
         SELECT 'slack', 'sig:oud:' || g, '2026-10-06T14:00:00Z' FROM generate_series(1, $1::int) g
         ON CONFLICT DO NOTHING`,
        [n],
      );
    const left = async () =>
      (
        await one.pool.query(
          `SELECT count(*) FILTER (WHERE request_key LIKE 'sig:oud:%')::int AS oud,
                  count(*) FILTER (WHERE request_key LIKE 'sig:druk:%')::int AS druk FROM handled_requests`,
        )
      ).rows[0];
    const sweeping = (u: string, key: string) => {
      const c = batchCheckin(roundId, slackUser(u), key);
      return { ...c, claim: { ...c.claim, sweep: true } };
    };
    await expired(5);
    expect(await claimAndStoreCheckin(one.pool, sweeping('U0BRAM', 'veeg:alleen'))).toMatchObject({
      stored: true,
    });
    expect(await left()).toEqual({ oud: 0, druk: 3000 });
    await expired(5);
    const store = checkinBatches(one.pool);
    const wave = await Promise.all([
      store(batchCheckin(roundId, slackUser('U0VUL1'), 'veeg:1')),
      store(batchCheckin(roundId, slackUser('U0VUL2'), 'veeg:2')),
      store(batchCheckin(roundId, slackUser('U0ANNA'), 'veeg:3')),
      store(sweeping('U0BRAM', 'veeg:4')),
    ]);
    expect(wave.map((o) => o.stored)).toEqual([true, true, true, true]);
    expect(await left()).toEqual({ oud: 0, druk: 3000 });
  });
});
