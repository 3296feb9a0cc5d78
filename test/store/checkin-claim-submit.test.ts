import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuardedText } from '../../src/privacy/guarded-text.ts';
import { markRoundClosed } from '../../src/store/checkin-repo.ts';
import { type CheckinByIdentity, claimAndStoreCheckin } from '../../src/store/checkin-submit-repo.ts';
import { handledRequests } from '../../src/store/handled-requests-repo.ts';
import { openTuesdayRound } from '../support/checkin-fixture.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const guarded = (text: string) => text as GuardedText;
const RUBEN = { platform: 'slack' as const, workspace: 'T1', userId: 'U0RUBEN' };

describe('a check-in stored with its replay key claimed, in one statement', () => {
  let tdb: TestDatabase;
  let rubenId: string;
  let answer: (key: string, changes?: Partial<CheckinByIdentity>) => CheckinByIdentity;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    const w = await seedWerkgroep(tdb.db, { slackTeam: 'T1', slackChannel: 'C1' });
    rubenId = w.rubenId;
    const round = await openTuesdayRound(tdb.db, w.overlegId);
    const handled = handledRequests(tdb.db);
    const requestTime = new Date('2026-10-06T15:00:00Z');
    answer = (key, changes = {}) => ({
      user: RUBEN,
      formMemberId: null,
      claim: handled.defer?.('slack', key, requestTime, () => undefined) as CheckinByIdentity['claim'],
      requestKey: `slack:V1:U0RUBEN:${key}`,
      now: new Date('2026-10-06T15:00:00Z'),
      roundId: round.id,
      samenwerkingsniveau: 3.5,
      toelichting: guarded('We overleggen elke vier weken.'),
      wentWell: null,
      raised: [
        { description: guarded('Te weinig tijd voor overleg'), category: 'tijd-capaciteit', oplossing: null },
      ],
      ...changes,
    });
  });
  afterAll(async () => tdb?.drop());

  const stored = async () => ({
    answers: (await tdb.db.pool.query('SELECT samenwerkingsniveau FROM checkin_answers')).rows,
    knelpunten: (await tdb.db.pool.query('SELECT slot, description FROM knelpunten ORDER BY slot')).rows,
    keys: (await tdb.db.pool.query('SELECT request_key FROM handled_requests ORDER BY request_key')).rows.map(
      (r) => r.request_key,
    ),
  });

  it('reads the member, claims the key and stores the answer; the same key again stores nothing', async () => {
    const first = await claimAndStoreCheckin(tdb.db.pool, answer('sig:v0=een'));
    expect(first).toMatchObject({ claimed: true, open: true, stored: true, access: { inWerkgroep: true } });
    expect(first.member?.member).toMatchObject({ id: rubenId, name: 'Ruben Hofstede' });
    const after = await stored();
    expect(after).toEqual({
      answers: [{ samenwerkingsniveau: 3.5 }],
      knelpunten: [{ slot: 1, description: 'Te weinig tijd voor overleg' }],
      keys: ['sig:v0=een'],
    });
    // A replay (another answer under the same key, as a forged resend would be) changes nothing.
    const replay = await claimAndStoreCheckin(
      tdb.db.pool,
      answer('sig:v0=een', { requestKey: 'slack:V1:U0RUBEN:anders', samenwerkingsniveau: 1 }),
    );
    expect(replay).toMatchObject({ claimed: false, open: true, stored: false });
    expect(replay.member?.member.id).toBe(rubenId);
    expect(await stored()).toEqual(after);
  });

  it('claims no key when it stores nothing: an unknown user, someone else’s form, a closed round', async () => {
    const before = await stored();
    const unknown = await claimAndStoreCheckin(
      tdb.db.pool,
      answer('sig:v0=onbekend', { user: { ...RUBEN, userId: 'U0NIEMAND' } }),
    );
    expect(unknown).toMatchObject({ member: null, claimed: false, open: false, stored: false });
    const otherForm = await claimAndStoreCheckin(
      tdb.db.pool,
      answer('sig:v0=ander', { formMemberId: '7d4f8f7e-3a52-4c1e-9d55-0c6b9a1f2e10' }),
    );
    expect(otherForm).toMatchObject({
      claimed: false,
      open: false,
      stored: false,
      access: { inWerkgroep: true },
    });
    await markRoundClosed(tdb.db.pool, answer('x').roundId, new Date('2026-10-06T15:30:00Z'));
    const closed = await claimAndStoreCheckin(
      tdb.db.pool,
      answer('sig:v0=dicht', { now: new Date('2026-10-07T09:00:00Z') }),
    );
    expect(closed).toMatchObject({
      claimed: false,
      open: false,
      stored: false,
      access: { inWerkgroep: true },
    });
    expect(await stored()).toEqual(before);
  });
});
