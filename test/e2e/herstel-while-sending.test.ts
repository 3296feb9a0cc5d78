import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { planAll } from '../../src/jobs/plan-deliveries.ts';
import type { SeriesInput } from '../../src/schedule/series.ts';
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

  const stores = () => ({ planning: planningStore(h.tdb.db), digest: digestStore(h.tdb.db) });
  /** What each channel read about a meeting, in order: "niet" for a cancellation, "toch" for goes ahead after all. */
  const heard = (day: string) => {
    const posts = channelPosts(h);
    const about = (p: string) =>
      p.includes(`op ${day}, 14:00–15:30 gaat niet door`)
        ? ['niet']
        : p.includes(`op ${day}, 14:00–15:30 gaat toch door`)
          ? ['toch']
          : [];
    return { slack: posts.slack().flatMap(about), teams: posts.teams().flatMap(about) };
  };
  /** A scheduler elsewhere holds the meeting's notice of `kind`, its send not yet answered. */
  const onItsWay = (kind: string, occurrence: string) =>
    h.tdb.db.pool.query(
      `UPDATE deliveries SET status = 'sending', claimed_by = 'elders', lease_until = $1, attempts = 1
        WHERE kind = $2 AND occurrence = $3 AND status = 'pending'`,
      [new Date(clock.now().getTime() + 5 * 60_000), kind, occurrence],
    );
  /** That send comes back: delivered (as markSent) or failed, to be tried again (as markRetry). */
  const cameBack = (kind: string, occurrence: string, outcome: 'sent' | 'failed') =>
    h.tdb.db.pool.query(
      outcome === 'sent'
        ? `UPDATE deliveries SET status = 'sent', sent_at = $1, lease_until = NULL WHERE kind = $2 AND occurrence = $3 AND status = 'sending'`
        : `UPDATE deliveries SET status = 'pending', next_attempt_at = $1, lease_until = NULL, last_error = 'verbinding verbroken'
            WHERE kind = $2 AND occurrence = $3 AND status = 'sending'`,
      [clock.now(), kind, occurrence],
    );
  /** Every cron tick and horizon run there is, twice: each is idempotent, whatever their order. */
  const ticksAndRuns = async () => {
    for (let i = 0; i < 2; i++) {
      await h.app.running.tick();
      await planAll(stores(), clock.now());
      await h.app.running.tick();
    }
  };

  /**
   * The meeting of `date` (a Tuesday, 14:00) cancelled and told at the reminder moment the day
   * before; then put back, and cancelled again while "gaat toch door" is on its way.
   */
  const toldOffThenPutBackAndOffAgain = async (date: string, day: string) => {
    expect(await slash(`annuleer ${date}`)).toContain('gaat niet door');
    const monday = DateTime.fromISO(`${date}T09:00:30`, { zone: 'Europe/Amsterdam' }).minus({ days: 1 });
    clock.set(monday.toJSDate());
    await ticksAndRuns();
    expect(heard(day)).toEqual({ slack: ['niet'], teams: ['niet'] });
    await slash(`herstel ${date}`);
    await onItsWay('restore_notice', `${date}T14:00`);
    expect(await slash(`annuleer ${date}`)).toContain('gaat niet door');
  };

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

  it('the cancellation still on its way: "gaat toch door" waits for it, and comes after it', async () => {
    expect(await slash('annuleer 2026-12-01')).toContain('gaat niet door');
    clock.set('2026-11-30T08:00:30Z'); // Monday 09:00:30, the reminder moment of 1 December
    await onItsWay('cancel_notice', '2026-12-01T14:00');
    expect(await slash('herstel 2026-12-01')).toContain(
      'De werkgroep krijgt één bericht dat ze toch doorgaat.',
    );
    await ticksAndRuns();
    // Not before the cancellation is known to have arrived: a member would read them the wrong way round.
    expect(heard('dinsdag 1 december 2026')).toEqual({ slack: [], teams: [] });
    clock.set('2026-11-30T08:01:30Z');
    await cameBack('cancel_notice', '2026-12-01T14:00', 'sent');
    await ticksAndRuns();
    expect(heard('dinsdag 1 december 2026')).toEqual({ slack: ['toch'], teams: ['toch'] });
  });

  it('the cancellation on its way fails after herstel: no cancellation after all, and no "gaat toch door" about it', async () => {
    expect(await slash('annuleer 2026-12-29')).toContain('gaat niet door');
    clock.set('2026-12-28T07:59:00Z');
    await h.app.running.tick(); // the day's horizon run: the failed send's retry is claimed before the next one
    clock.set('2026-12-28T08:00:30Z'); // Monday 09:00:30, the reminder moment of 29 December
    await onItsWay('cancel_notice', '2026-12-29T14:00');
    await slash('herstel 2026-12-29');
    await cameBack('cancel_notice', '2026-12-29T14:00', 'failed');
    clock.set('2026-12-28T08:02:00Z'); // its retry is due
    await ticksAndRuns();
    // The meeting goes ahead as planned and the werkgroep never heard otherwise: nothing about it at all.
    expect(heard('dinsdag 29 december 2026')).toEqual({ slack: [], teams: [] });
    expect(countSaying(channelPosts(h).slack(), 'Morgen: Werkgroep Oost')).toBeGreaterThan(0);
    const failed = await slash('mislukt');
    expect(failed).not.toContain('29 december');
  });

  it('"gaat toch door" on its way and cancelled again: the second cancellation only once that one arrived', async () => {
    await toldOffThenPutBackAndOffAgain('2027-01-26', 'dinsdag 26 januari 2027');
    await ticksAndRuns();
    expect(heard('dinsdag 26 januari 2027')).toEqual({ slack: ['niet'], teams: ['niet'] });
    clock.set('2027-01-25T08:01:30Z');
    await cameBack('restore_notice', '2027-01-26T14:00', 'sent');
    await ticksAndRuns();
    // What they read, in order: off, on after all (sent elsewhere, so not recorded here), off again.
    expect(heard('dinsdag 26 januari 2027')).toEqual({ slack: ['niet', 'niet'], teams: ['niet', 'niet'] });
  });

  it('"gaat toch door" on its way fails and the meeting is cancelled again: the werkgroep, still knowing it is off, hears nothing more', async () => {
    await toldOffThenPutBackAndOffAgain('2027-02-23', 'dinsdag 23 februari 2027');
    await cameBack('restore_notice', '2027-02-23T14:00', 'failed');
    clock.set('2027-02-22T08:02:00Z');
    await ticksAndRuns();
    expect(heard('dinsdag 23 februari 2027')).toEqual({ slack: ['niet'], teams: ['niet'] });
    expect(await slash('mislukt')).not.toContain('23 februari');
  });

  it('the cancellation reached the channel but its sender stopped before noting it: claimed again after herstel, it counts as sent and "gaat toch door" follows', async () => {
    expect(await slash('annuleer 2027-03-23')).toContain('gaat niet door');
    clock.set('2027-03-22T08:00:30Z'); // Monday 09:00:30, the reminder moment of 23 March
    await h.app.running.tick();
    expect(heard('dinsdag 23 maart 2027')).toEqual({ slack: ['niet'], teams: ['niet'] });
    // As if the scheduler stopped between the send and noting it: still 'sending', its lease run out.
    await h.tdb.db.pool.query(
      `UPDATE deliveries SET status = 'sending', claimed_by = 'elders', sent_at = NULL, lease_until = $1
        WHERE kind = 'cancel_notice' AND occurrence = '2027-03-23T14:00'`,
      [clock.now()],
    );
    clock.set('2027-03-22T08:01:30Z');
    expect(await slash('herstel 2027-03-23')).toContain(
      'De werkgroep krijgt één bericht dat ze toch doorgaat.',
    );
    await ticksAndRuns();
    expect(heard('dinsdag 23 maart 2027')).toEqual({ slack: ['niet', 'toch'], teams: ['niet', 'toch'] });
  });

  it('months on, the series keeps the herstel counts of the last four weeks and later only', async () => {
    const { rows } = await h.tdb.db.pool.query<{ definition: SeriesInput }>(
      'SELECT definition FROM meeting_series',
    );
    // Put back here: 3 November, 1 and 29 December, 26 January, 23 February, 23 March; the last change was on 22 March.
    expect(rows[0]?.definition.restored?.map((r) => r.originalStart).sort()).toEqual([
      '2027-02-23T14:00',
      '2027-03-23T14:00',
    ]);
    // Cancelled again after a herstel, as stored: no round of its own, counted from the herstel before.
    expect(rows[0]?.definition.exceptions?.filter((e) => e.kind === 'cancel')).toEqual([
      { kind: 'cancel', originalStart: '2027-01-26T14:00' },
      { kind: 'cancel', originalStart: '2027-02-23T14:00' },
    ]);
  });
});
