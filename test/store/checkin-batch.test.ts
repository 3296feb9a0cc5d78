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

  it('one check-in that fails does not fail the others of its statement', async () => {
    const store = checkinBatches(counted);
    const before = await answers();
    // The first two go on their own; the three after them wait and go in one statement, in which
    // a level outside the ladder is refused by the table: the other two are stored all the same.
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
});
