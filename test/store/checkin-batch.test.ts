import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuardedText } from '../../src/privacy/guarded-text.ts';
import { checkinBatches } from '../../src/store/checkin-batch-repo.ts';
import type { CheckinByIdentity } from '../../src/store/checkin-submit-repo.ts';
import type { Queryable } from '../../src/store/database.ts';
import { handledRequests } from '../../src/store/handled-requests-repo.ts';
import { openTuesdayRound } from '../support/checkin-fixture.ts';
import { addMember } from '../support/fixtures.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

const guarded = (text: string) => text as GuardedText;
const slack = (userId: string) => ({ platform: 'slack' as const, workspace: 'T1', userId });
const MEMBERS = ['U0LID1', 'U0LID2', 'U0LID3', 'U0LID4', 'U0LID5', 'U0LID6'];

describe('check-ins arriving together, stored in shared statements', () => {
  let tdb: TestDatabase;
  let roundId: string;
  /** Statements sent through `counted`. */
  let statements = 0;
  let counted: Queryable;
  const handled = () => handledRequests(tdb.db);

  beforeAll(async () => {
    tdb = await createTestDatabase();
    const w = await seedWerkgroep(tdb.db, { slackTeam: 'T1', slackChannel: 'C1' });
    roundId = (await openTuesdayRound(tdb.db, w.overlegId)).id;
    for (const [i, userId] of MEMBERS.entries()) {
      await addMember(tdb.db, {
        name: `Lid ${i + 1}`,
        identities: [slack(userId)],
        overleg: 'Werkgroep Oost',
      });
    }
    const pool = tdb.db.pool;
    counted = {
      query: ((...args: Parameters<typeof pool.query>) => {
        statements++;
        return pool.query(...args);
      }) as Queryable['query'],
    } as Queryable;
  });
  afterAll(async () => tdb?.drop());

  const checkin = (userId: string, key: string, niveau = 3): CheckinByIdentity => ({
    user: slack(userId),
    formMemberId: null,
    claim: handled().defer?.(
      'slack',
      key,
      new Date('2026-10-06T15:00:00Z'),
      () => undefined,
    ) as CheckinByIdentity['claim'],
    requestKey: `slack:V1:${userId}:${key}`,
    now: new Date('2026-10-06T15:00:00Z'),
    roundId,
    samenwerkingsniveau: niveau,
    toelichting: guarded(`Antwoord van ${userId}`),
    wentWell: null,
    raised: [
      { description: guarded(`Knelpunt van ${userId}`), category: 'tijd-capaciteit', oplossing: null },
    ],
  });
  const answers = async () =>
    (
      await tdb.db.pool.query(
        `SELECT p.user_id, a.samenwerkingsniveau, a.toelichting,
                (SELECT count(*)::int FROM knelpunten k WHERE k.raised_by = a.member_id) AS knelpunten
           FROM checkin_answers a JOIN platform_identities p ON p.member_id = a.member_id ORDER BY p.user_id`,
      )
    ).rows;

  it('stores each as it would alone, in fewer statements; a twin in the same wave is stored once', async () => {
    statements = 0;
    const store = checkinBatches(counted);
    const wave = [...MEMBERS.map((u) => checkin(u, `sig:${u}`)), checkin('U0LID1', 'sig:U0LID1')];
    const outcomes = await Promise.all(wave.map(store));
    expect(statements).toBeLessThan(wave.length);
    expect(outcomes.map((o) => [o.member?.member.name, o.claimed, o.stored])).toEqual([
      ...MEMBERS.map((_, i) => [`Lid ${i + 1}`, true, true]),
      ['Lid 1', false, false],
    ]);
    expect(await answers()).toEqual(
      MEMBERS.map((u) => ({
        user_id: u,
        samenwerkingsniveau: 3,
        toelichting: `Antwoord van ${u}`,
        knelpunten: 1,
      })),
    );
  });

  it('check-ins that arrive in the same turn of the event loop go in one statement, none alone before the others', async () => {
    const store = checkinBatches(counted);
    statements = 0;
    const wave = MEMBERS.slice(0, 5).map((u, i) => checkin(u, `sig:samen:${u}`, 1 + i));
    const outcomes = await Promise.all(wave.map(store));
    expect(outcomes.map((o) => [o.member?.member.name, o.claimed, o.stored])).toEqual(
      MEMBERS.slice(0, 5).map((_, i) => [`Lid ${i + 1}`, true, true]),
    );
    expect(statements).toBe(1);
    // One that comes alone goes at once, on its own.
    statements = 0;
    expect(await store(checkin('U0LID6', 'sig:alleen:U0LID6'))).toMatchObject({
      claimed: true,
      stored: true,
    });
    expect(statements).toBe(1);
  });

  it('one check-in that fails does not fail the others of its statement', async () => {
    const store = checkinBatches(counted);
    const before = await answers();
    // All five go in one statement, in which a level outside the ladder is refused by the table:
    // the other four are stored all the same.
    const wave = [
      checkin('U0LID5', 'sig:5b'),
      checkin('U0LID6', 'sig:6b'),
      checkin('U0LID2', 'sig:2b', 4),
      checkin('U0LID3', 'sig:3b', 9),
      checkin('U0LID4', 'sig:4b', 5),
    ];
    const outcomes = await Promise.allSettled(wave.map(store));
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const after = await answers();
    expect(after.find((a) => a.user_id === 'U0LID2')?.samenwerkingsniveau).toBe(4);
    expect(after.find((a) => a.user_id === 'U0LID3')).toEqual(before.find((a) => a.user_id === 'U0LID3'));
    expect(after.find((a) => a.user_id === 'U0LID4')?.samenwerkingsniveau).toBe(5);
  });

  it('with 200 waiting, a check-in after them is stored at once on its own; each of them stored once and answered', async () => {
    // Two full statements (25 each) on their way, 200 waiting behind them, and three more.
    const crowd = Array.from({ length: 253 }, (_, i) => `U0DRUK${i + 1}`);
    // 253 members of Werkgroep Oost (as addMember adds them, in one statement).
    await tdb.db.pool.query(
      `WITH o AS (SELECT id, region_id FROM overleggen WHERE name = 'Werkgroep Oost'),
            m AS (INSERT INTO members (region_id, name, organisation, domain)
                  SELECT o.region_id, 'Drukte ' || g, 'Testorganisatie', 'ggz' FROM o, generate_series(1, $1::int) g
                  RETURNING id, region_id, substring(name FROM 8) AS n),
            roles AS (INSERT INTO member_roles (member_id, role) SELECT id, 'lid' FROM m),
            ids AS (INSERT INTO platform_identities (platform, workspace, user_id, member_id)
                    SELECT 'slack', 'T1', 'U0DRUK' || m.n, m.id FROM m)
       INSERT INTO overleg_members (overleg_id, member_id) SELECT o.id, m.id FROM o JOIN m ON m.region_id = o.region_id`,
      [crowd.length],
    );
    // The database slow to answer the first two statements: until `answerFirst`, every check-in
    // after them waits for those two.
    const { promise: firstAnswered, resolve: answerFirst } = Promise.withResolvers<void>();
    let sent = 0;
    const pool = tdb.db.pool;
    const slowAtFirst = {
      query: ((...args: Parameters<typeof pool.query>) =>
        ++sent <= 2
          ? firstAnswered.then(() => pool.query(...args))
          : pool.query(...args)) as Queryable['query'],
    } as Queryable;
    const store = checkinBatches(slowAtFirst);
    const outcomes = crowd.map((u) => store(checkin(u, `sig:druk:${u}`)));
    try {
      // Two on their way, 200 waiting: the three after them do not wait behind those.
      let beyondAnswered = 0;
      for (const o of outcomes.slice(250)) void o.then(() => beyondAnswered++);
      await waitFor('the three check-ins beyond the 200 waiting answered', () => beyondAnswered === 3);
    } finally {
      answerFirst();
    }
    const all = await Promise.all(outcomes);
    expect(all.map((o) => [o.member?.member.name, o.claimed, o.stored])).toEqual(
      crowd.map((_, i) => [`Drukte ${i + 1}`, true, true]),
    );
    // Each one's answer, its knelpunt and its replay key are there once.
    const counts = await pool.query(
      `SELECT (SELECT count(*)::int FROM checkin_answers a JOIN members m ON m.id = a.member_id
                WHERE a.round_id = $1 AND m.name LIKE 'Drukte %') AS answers,
              (SELECT count(*)::int FROM knelpunten k JOIN members m ON m.id = k.raised_by
                WHERE k.raised_in = $1 AND m.name LIKE 'Drukte %') AS knelpunten,
              (SELECT count(*)::int FROM handled_requests WHERE request_key LIKE 'sig:druk:%') AS claims`,
      [roundId],
    );
    expect(counts.rows[0]).toEqual({ answers: 253, knelpunten: 253, claims: 253 });
  });
});
