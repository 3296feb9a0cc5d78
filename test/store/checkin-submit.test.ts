import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuardedText } from '../../src/privacy/guarded-text.ts';
import { markRoundClosed } from '../../src/store/checkin-repo.ts';
import { type CheckinAtOnce, storeCheckinAtOnce } from '../../src/store/checkin-submit-repo.ts';
import { openTuesdayRound } from '../support/checkin-fixture.ts';
import { addMember } from '../support/fixtures.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const guarded = (text: string) => text as GuardedText;

describe('a check-in stored in one statement', () => {
  let tdb: TestDatabase;
  let base: Omit<CheckinAtOnce, 'requestKey' | 'raised' | 'samenwerkingsniveau'>;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    const w = await seedWerkgroep(tdb.db, { slackTeam: 'T1', slackChannel: 'C1' });
    const round = await openTuesdayRound(tdb.db, w.overlegId);
    base = {
      now: new Date('2026-10-06T15:00:00Z'),
      roundId: round.id,
      memberId: w.rubenId,
      toelichting: guarded('We overleggen elke vier weken.'),
      wentWell: null,
    };
  });
  afterAll(async () => tdb?.drop());

  const stored = async () => ({
    answers: (await tdb.db.pool.query('SELECT samenwerkingsniveau FROM checkin_answers')).rows,
    knelpunten: (await tdb.db.pool.query('SELECT slot, description, category FROM knelpunten ORDER BY slot'))
      .rows,
    history: (await tdb.db.pool.query('SELECT update_kind, status FROM knelpunt_history')).rows,
  });

  it('stores the answer and a new knelpunt with its first history row; the same request again changes nothing', async () => {
    const answer: CheckinAtOnce = {
      ...base,
      requestKey: 'slack:V1:U0RUBEN:abc',
      samenwerkingsniveau: 3.5,
      raised: [
        { description: guarded('Te weinig tijd voor overleg'), category: 'tijd-capaciteit', oplossing: null },
        { description: guarded('Geen vaste ruimte'), category: 'overig', oplossing: null },
      ],
    };
    expect((await storeCheckinAtOnce(tdb.db.pool, answer)).stored).toBe(true);
    const first = await stored();
    expect(first).toEqual({
      answers: [{ samenwerkingsniveau: 3.5 }],
      knelpunten: [
        { slot: 1, description: 'Te weinig tijd voor overleg', category: 'tijd-capaciteit' },
        { slot: 2, description: 'Geen vaste ruimte', category: 'overig' },
      ],
      history: [
        { update_kind: 'raised', status: 'open' },
        { update_kind: 'raised', status: 'open' },
      ],
    });
    expect((await storeCheckinAtOnce(tdb.db.pool, { ...answer, samenwerkingsniveau: 1 })).stored).toBe(false);
    expect(await stored()).toEqual(first);
  });

  it('a corrected answer changes a knelpunt in place and removes an emptied slot, without new history', async () => {
    expect(
      (
        await storeCheckinAtOnce(tdb.db.pool, {
          ...base,
          requestKey: 'slack:V1:U0RUBEN:def',
          samenwerkingsniveau: 4,
          raised: [{ description: guarded('Te weinig tijd'), category: 'tijd-capaciteit', oplossing: null }],
        })
      ).stored,
    ).toBe(true);
    expect(await stored()).toEqual({
      answers: [{ samenwerkingsniveau: 4 }],
      knelpunten: [{ slot: 1, description: 'Te weinig tijd', category: 'tijd-capaciteit' }],
      history: [{ update_kind: 'raised', status: 'open' }],
    });
  });

  it('stores nothing for someone outside the werkgroep or after the round closed, and reads the round for the refusal', async () => {
    const before = await stored();
    const outsider = await addMember(tdb.db, {
      name: 'Sanne Buitenhuis',
      identities: [{ platform: 'slack', workspace: 'T1', userId: 'U0SANNE' }],
    });
    const answer: CheckinAtOnce = {
      ...base,
      requestKey: 'slack:V2:U0SANNE:abc',
      samenwerkingsniveau: 2,
      raised: [{ description: guarded('Geen tijd'), category: 'tijd-capaciteit', oplossing: null }],
    };
    const stranger = await storeCheckinAtOnce(tdb.db.pool, { ...answer, memberId: outsider });
    expect(stranger).toMatchObject({ open: false, stored: false, access: { inWerkgroep: false } });
    const late = await storeCheckinAtOnce(tdb.db.pool, {
      ...answer,
      requestKey: 'slack:V1:U0RUBEN:late',
      now: new Date('2026-10-13T14:00:00Z'),
    });
    expect(late).toMatchObject({ open: false, stored: false, access: { inWerkgroep: true } });
    // Closed early (the projectleider closed it), though its closing time has not come.
    await markRoundClosed(tdb.db.pool, base.roundId, new Date('2026-10-08T09:00:00Z'));
    const closed = await storeCheckinAtOnce(tdb.db.pool, {
      ...answer,
      requestKey: 'slack:V1:U0RUBEN:closed',
      now: new Date('2026-10-09T09:00:00Z'),
    });
    expect(closed).toMatchObject({ open: false, stored: false, access: { inWerkgroep: true } });
    expect(await stored()).toEqual(before);
    const unknown = { ...answer, roundId: '7d4f8f7e-3a52-4c1e-9d55-0c6b9a1f2e10' };
    expect(await storeCheckinAtOnce(tdb.db.pool, unknown)).toEqual({
      access: null,
      open: false,
      stored: false,
    });
  });
});
