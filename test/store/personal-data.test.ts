import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseMember, personalData } from '../../src/store/personal-data-repo.ts';
import { addMember } from '../support/fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * The inzage holds everything Schakel keeps that names the member: also what a projectleider
 * recorded for the region (voortgang, the agreed checklist), the digest versions they made or
 * published and the stuurgroep dates they entered.
 */
describe('mijn-gegevens of a projectleider', () => {
  let tdb: TestDatabase;
  let id: string;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    id = await addMember(tdb.db, {
      name: 'Fictieve Projectleider',
      roles: ['projectleider'],
      identities: [],
    });
    const q = (sql: string) => tdb.db.pool.query(sql, [id]);
    await q(`INSERT INTO voortgang (region_id, tertiaal, trajecten, recorded_by, updated_at)
             VALUES ('test-regio', '2026-T2', 40, $1, '2026-09-01T10:00:00Z')`);
    await q(`INSERT INTO checklist_agreed (region_id, tertiaal, item, answer, recorded_by, updated_at)
             VALUES ('test-regio', '2026-T2', 15, 'nee', $1, '2026-09-01T10:00:00Z')`);
    await q(`INSERT INTO digest_versions (region_id, period_label, version, status, document, created_by, created_at)
             VALUES ('test-regio', '2026-T2', 1, 'draft', '{}', $1, '2026-09-02T10:00:00Z')`);
    await q(`INSERT INTO stuurgroep_meetings (region_id, meeting_date, created_by, created_at)
             VALUES ('test-regio', '2026-10-15', $1, '2026-09-03T10:00:00Z')`);
  });
  afterAll(async () => tdb?.drop());

  it('names the voortgang, the agreed checklist, the digest versions and the stuurgroep dates', async () => {
    const data = (await personalData(tdb.db.pool, id)) as Record<string, unknown>;
    expect(data.voortgang_vastgelegd).toMatchObject([{ tertiaal: '2026-T2' }]);
    expect(data.checklist_werkgroep_vastgelegd).toMatchObject([
      { tertiaal: '2026-T2', item: 15, antwoord: 'nee' },
    ]);
    // Not yet published by anyone: "not by you" reads false, not null (also for the demo's or an erased member's).
    expect(data.samenvattingen).toMatchObject([
      {
        periode: '2026-T2',
        versie: 1,
        status: 'draft',
        door_jou_gemaakt: true,
        door_jou_gepubliceerd: false,
      },
    ]);
    expect(data.stuurgroepdata).toHaveLength(1);
  });

  it("vergeten also withdraws the region's unpublished drafts, which may hold their answers", async () => {
    const other = await addMember(tdb.db, { name: 'Fictief Lid', identities: [] });
    await tdb.db.pool.query(
      `INSERT INTO digest_versions (region_id, period_label, version, status, document, created_by, created_at)
       VALUES ('test-regio', '2026-T3', 1, 'draft', $1, NULL, '2026-12-01T10:00:00Z')`,
      [JSON.stringify({ successes: ['Warme overdracht loopt beter'] })],
    );
    await tdb.db.pool.query(
      `INSERT INTO digest_versions (region_id, period_label, version, status, document, created_at, file_token, published_at)
       VALUES ('test-regio', '2026-T1', 1, 'published', '{}', '2026-06-01T10:00:00Z', 'gepubliceerd', '2026-06-02T10:00:00Z')`,
    );
    await eraseMember(tdb.db.pool, other);
    const { rows } = await tdb.db.pool.query(
      `SELECT period_label, status, document, file_token FROM digest_versions ORDER BY period_label`,
    );
    // The published stay as published; the draft keeps its number but nothing it held, and a
    // draft is made again from what is left.
    expect(rows).toEqual([
      { period_label: '2026-T1', status: 'published', document: {}, file_token: 'gepubliceerd' },
      { period_label: '2026-T2', status: 'withdrawn', document: {}, file_token: null },
      { period_label: '2026-T3', status: 'withdrawn', document: {}, file_token: null },
    ]);
  });

  it('after vergeten none of it names them any more', async () => {
    await eraseMember(tdb.db.pool, id);
    for (const table of ['voortgang', 'checklist_agreed', 'digest_versions', 'stuurgroep_meetings']) {
      const { rows } = await tdb.db.pool.query(`SELECT row_to_json(t)::text AS j FROM ${table} t`);
      expect(rows.map((r) => r.j).join(), table).not.toContain(id);
    }
  });

  it('shows the messages Schakel sent to the member directly, and vergeten erases only theirs', async () => {
    // The check-in in their chat and a reminder to answer name them by their account.
    const lid = await addMember(tdb.db, {
      name: 'Fictief Bericht-lid',
      identities: [{ platform: 'slack', workspace: 'T0TEST', userId: 'U0FICTIEF' }],
    });
    await addMember(tdb.db, {
      name: 'Ander Lid',
      identities: [{ platform: 'slack', workspace: 'T0TEST', userId: 'U0ANDER' }],
    });
    const deliver = (key: string, kind: string, userId: string, status: string) =>
      tdb.db.pool.query(
        `INSERT INTO deliveries (key, region_id, occurrence, kind, platform, workspace, channel_id, due_at,
                                 next_attempt_at, status)
         VALUES ($1, 'test-regio', '2026-09-08T14:00', $2, 'slack', 'T0TEST', $3, '2026-09-08T16:00Z',
                 '2026-09-08T16:00Z', $4)`,
        [key, kind, userId, status],
      );
    await deliver('checkin-dm-fictief', 'checkin_dm', 'U0FICTIEF', 'sent');
    await deliver('checkin-nudge-fictief', 'checkin_nudge', 'U0FICTIEF', 'pending');
    await deliver('checkin-dm-ander', 'checkin_dm', 'U0ANDER', 'sent');
    const data = (await personalData(tdb.db.pool, lid)) as Record<string, unknown>;
    expect(data.berichten_aan_jou).toEqual([
      expect.objectContaining({ soort: 'checkin_dm', status: 'sent', platform: 'slack' }),
      expect.objectContaining({ soort: 'checkin_nudge', status: 'pending', platform: 'slack' }),
    ]);
    await eraseMember(tdb.db.pool, lid);
    const { rows } = await tdb.db.pool.query(
      `SELECT key FROM deliveries WHERE key LIKE 'checkin-%' ORDER BY key`,
    );
    expect(rows).toEqual([{ key: 'checkin-dm-ander' }]);
  });

  it('vergeten also drops the keys of their Slack form submissions, which hold their user id', async () => {
    const lid = await addMember(tdb.db, {
      name: 'Fictief Formulier-lid',
      identities: [{ platform: 'slack', workspace: 'T0TEST', userId: 'U0FORMULIER' }],
    });
    await tdb.db.pool.query(
      `INSERT INTO processed_requests (key, processed_at) VALUES
         ('slack:V0CHECKIN:U0FORMULIER:abc', now()), ('slack:V0CHECKIN:U0ANDER:def', now()),
         ('teams:1712345678901', now())`,
    );
    await eraseMember(tdb.db.pool, lid);
    const { rows } = await tdb.db.pool.query('SELECT key FROM processed_requests ORDER BY key');
    expect(rows.map((r) => r.key)).toEqual(['slack:V0CHECKIN:U0ANDER:def', 'teams:1712345678901']);
  });
});
