import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { planAll } from '../../src/jobs/plan-deliveries.ts';
import { digestStore } from '../../src/store/digest-store.ts';
import { loadMigrations } from '../../src/store/migrate.ts';
import { planningStore } from '../../src/store/planning-store.ts';
import { slashInOost } from '../support/slash-command.ts';
import { channelPosts } from '../support/werkgroep-channel-posts.ts';
import {
  startWerkgroepHarness,
  type WerkgroepHarness,
  withTuesdaySeries,
} from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-herstel-volgorde';
// Monday 5 October 2026, 08:00 in Amsterdam; meetings every four weeks on Tuesday from 6 October, 14:00.
const clock = manualClock('2026-10-05T06:00:00Z');
const TOLD_AGAIN = 'De werkgroep krijgt één bericht dat ze toch doorgaat.';

/**
 * Called off, put back, called off and put back again, with notices skipped, set aside or failed in
 * between: whatever happened to them, a channel whose last word about the meeting was "gaat niet
 * door" hears "gaat toch door" once the meeting is back, and the projectleider is told it will.
 */
describe('cancelled and put back twice: the channel’s last word is what stands', () => {
  let h: WerkgroepHarness;
  const slash = (text: string) => slashInOost(h, SECRET, 'U0HANNEKE', text);
  /** What each channel heard about the meeting of `day`, in order: "niet" (off) or "toch" (on). */
  const heard = (day: string) => {
    const about = (post: string) =>
      post.includes(`op ${day}, 14:00–15:30 gaat niet door`)
        ? ['niet']
        : post.includes(`op ${day}, 14:00–15:30 gaat toch door`)
          ? ['toch']
          : [];
    const posts = channelPosts(h);
    return { slack: posts.slack().flatMap(about), teams: posts.teams().flatMap(about) };
  };
  const both = (words: string[]) => ({ slack: words, teams: words });
  /** The scheduler's ticks with the planner's horizon run in between, as a running Schakel has them. */
  const ticks = async () => {
    for (let i = 0; i < 2; i++) {
      await h.app.running.tick();
      await planAll({ planning: planningStore(h.tdb.db), digest: digestStore(h.tdb.db) }, clock.now());
      await h.app.running.tick();
    }
  };
  /** Cancelled, the werkgroep told at the reminder moment (the Monday, 09:00:30 in Amsterdam). */
  const cancelledAndTold = async (date: string, monday: string) => {
    expect(await slash(`annuleer ${date}`)).toContain('gaat niet door');
    clock.set(`${monday}T08:00:30Z`);
    await ticks();
  };

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    await withTuesdaySeries(h);
  });
  afterAll(async () => h?.stop());

  it('put back again after the second cancellation was skipped: "gaat toch door"', async () => {
    await cancelledAndTold('2026-11-03', '2026-11-02');
    expect(heard('dinsdag 3 november 2026')).toEqual(both(['niet']));
    clock.set('2026-11-02T17:30:00Z'); // Monday 18:30: quiet hours, "gaat toch door" waits for Tuesday 08:00
    expect(await slash('herstel 2026-11-03')).toContain(TOLD_AGAIN);
    await ticks();
    clock.set('2026-11-02T18:00:00Z'); // Monday 19:00: cancelled again, its notice due Tuesday 08:00
    expect(await slash('annuleer 2026-11-03')).toContain('gaat niet door');
    await ticks();
    clock.set('2026-11-03T07:00:30Z'); // Tuesday 08:00: the channel still knows it is off, nothing sent
    await ticks();
    expect(heard('dinsdag 3 november 2026')).toEqual(both(['niet']));
    clock.set('2026-11-03T08:00:00Z'); // Tuesday 09:00: put back again
    expect(await slash('herstel 2026-11-03')).toContain(TOLD_AGAIN);
    await ticks();
    expect(heard('dinsdag 3 november 2026')).toEqual(both(['niet', 'toch']));
  });

  it('put back again before the second cancellation was due: "gaat toch door" once', async () => {
    await cancelledAndTold('2026-12-01', '2026-11-30');
    clock.set('2026-11-30T17:30:00Z'); // Monday 18:30
    await slash('herstel 2026-12-01');
    clock.set('2026-11-30T18:00:00Z'); // Monday 19:00
    await slash('annuleer 2026-12-01');
    await ticks();
    clock.set('2026-11-30T19:00:00Z'); // Monday 20:00, both notices still waiting for the morning
    expect(await slash('herstel 2026-12-01')).toContain(TOLD_AGAIN);
    await ticks();
    clock.set('2026-12-01T07:00:30Z'); // Tuesday 08:00
    await ticks();
    expect(heard('dinsdag 1 december 2026')).toEqual(both(['niet', 'toch']));
  });

  it('the first "gaat toch door" failed for good, cancelled and put back again: "gaat toch door"', async () => {
    await cancelledAndTold('2026-12-29', '2026-12-28');
    clock.set('2026-12-28T09:00:00Z'); // Monday 10:00
    expect(await slash('herstel 2026-12-29')).toContain(TOLD_AGAIN);
    // As the scheduler leaves it after its last attempt.
    await h.tdb.db.pool.query(
      `UPDATE deliveries SET status = 'failed', last_error = 'kanaal onbereikbaar'
        WHERE kind = 'restore_notice' AND status = 'pending' AND occurrence = '2026-12-29T14:00'`,
    );
    await ticks();
    clock.set('2026-12-28T10:00:00Z'); // Monday 11:00: cancelled again; the channel still thinks so
    expect(await slash('annuleer 2026-12-29')).toContain('gaat niet door');
    await ticks();
    expect(heard('dinsdag 29 december 2026')).toEqual(both(['niet']));
    clock.set('2026-12-28T11:00:00Z'); // Monday 12:00
    expect(await slash('herstel 2026-12-29')).toContain(TOLD_AGAIN);
    await ticks();
    expect(heard('dinsdag 29 december 2026')).toEqual(both(['niet', 'toch']));
  });

  it('put back by an older Schakel, its "gaat toch door" sent: cancelled again after the upgrade, told again', async () => {
    await cancelledAndTold('2027-01-26', '2027-01-25');
    clock.set('2027-01-25T09:00:00Z'); // Monday 10:00
    await slash('herstel 2027-01-26');
    await ticks();
    expect(heard('dinsdag 26 januari 2027')).toEqual(both(['niet', 'toch']));
    // As the older Schakel left it (no count of the herstel) and migration 024 renamed its notice sent.
    await h.tdb.db.pool.query(`UPDATE meeting_series SET definition = definition - 'restored'`);
    await h.tdb.db.pool.query(
      `UPDATE deliveries SET key = key || '|before-rounds'
        WHERE kind = 'restore_notice' AND status = 'sent' AND occurrence = '2027-01-26T14:00'`,
    );
    const migration = (await loadMigrations()).find((m) => m.version === '025');
    await h.tdb.db.pool.query(migration?.sql ?? 'no migration 025');
    await ticks();
    expect(heard('dinsdag 26 januari 2027')).toEqual(both(['niet', 'toch']));
    clock.set('2027-01-25T10:00:00Z'); // Monday 11:00
    expect(await slash('annuleer 2027-01-26')).toContain('gaat niet door');
    await ticks();
    expect(heard('dinsdag 26 januari 2027')).toEqual(both(['niet', 'toch', 'niet']));
    clock.set('2027-01-25T11:00:00Z'); // Monday 12:00
    expect(await slash('herstel 2027-01-26')).toContain(TOLD_AGAIN);
    await ticks();
    expect(heard('dinsdag 26 januari 2027')).toEqual(both(['niet', 'toch', 'niet', 'toch']));
  });
});
