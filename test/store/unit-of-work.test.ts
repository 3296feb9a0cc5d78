import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuardedText } from '../../src/privacy/guarded-text.ts';
import { interchangeStore } from '../../src/store/interchange-repo.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// The unit of work the use cases receive instead of the pool: what a transaction wrote lands
// whole, or not at all when the use case refuses half-way.
describe('unit of work', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase();
  });
  afterAll(async () => tdb?.drop());

  const regions = async () =>
    (await tdb.db.pool.query(`SELECT id, name FROM regions WHERE id LIKE 'uow-%' ORDER BY id`)).rows;
  // A fixed, fictional name: nothing here for the client-data guard to look at.
  const region = (id: string) => ({
    id,
    name: `Regio ${id}` as GuardedText,
    startLevel: null,
    targetLevel: null,
  });

  it('keeps everything a transaction wrote, and the pool reads it afterwards', async () => {
    const store = interchangeStore(tdb.db);
    await store.transaction(async (tx) => {
      await tx.upsertRegion(region('uow-een'));
      await tx.upsertRegion(region('uow-twee'));
    });
    expect(await regions()).toEqual([
      { id: 'uow-een', name: 'Regio uow-een' },
      { id: 'uow-twee', name: 'Regio uow-twee' },
    ]);
    expect((await store.read.existingIds()).regions.has('uow-twee')).toBe(true);
  });

  it('keeps nothing of a transaction that fails half-way', async () => {
    const store = interchangeStore(tdb.db);
    const before = await regions();
    await expect(
      store.transaction(async (tx) => {
        await tx.upsertRegion(region('uow-drie'));
        throw new Error('geweigerd');
      }),
    ).rejects.toThrow('geweigerd');
    expect(await regions()).toEqual(before);
  });
});
