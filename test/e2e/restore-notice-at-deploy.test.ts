import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { planAll } from '../../src/jobs/plan-deliveries.ts';
import { digestStore } from '../../src/store/digest-store.ts';
import { loadMigrations } from '../../src/store/migrate.ts';
import { planningStore } from '../../src/store/planning-store.ts';
import { slashInOost } from '../support/slash-command.ts';
import { channelPosts, countSaying } from '../support/werkgroep-channel-posts.ts';
import {
  startWerkgroepHarness,
  type WerkgroepHarness,
  withTuesdaySeries,
} from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-herstel-bij-uitrol';
// Monday 5 October 2026, 08:00 in Amsterdam; meetings every four weeks on Tuesday from 6 October, 14:00.
const clock = manualClock('2026-10-05T06:00:00Z');

/**
 * Schakel stopped (a deploy, an outage) with a "gaat toch door" still waiting, and started again
 * after the meeting began: the notice says nothing true any more and is not sent, whether the
 * first tick or the planner's horizon run gets to it first; nor one stored as an older Schakel
 * stored it (herstel then kept no count in the series). One whose meeting is still ahead goes out,
 * even when the planner runs before the first tick (migration 025 gives the series its count).
 */
describe('a "gaat toch door" still waiting when Schakel starts again', () => {
  let h: WerkgroepHarness;
  const slash = (text: string) => slashInOost(h, SECRET, 'U0HANNEKE', text);
  const said = (text: string) => ({
    slack: countSaying(channelPosts(h).slack(), text),
    teams: countSaying(channelPosts(h).teams(), text),
  });
  /** Cancelled, the werkgroep told at the reminder moment (the Monday, 09:00:30), then put back. */
  const toldThenPutBack = async (date: string, monday: string) => {
    expect(await slash(`annuleer ${date}`)).toContain('gaat niet door');
    clock.set(`${monday}T08:00:30Z`);
    await h.app.running.tick();
    expect(await slash(`herstel ${date}`)).toContain('De werkgroep krijgt één bericht dat ze toch doorgaat.');
  };
  /** As an older Schakel left the series: the herstel counted nowhere. */
  const asStoredBefore = () =>
    h.tdb.db.pool.query(`UPDATE meeting_series SET definition = definition - 'restored'`);

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    await withTuesdaySeries(h);
  });
  afterAll(async () => h?.stop());

  it('started again minutes after the meeting began: not sent', async () => {
    await toldThenPutBack('2026-11-03', '2026-11-02');
    // Down from just after the herstel until Tuesday 14:05, five hours after it was due.
    clock.set('2026-11-03T13:05:00Z');
    await h.app.running.tick();
    await h.app.running.tick();
    expect(said('op dinsdag 3 november 2026, 14:00–15:30 gaat niet door')).toEqual({ slack: 1, teams: 1 });
    expect(said('op dinsdag 3 november 2026, 14:00–15:30 gaat toch door')).toEqual({ slack: 0, teams: 0 });
  });

  it('stored by an older Schakel, started again days after the meeting: not sent', async () => {
    await toldThenPutBack('2026-12-01', '2026-11-30');
    await asStoredBefore();
    clock.set('2026-12-03T09:00:00Z');
    await h.app.running.tick();
    await h.app.running.tick();
    expect(said('op dinsdag 1 december 2026, 14:00–15:30 gaat toch door')).toEqual({ slack: 0, teams: 0 });
  });

  it('stored by an older Schakel, its meeting still ahead: sent once, also when the planner runs first', async () => {
    await toldThenPutBack('2026-12-29', '2026-12-28');
    await asStoredBefore();
    // This version's migration 025 gives the series the count the older Schakel did not keep.
    const migration = (await loadMigrations()).find((m) => m.version === '025');
    await h.tdb.db.pool.query(migration?.sql ?? 'no migration 025');
    clock.set('2026-12-28T09:30:00Z');
    await planAll({ planning: planningStore(h.tdb.db), digest: digestStore(h.tdb.db) }, clock.now());
    await h.app.running.tick();
    await h.app.running.tick();
    expect(said('op dinsdag 29 december 2026, 14:00–15:30 gaat toch door')).toEqual({ slack: 1, teams: 1 });
  });
});
