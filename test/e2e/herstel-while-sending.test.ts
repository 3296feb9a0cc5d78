import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { planAll } from '../../src/jobs/plan-deliveries.ts';
import { digestStore } from '../../src/store/digest-store.ts';
import { planningStore } from '../../src/store/planning-store.ts';
import { slashInOost } from '../support/slash-command.ts';
import { channelPosts, countSaying } from '../support/werkgroep-channel-posts.ts';
import {
  startWerkgroepHarness,
  type WerkgroepHarness,
  withTuesdaySeries,
} from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-herstel-tijdens-verzenden';
// Monday 5 October 2026, 08:00 in Amsterdam; meetings every four weeks on Tuesday from 6 October, 14:00.
const clock = manualClock('2026-10-05T06:00:00Z');

/**
 * `herstel` while the cancel notice is on its way (claimed by the scheduler, not yet marked sent):
 * the werkgroep may read it, so it also hears once that the meeting goes ahead after all; the
 * horizon run of the planner, run twice, keeps that and adds nothing.
 */
describe('herstel while the cancel notice is being sent', () => {
  let h: WerkgroepHarness;
  const slash = (text: string) => slashInOost(h, SECRET, 'U0HANNEKE', text);
  const notices = async () =>
    (
      await h.tdb.db.pool.query<{ kind: string; status: string }>(
        `SELECT kind, status FROM deliveries WHERE kind IN ('cancel_notice', 'restore_notice') ORDER BY kind, key`,
      )
    ).rows.map((r) => `${r.kind} ${r.status}`);

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    await withTuesdaySeries(h);
  });
  afterAll(async () => h?.stop());

  it('told then, the werkgroep hears it goes ahead, once, whatever the planner and the cron do', async () => {
    expect(await slash('annuleer 2026-11-03')).toContain('gaat niet door');
    clock.set('2026-11-02T08:00:30Z'); // Monday 09:00:30, the reminder moment: the notice is due
    // Claimed by a scheduler whose send has not come back yet.
    await h.tdb.db.pool.query(
      `UPDATE deliveries SET status = 'sending', claimed_by = 'elders', lease_until = $1, attempts = 1
        WHERE kind = 'cancel_notice'`,
      [new Date('2026-11-02T08:05:00Z')],
    );
    expect(await slash('herstel 2026-11-03')).toContain(
      'De werkgroep krijgt één bericht dat ze toch doorgaat.',
    );
    // That send comes back: it went out.
    await h.tdb.db.pool.query(`UPDATE deliveries SET status = 'sent' WHERE kind = 'cancel_notice'`);
    const stores = { planning: planningStore(h.tdb.db), digest: digestStore(h.tdb.db) };
    await planAll(stores, clock.now());
    await h.app.running.tick();
    await planAll(stores, clock.now());
    await h.app.running.tick();
    const posts = channelPosts(h);
    expect(countSaying(posts.slack(), 'op dinsdag 3 november 2026, 14:00–15:30 gaat toch door')).toBe(1);
    expect(countSaying(posts.teams(), 'gaat toch door')).toBe(1);
    expect(await notices()).toEqual([
      'cancel_notice sent',
      'cancel_notice sent',
      'restore_notice sent',
      'restore_notice sent',
    ]);
  });
});
