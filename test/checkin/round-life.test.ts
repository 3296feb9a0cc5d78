import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoundForInvite } from '../../src/checkin/open-round.ts';
import { manualClock } from '../../src/clock.ts';
import { type Core, createCore } from '../../src/core.ts';
import { createLogger } from '../../src/logger.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { defineSeries, findOccurrence } from '../../src/schedule/series.ts';
import { checkinStore } from '../../src/store/checkin-store.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { eraseMember } from '../../src/store/personal-data-repo.ts';
import { findSeries } from '../../src/store/rhythm-repo.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const clock = manualClock('2026-10-06T13:31:00Z');
const RUBEN = { platform: 'slack' as const, workspace: 'T0TEST', userId: 'U0RUBEN' };

/** The round's settings, and what happens to its answers when a member asks to be forgotten. */
describe('a round over its life', () => {
  let tdb: TestDatabase;
  let core: Core;
  let w: Awaited<ReturnType<typeof seedWerkgroep>>;

  async function open(originalLocal: string) {
    const series = defineSeries((await findSeries(tdb.db.pool, w.overlegId))!.definition);
    return openRoundForInvite(
      checkinStore(tdb.db),
      w.overlegId,
      findOccurrence(series, originalLocal)!,
      clock.now(),
    );
  }

  beforeAll(async () => {
    tdb = await createTestDatabase();
    w = await seedWerkgroep(tdb.db, { slackTeam: 'T0TEST', slackChannel: 'C0OOST' });
    core = createCore({ db: tdb.db, clock, logger: createLogger('silent'), guard: createGuard() });
    await core.rhythm.createSeries(await findMember(tdb.db.pool, w.projectleiderId), w.overlegId, {
      firstStart: '2026-10-06T14:00',
      everyWeeks: 4,
      durationMinutes: 90,
    });
  });
  afterAll(async () => tdb?.drop());

  it('the projectleider sets how many days a round stays open; others may not', async () => {
    const pl = await findMember(tdb.db.pool, w.projectleiderId);
    const ruben = await findMember(tdb.db.pool, w.rubenId);
    await expect(core.rhythm.setCheckinOpenDays(ruben, w.overlegId, 3)).rejects.toThrow(
      'Alleen de projectleider',
    );
    await expect(core.rhythm.setCheckinOpenDays(pl, w.overlegId, 40)).rejects.toThrow('1 t/m 28 dagen');
    await core.rhythm.setCheckinOpenDays(pl, w.overlegId, 3);
    const round = await open('2026-10-06T14:00');
    expect(round.closesAt.toISOString()).toBe('2026-10-09T13:31:00.000Z');
    const planned = await tdb.db.pool.query(
      `SELECT kind, channel_id, due_at FROM deliveries WHERE kind IN ('checkin_dm', 'checkin_nudge', 'round_close')
        ORDER BY kind, channel_id`,
    );
    expect(planned.rows.map((r) => `${r.kind} ${r.channel_id} ${r.due_at.toISOString()}`)).toEqual([
      'checkin_dm U0HANNEKE 2026-10-06T13:31:00.000Z',
      'checkin_dm U0RUBEN 2026-10-06T13:31:00.000Z',
      // Halfway is Thursday 8 October 03:31: the nudge waits for 08:00.
      'checkin_nudge U0HANNEKE 2026-10-08T06:00:00.000Z',
      'checkin_nudge U0RUBEN 2026-10-08T06:00:00.000Z',
      'round_close C0OOST 2026-10-09T13:31:00.000Z',
    ]);
  });

  it('opening the same round again (the invite to a second channel) changes nothing', async () => {
    const before = await tdb.db.pool.query('SELECT key, due_at FROM deliveries ORDER BY key');
    clock.advance(60_000);
    await open('2026-10-06T14:00');
    expect((await tdb.db.pool.query('SELECT key, due_at FROM deliveries ORDER BY key')).rows).toEqual(
      before.rows,
    );
    expect((await tdb.db.pool.query('SELECT count(*)::int AS n FROM checkin_rounds')).rows[0].n).toBe(1);
  });

  it('a member who asks to be forgotten takes their answer along; the knelpunt stays, nameless', async () => {
    const [round] = (await tdb.db.pool.query('SELECT id FROM checkin_rounds')).rows;
    const form = await core.forms.roundFormForButton(RUBEN, 'checkin_open', round.id);
    const raw = {
      samenwerkingsniveau: '3',
      new1_description: 'Te weinig tijd voor overleg',
      new1_category: 'tijd-capaciteit',
    };
    const saved = await core.forms.submit(RUBEN, 'checkin', form.privateMetadata, raw);
    if (saved.kind !== 'done') throw new Error('expected a check-in');

    expect(await eraseMember(tdb.db.pool, w.rubenId)).toBe(true);
    const q = async (sql: string) => (await tdb.db.pool.query(sql)).rows;
    expect(await q('SELECT count(*)::int AS n FROM checkin_answers')).toEqual([{ n: 0 }]);
    expect(await q('SELECT description, raised_by FROM knelpunten')).toEqual([
      { description: 'Te weinig tijd voor overleg', raised_by: null },
    ]);
    expect(await q('SELECT update_kind, member_id FROM knelpunt_history')).toEqual([
      { update_kind: 'raised', member_id: null },
    ]);
  });
});
