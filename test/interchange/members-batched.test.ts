import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { importInterchange } from '../../src/interchange/import.ts';
import type { InterchangeInput } from '../../src/interchange/schema.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { interchangeStore } from '../../src/store/interchange-repo.ts';
import { countingStatements } from '../support/counting-database.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// `schakel import` writes a file's members a thousand at a time, as `schakel members import`
// does, not three statements per member. Fictional people only.

const clock = manualClock('2026-05-01T10:00:00Z');
const guard = createGuard({ now: clock.now });
const MEMBERS = 3000;

const file = (roles: (i: number) => string[]): InterchangeInput => ({
  format: 'schakel/v1',
  regions: [{ id: 'grote-regio', name: 'Grote regio', startLevel: null, targetLevel: null }],
  members: Array.from({ length: MEMBERS }, (_, i) => ({
    id: `m${i}`,
    regionId: 'grote-regio',
    name: `Deelnemer ${String.fromCharCode(65 + (i % 26))}`,
    organisation: 'Gemeente Voorbeeld',
    domain: 'gemeente' as const,
    roles: roles(i) as ['lid'],
    ...(i % 2 === 0 ? { email: `lid${i}@voorbeeld.test` } : {}),
  })),
});

describe('schakel import of a file with thousands of members', () => {
  let tdb: TestDatabase;
  let counted: ReturnType<typeof countingStatements>;
  beforeAll(async () => {
    tdb = await createTestDatabase();
    counted = countingStatements(tdb.db);
  });
  afterAll(async () => {
    await tdb?.drop();
  });

  const count = async (sql: string) => Number((await tdb.db.pool.query(sql)).rows[0].n);

  it('stores them all with their roles in a handful of statements; a second import takes left-out roles away', async () => {
    counted.statements = 0;
    const first = await importInterchange(
      interchangeStore(counted.db),
      JSON.stringify(file((i) => (i % 3 === 0 ? ['lid', 'stuurgroeplid'] : ['lid']))),
      guard,
      clock,
    );
    expect(first).toMatchObject({ ok: true, counts: { members: MEMBERS } });
    expect(counted.statements).toBeLessThanOrEqual(30);
    expect(await count(`SELECT count(*) AS n FROM members WHERE region_id = 'grote-regio'`)).toBe(MEMBERS);
    expect(await count(`SELECT count(*) AS n FROM members WHERE email IS NOT NULL`)).toBe(MEMBERS / 2);
    expect(await count(`SELECT count(*) AS n FROM member_roles WHERE role = 'stuurgroeplid'`)).toBe(
      MEMBERS / 3,
    );

    const second = await importInterchange(
      interchangeStore(tdb.db),
      JSON.stringify(file((i) => (i === 0 ? ['projectleider'] : ['lid']))),
      guard,
      clock,
    );
    expect(second).toMatchObject({ ok: true });
    expect(await count(`SELECT count(*) AS n FROM members`)).toBe(MEMBERS);
    expect(await count(`SELECT count(*) AS n FROM member_roles WHERE role = 'stuurgroeplid'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM member_roles WHERE role = 'projectleider'`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM member_roles`)).toBe(MEMBERS);
  }, 120_000);

  it('refuses a member named twice with the same words as before, and stores nothing', async () => {
    const doc = file(() => ['lid']);
    const twice = { ...doc, members: [...doc.members!, { ...doc.members![5]!, name: 'Iemand Anders' }] };
    const r = await importInterchange(interchangeStore(tdb.db), JSON.stringify(twice), guard, clock);
    expect(r).toEqual({
      ok: false,
      problems: [{ path: `members[${MEMBERS}].id`, message: 'deelnemer m5 staat twee keer in het bestand' }],
    });
    expect(await count(`SELECT count(*) AS n FROM members WHERE name = 'Iemand Anders'`)).toBe(0);
  }, 60_000);
});
