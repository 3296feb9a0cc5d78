import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANDLED_REQUEST_TTL_MS, handledRequests } from '../../src/store/handled-requests-repo.ts';
import { linkIdentity } from '../../src/store/members-repo.ts';
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
    expect(await handled.claim('slack', 'sig:v0=abc', now).claimed).toBe(true);
    expect(await handled.claim('slack', 'sig:v0=abc', now).claimed).toBe(false);
    expect(await handled.claim('teams', 'sig:v0=abc', now).claimed).toBe(true);
  });

  it('keeps keys only through the window: expired ones are removed, and may be claimed again', async () => {
    const handled = handledRequests(tdb.db);
    const later = new Date(new Date('2026-10-05T09:00:00Z').getTime() + HANDLED_REQUEST_TTL_MS + 1);
    expect(await handled.claim('slack', 'event:Ev1', later).claimed).toBe(true);
    expect(await rows()).toEqual([{ platform: 'slack', request_key: 'event:Ev1' }]);
    expect(await handled.claim('slack', 'sig:v0=abc', later).claimed).toBe(true);
  });

  it('keeps a key claimed with a later end (a Teams token still valid) until then, never shorter than the window', async () => {
    const handled = handledRequests(tdb.db);
    const now = new Date('2026-10-05T10:00:00Z');
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    expect(await handled.claim('teams', 'uur', now, null, at(65)).claimed).toBe(true);
    expect(await handled.claim('teams', 'uur', at(11)).claimed).toBe(false);
    expect(await handled.claim('teams', 'uur', at(64)).claimed).toBe(false);
    expect(await handled.claim('teams', 'uur', at(66)).claimed).toBe(true);
    // An end sooner than the window keeps the window.
    expect(await handled.claim('teams', 'kort', now, null, at(1)).claimed).toBe(true);
    expect(await handled.claim('teams', 'kort', at(9)).claimed).toBe(false);
  });

  it('claims a key and reads the member behind the request in the same statement, replay or not', async () => {
    const handled = handledRequests(tdb.db);
    const now = new Date('2026-10-05T09:00:00Z');
    await tdb.db.pool.query(`INSERT INTO regions (id, name) VALUES ('noord', 'Regio Noord (fictief)')`);
    const { rows: inserted } = await tdb.db.pool.query(
      `INSERT INTO members (region_id, name, organisation, domain, locale, locale_chosen)
       VALUES ('noord', 'Femke Dijkstra', 'GGZ Noord', 'ggz', 'en', true) RETURNING id`,
    );
    const femke = { platform: 'slack' as const, workspace: 'T0NOORD', userId: 'U0FEMKE' };
    await linkIdentity(tdb.db.pool, femke, inserted[0].id);

    const first = handled.claim('slack', 'sig:v0=femke', now, femke);
    expect(await first.claimed).toBe(true);
    expect(await first.member).toEqual({
      member: {
        id: inserted[0].id,
        regionId: 'noord',
        name: 'Femke Dijkstra',
        organisation: 'GGZ Noord',
        domain: 'ggz',
        roles: [],
      },
      locale: { locale: 'en', chosen: true },
    });
    const replay = handled.claim('slack', 'sig:v0=femke', now, femke);
    expect(await replay.claimed).toBe(false);
    expect((await replay.member)?.member.name).toBe('Femke Dijkstra');
    // A claim without a user is refused too (one table, one key), and reads no one.
    const plain = handled.claim('slack', 'sig:v0=femke', now);
    expect(await plain.claimed).toBe(false);
    expect(await plain.member).toBeNull();

    const stranger = handled.claim('slack', 'sig:v0=onbekend', now, {
      ...femke,
      userId: 'U0ONBEKEND',
    });
    expect(await stranger.claimed).toBe(true);
    expect(await stranger.member).toBeNull();
  });

  it('a released key (its request refused before anything was done) is claimed again; only that key, only on its platform', async () => {
    const handled = handledRequests(tdb.db);
    const now = new Date('2026-10-05T09:30:00Z');
    expect(await handled.claim('slack', 'event:EvVrij', now).claimed).toBe(true);
    expect(await handled.claim('teams', 'event:EvVrij', now).claimed).toBe(true);
    expect(await handled.claim('slack', 'event:EvBlijft', now).claimed).toBe(true);
    await handled.release('slack', 'event:EvVrij');
    expect(await handled.claim('slack', 'event:EvVrij', now).claimed).toBe(true);
    expect(await handled.claim('teams', 'event:EvVrij', now).claimed).toBe(false);
    expect(await handled.claim('slack', 'event:EvBlijft', now).claimed).toBe(false);
  });
});
