import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminCommands } from '../../src/admin/werkgroep-admin.ts';
import { manualClock } from '../../src/clock.ts';
import { planOverlegIn } from '../../src/jobs/plan-deliveries.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { adminStore } from '../../src/store/admin-store.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { planningStore } from '../../src/store/planning-store.ts';
import { addMember } from '../support/fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

describe('a digest post that kept failing', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase();
  });
  afterAll(async () => tdb?.drop());

  it('shows in `mislukt` for the projectleider, typed in any werkgroep of the region', async () => {
    const plId = await addMember(tdb.db, {
      name: 'Hanneke Wiggers',
      roles: ['projectleider'],
      identities: [{ platform: 'slack', workspace: 'T1', userId: 'U0HANNEKE' }],
      overleg: 'Werkgroep Oost',
    });
    const { rows } = await tdb.db.pool.query(
      `INSERT INTO overleggen (region_id, name, kind) VALUES ('test-regio', 'Stuurgroep', 'stuurgroep') RETURNING id`,
    );
    await tdb.db.pool.query(
      `INSERT INTO deliveries (key, overleg_id, region_id, occurrence, kind, platform, workspace, channel_id,
                               due_at, next_attempt_at, status, attempts)
       VALUES ('k1', $1, 'test-regio', '2026-T2 versie 1', 'digest_publish', 'teams', 't', '19:sg',
               now(), now(), 'failed', 5)`,
      [rows[0].id],
    );
    const werkgroep = await tdb.db.pool.query(`SELECT id FROM overleggen WHERE name = 'Werkgroep Oost'`);
    const admin = createAdminCommands({
      store: adminStore(tdb.db),
      planOverleg: (id, now) => planOverlegIn(planningStore(tdb.db), id, now),
      clock: manualClock('2026-09-10T08:00:00Z'),
      guard: createGuard(),
      timeZone: 'Europe/Amsterdam',
    });
    const answer = JSON.stringify(
      await admin.failedMessages(await findMember(tdb.db.pool, plId), werkgroep.rows[0].id),
    );
    expect(answer).toContain(
      'gepubliceerde stuurgroep-samenvatting voor 2026-T2 versie 1 naar teams (5 pogingen)',
    );
  });
});
