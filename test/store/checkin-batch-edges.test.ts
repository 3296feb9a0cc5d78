import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkinBatches } from '../../src/store/checkin-batch-repo.ts';
import type { CheckinByIdentity, CheckinClaimedAndStored } from '../../src/store/checkin-submit-repo.ts';
import { batchCheckin, recording, seedBatchRound, slackUser } from '../support/checkin-batch-fixture.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const slack = slackUser;
const BATCHED = 'claim-and-store-checkins';

describe('check-ins stored in one shared statement: the edges', () => {
  let tdb: TestDatabase;
  let roundId: string;
  const checkin = (userId: string, key: string, changes: Partial<CheckinByIdentity> = {}) =>
    batchCheckin(roundId, slack(userId), key, changes);
  /** Two more in the same wave: the check-ins a test is about share a statement with others. */
  const fillers = (wave: string) => [checkin('U0VUL1', `vul1:${wave}`), checkin('U0VUL2', `vul2:${wave}`)];

  beforeAll(async () => {
    tdb = await createTestDatabase();
    roundId = await seedBatchRound(tdb.db);
  });
  afterAll(async () => tdb?.drop());

  const answerOf = async (name: string) =>
    (
      await tdb.db.pool.query(
        `SELECT a.samenwerkingsniveau, a.toelichting, (SELECT count(*)::int FROM knelpunten k
                  WHERE k.raised_by = a.member_id) AS knelpunten
           FROM checkin_answers a JOIN members m ON m.id = a.member_id WHERE m.name = $1`,
        [name],
      )
    ).rows;

  it('returns each column once, so no check-in’s outcome depends on which of two is read', async () => {
    const r = recording(tdb.db.pool);
    const store = checkinBatches(r.db);
    const unknownRound = '7d4f8f7e-3a52-4c1e-9d55-0c6b9a1f2e10';
    const outcomes = await Promise.all(
      [
        ...fillers('kolom'),
        checkin('U0ANNA', 'kolom:a', { roundId: unknownRound }),
        checkin('U0BRAM', 'kolom:b'),
      ].map(store),
    );
    // A round that is not there: the member is still known (their language), the round is not.
    expect(outcomes[2]).toMatchObject({ access: null, open: false, stored: false, claimed: false });
    expect(outcomes[2]?.member?.member.name).toBe('Lid U0ANNA');
    expect(outcomes[3]).toMatchObject({ open: true, stored: true, claimed: true });
    const batched = r.sent.filter((s) => s.name === BATCHED);
    expect(batched).toHaveLength(1);
    const columns = batched[0]?.columns ?? [];
    expect(columns.filter((c, i) => columns.indexOf(c) !== i)).toEqual([]);
  });

  it('answers every waiting check-in when building the statement throws (a value JSON cannot write)', async () => {
    const store = checkinBatches(tdb.db.pool);
    const settled: Array<PromiseSettledResult<CheckinClaimedAndStored>> = [];
    const wave = [
      ...fillers('json'),
      checkin('U0ANNA', 'json:a', { samenwerkingsniveau: 2 }),
      // A bigint: pg sends it as text, JSON.stringify throws.
      checkin('U0BRAM', 'json:b', { samenwerkingsniveau: 4n as unknown as number }),
    ];
    for (const p of wave.map(store)) {
      p.then(
        (value) => settled.push({ status: 'fulfilled', value }),
        (reason) => settled.push({ status: 'rejected', reason }),
      );
    }
    await vi.waitFor(() => expect(settled).toHaveLength(wave.length), { timeout: 20_000 });
    expect(await answerOf('Lid U0ANNA')).toEqual([
      { samenwerkingsniveau: 2, toelichting: 'Antwoord van U0ANNA', knelpunten: 1 },
    ]);
    // The queue still moves: the next check-in is stored too.
    expect(await store(checkin('U0ANNA', 'json:a2', { samenwerkingsniveau: 5 }))).toMatchObject({
      stored: true,
    });
  });

  it('stores a member’s check-ins from two identities in one wave as one after the other would', async () => {
    const r = recording(tdb.db.pool);
    const store = checkinBatches(r.db);
    const teams = { platform: 'teams' as const, workspace: TEAMS_TENANT, userId: '29:ruben' };
    const wave = [
      ...fillers('twee'),
      checkin('U0RUBEN', 'twee:slack', { samenwerkingsniveau: 2 }),
      batchCheckin(roundId, teams, 'twee:teams', {
        samenwerkingsniveau: 4,
        toelichting: 'Via Teams' as CheckinByIdentity['toelichting'],
        raised: [],
      }),
      checkin('U0BRAM', 'twee:b', { samenwerkingsniveau: 5 }),
    ];
    const outcomes = await Promise.all(wave.map(store));
    expect(outcomes.map((o) => [o.member?.member.name, o.claimed, o.stored])).toEqual([
      ['Lid U0VUL1', true, true],
      ['Lid U0VUL2', true, true],
      ['Ruben Hofstede', true, true],
      ['Ruben Hofstede', true, true],
      ['Lid U0BRAM', true, true],
    ]);
    // The later one is what stays, as when each was stored on its own, in order.
    expect(await answerOf('Ruben Hofstede')).toEqual([
      { samenwerkingsniveau: 4, toelichting: 'Via Teams', knelpunten: 0 },
    ]);
    expect(await answerOf('Lid U0BRAM')).toEqual([
      { samenwerkingsniveau: 5, toelichting: 'Antwoord van U0BRAM', knelpunten: 1 },
    ]);
    expect(r.sent.filter((s) => s.error).map((s) => [s.name, s.error?.message])).toEqual([]);
  });
});
