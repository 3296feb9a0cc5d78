import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuardedText } from '../../src/privacy/guarded-text.ts';
import { openRound } from '../../src/store/checkin-repo.ts';
import { type CheckinAtOnce, storeCheckinAtOnce } from '../../src/store/checkin-submit-repo.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const guarded = (text: string) => text as GuardedText;

describe('a check-in stored in one statement', () => {
  let tdb: TestDatabase;
  let base: Omit<CheckinAtOnce, 'requestKey' | 'raised' | 'samenwerkingsniveau'>;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    const w = await seedWerkgroep(tdb.db, { slackTeam: 'T1', slackChannel: 'C1' });
    const { round } = await openRound(tdb.db.pool, {
      overlegId: w.overlegId,
      occurrence: '2026-10-06T14:00',
      meetingDate: '2026-10-06',
      timeZone: 'Europe/Amsterdam',
      openedAt: new Date('2026-10-06T14:00:00Z'),
      nudgeAt: new Date('2026-10-09T14:00:00Z'),
      closesAt: new Date('2026-10-13T14:00:00Z'),
    });
    const { rows } = await tdb.db.pool.query('SELECT region_id FROM overleggen WHERE id = $1', [w.overlegId]);
    base = {
      now: new Date('2026-10-06T15:00:00Z'),
      roundId: round.id,
      memberId: w.rubenId,
      overlegId: w.overlegId,
      regionId: rows[0].region_id,
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
    expect(await storeCheckinAtOnce(tdb.db.pool, answer)).toBe(true);
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
    expect(await storeCheckinAtOnce(tdb.db.pool, { ...answer, samenwerkingsniveau: 1 })).toBe(false);
    expect(await stored()).toEqual(first);
  });

  it('a corrected answer changes a knelpunt in place and removes an emptied slot, without new history', async () => {
    expect(
      await storeCheckinAtOnce(tdb.db.pool, {
        ...base,
        requestKey: 'slack:V1:U0RUBEN:def',
        samenwerkingsniveau: 4,
        raised: [{ description: guarded('Te weinig tijd'), category: 'tijd-capaciteit', oplossing: null }],
      }),
    ).toBe(true);
    expect(await stored()).toEqual({
      answers: [{ samenwerkingsniveau: 4 }],
      knelpunten: [{ slot: 1, description: 'Te weinig tijd', category: 'tijd-capaciteit' }],
      history: [{ update_kind: 'raised', status: 'open' }],
    });
  });
});
