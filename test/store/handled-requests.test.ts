import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANDLED_REQUEST_TTL_MS, handledRequests } from '../../src/store/handled-requests-repo.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

describe('handled requests (replay keys)', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase();
  });
  afterAll(async () => tdb?.drop());

  const rows = async () =>
    (await tdb.db.pool.query('SELECT platform, request_key FROM handled_requests')).rows;

  it('claims a key once per platform; the same key on the other platform is its own', async () => {
    const handled = handledRequests(tdb.db);
    const now = new Date('2026-10-05T09:00:00Z');
    expect(await handled.claim('slack', 'sig:v0=abc', now)).toBe(true);
    expect(await handled.claim('slack', 'sig:v0=abc', now)).toBe(false);
    expect(await handled.claim('teams', 'sig:v0=abc', now)).toBe(true);
  });

  it('keeps keys only through the window: expired ones are removed, and may be claimed again', async () => {
    const handled = handledRequests(tdb.db);
    const later = new Date(new Date('2026-10-05T09:00:00Z').getTime() + HANDLED_REQUEST_TTL_MS + 1);
    expect(await handled.claim('slack', 'event:Ev1', later)).toBe(true);
    expect(await rows()).toEqual([{ platform: 'slack', request_key: 'event:Ev1' }]);
    expect(await handled.claim('slack', 'sig:v0=abc', later)).toBe(true);
  });
});
