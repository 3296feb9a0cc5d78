import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkinBatches } from '../../src/store/checkin-batch-repo.ts';
import { batchCheckin, recording, seedBatchRound, slackUser } from '../support/checkin-batch-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const slack = slackUser;

// PGlite has one connection: two statements never wait on each other's rows there.
describe.runIf(process.env.TEST_DATABASE_URL)(
  'check-in batches taking the same keys in opposite orders',
  () => {
    let tdb: TestDatabase;
    let roundId: string;

    beforeAll(async () => {
      tdb = await createTestDatabase();
      roundId = await seedBatchRound(tdb.db);
    });
    afterAll(async () => tdb?.drop());

    const waitingOnLocks = async () =>
      (
        await tdb.db.pool.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      ).rows[0].n;

    it('both finish, without a deadlock, and each key is claimed and stored once', async () => {
      // Two keys whose window passed: a claim takes the row over, locking it.
      await tdb.db.pool.query(
        `INSERT INTO handled_requests (platform, request_key, expires_at)
       VALUES ('slack', 'volgorde:a', '2026-01-01T00:00:00Z'), ('slack', 'volgorde:b', '2026-01-01T00:00:00Z')`,
      );
      // Another transaction holds key b, so both batches come to wait on it, in a known order.
      const blocker = new pg.Client({ connectionString: tdb.url });
      await blocker.connect();
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM handled_requests WHERE request_key = 'volgorde:b' FOR UPDATE`);

      const anna = batchCheckin(roundId, slack('U0ANNA'), 'volgorde:a');
      const bram = batchCheckin(roundId, slack('U0BRAM'), 'volgorde:b');
      // Two processes, each given the same two check-ins (a retry reaching the other one), in
      // opposite orders; in each all four go in one statement.
      const first = recording(tdb.db.pool);
      const second = recording(tdb.db.pool);
      const releaseFirst = first.hold('claim-and-store-checkins');
      const filler = (userId: string, key: string) => batchCheckin(roundId, slack(userId), key);
      const fromSecond = [filler('U0VUL1', 'vul:1b'), filler('U0VUL2', 'vul:2b'), bram, anna].map(
        checkinBatches(second.db),
      );
      await vi.waitFor(async () => expect(await waitingOnLocks()).toBe(1), { timeout: 20_000 });
      const fromFirst = [filler('U0VUL1', 'vul:1a'), filler('U0VUL2', 'vul:2a'), anna, bram].map(
        checkinBatches(first.db),
      );
      releaseFirst();
      await vi.waitFor(async () => expect(await waitingOnLocks()).toBe(2), { timeout: 20_000 });
      await blocker.query('COMMIT');
      await blocker.end();

      const [a, b] = [await Promise.all(fromFirst), await Promise.all(fromSecond)];
      const errors = [...first.sent, ...second.sent].filter((s) => s.error).map((s) => s.error?.code);
      expect(errors).toEqual([]);
      const twins = [a[2], a[3], b[2], b[3]];
      expect(twins.filter((o) => o?.claimed && o.stored)).toHaveLength(2);
      const { rows } = await tdb.db.pool.query(
        `SELECT (SELECT count(*)::int FROM handled_requests WHERE request_key LIKE 'volgorde:%') AS keys,
              (SELECT count(*)::int FROM processed_requests WHERE key LIKE '%volgorde:%') AS requests,
              (SELECT count(*)::int FROM checkin_answers a JOIN members m ON m.id = a.member_id
                WHERE m.name IN ('Lid U0ANNA', 'Lid U0BRAM')) AS answers`,
      );
      expect(rows[0]).toEqual({ keys: 2, requests: 2, answers: 2 });
    });
  },
);
