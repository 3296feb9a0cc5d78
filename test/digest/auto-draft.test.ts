import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftDueAt, planRegionDrafts } from '../../src/digest/auto-draft.ts';
import type { Database, Queryable } from '../../src/store/database.ts';
import { digestStore } from '../../src/store/digest-store.ts';
import { addStuurgroepDate } from '../../src/store/stuurgroep-repo.ts';
import { addMemberOnBothPlatforms } from '../support/fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { insertDigestFixture, REGION } from './fixture.ts';

const NOW = new Date('2026-09-01T08:00:00Z');
let t: TestDatabase;

/**
 * The database as Schakel uses it, but a transaction's client refuses a query while another is
 * still running: pg 8 only warns ("client.query() already executing"), pg 9 will fail.
 */
function oneQueryAtATime(db: Database): { db: Database; overlaps: string[] } {
  const overlaps: string[] = [];
  const strict = (client: Queryable): Queryable => {
    let running = 0;
    const query = (async (...args: Parameters<Queryable['query']>) => {
      if (running > 0) overlaps.push(String(args[0]).slice(0, 60));
      running++;
      try {
        return await (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
      } finally {
        running--;
      }
    }) as Queryable['query'];
    return { query };
  };
  return { db: { ...db, transaction: (fn) => db.transaction((tx) => fn(strict(tx))) }, overlaps };
}

beforeAll(async () => {
  t = await createTestDatabase();
  await insertDigestFixture(t.db);
  await addMemberOnBothPlatforms(t.db, {
    regionId: REGION,
    name: 'Hanneke',
    roles: ['projectleider'],
    slackUserId: 'U0HANNEKE',
    teamsTenant: 'tenant-digest',
    teamsUserId: '29:hanneke',
  });
  await addStuurgroepDate(t.db.pool, REGION, '2026-10-15', null, NOW);
});

afterAll(async () => {
  await t?.drop();
});

describe('the automatic stuurgroep draft is planned', () => {
  it('once per projectleider, one query at a time on the transaction', async () => {
    const strict = oneQueryAtATime(t.db);
    // Hanneke is on Slack and on Teams: one draft for her, before the meeting of 15 October.
    expect(await planRegionDrafts(digestStore(strict.db), REGION, NOW)).toBe(1);
    expect(strict.overlaps).toEqual([]);
  });
});

describe('the draft moment follows SCHAKEL_TIMEZONE', () => {
  it("goes out at 09:00 on the draft day in the installation's zone", () => {
    // Thursday 15 October, seven days before: Thursday 8 October at 09:00 local time.
    expect(draftDueAt('2026-10-15', 7, NOW)?.toISOString()).toBe('2026-10-08T07:00:00.000Z');
    expect(draftDueAt('2026-10-15', 7, NOW, 'America/Curacao')?.toISOString()).toBe(
      '2026-10-08T13:00:00.000Z',
    );
  });
});
