import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { createStuurgroepCalendar } from '../../src/digest/stuurgroep-calendar.ts';
import type { Member } from '../../src/domain/members.ts';
import type { Database, Queryable } from '../../src/store/database.ts';
import { digestStore } from '../../src/store/digest-store.ts';
import { addMember } from '../support/fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { insertDigestFixture, REGION } from './fixture.ts';

const clock = manualClock('2026-12-07T09:00:00Z');
let t: TestDatabase;
let projectleider: Member;

/** `db` that counts the reads of a region's stuurgroep dates, on the pool and in transactions. */
function countingDateReads(db: Database) {
  const counter = { reads: 0 };
  const counting = (client: Queryable): Queryable => ({
    query: ((...args: Parameters<Queryable['query']>) => {
      if (String(args[0]).includes("to_char(meeting_date, 'YYYY-MM-DD') AS d FROM stuurgroep_meetings"))
        counter.reads++;
      return (client.query as (...a: unknown[]) => unknown)(...args);
    }) as Queryable['query'],
  });
  const counted: Database = {
    ...db,
    pool: counting(db.pool) as pg.Pool,
    transaction: (fn) => db.transaction((client) => fn(counting(client))),
  };
  return { counter, calendar: createStuurgroepCalendar({ store: digestStore(counted), clock }) };
}

beforeAll(async () => {
  t = await createTestDatabase();
  await insertDigestFixture(t.db);
  const id = await addMember(t.db, {
    regionId: REGION,
    name: 'Hanneke',
    roles: ['projectleider'],
    identities: [{ platform: 'slack', workspace: 'T0SCHAKEL', userId: 'U0HANNEKE' }],
  });
  projectleider = {
    id,
    regionId: REGION,
    name: 'Hanneke',
    organisation: '',
    domain: 'gemeente',
    roles: ['projectleider'],
  };
});
afterAll(async () => t?.drop());

describe('stuurgroep <datum>', () => {
  const place = { platform: 'slack' as const, workspace: 'T0SCHAKEL', channelId: 'D0HANNEKE' };
  const add = (calendar: ReturnType<typeof countingDateReads>['calendar'], date: string) =>
    calendar.stuurgroep(projectleider, place, { name: 'stuurgroep', action: 'toevoegen', date }, '/schakel ');

  it('reads the dates once for its answer (the planner of the drafts once more, under its lock)', async () => {
    for (const date of ['2027-01-20', '2026-11-30', '2027-01-20']) {
      const { counter, calendar } = countingDateReads(t.db);
      const answer = JSON.stringify(await add(calendar, date));
      expect(counter.reads, date).toBeLessThanOrEqual(2);
      expect(answer).toContain('20 januari 2027');
    }
  });

  it('a second date in the same tertiaal is still named in the answer, with the list showing both', async () => {
    const { calendar } = countingDateReads(t.db);
    const answer = JSON.stringify(await add(calendar, '2027-02-03'));
    expect(answer).toContain('20 januari 2027');
    expect(answer).toContain('3 februari 2027');
    expect(answer).toContain('in dezelfde tertiaal staat ook een stuurgroep op woensdag 20 januari 2027');
  });

  it('a past date before the last stuurgroep held is refused from the same read, and nothing is noted', async () => {
    const { counter, calendar } = countingDateReads(t.db);
    await expect(add(calendar, '2026-11-02')).rejects.toThrow(/vóór de laatste stuurgroep die al geweest is/);
    expect(counter.reads).toBe(1);
    const { rows } = await t.db.pool.query(
      `SELECT 1 FROM stuurgroep_meetings WHERE region_id = $1 AND meeting_date = '2026-11-02'`,
      [REGION],
    );
    expect(rows).toEqual([]);
  });
});
