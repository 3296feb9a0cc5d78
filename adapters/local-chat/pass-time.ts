import type { Clock } from '../../src/clock.ts';

/** One day in milliseconds: "Een dag verder" moves the clock this far, "Een week verder" seven times. */
export const DAY = 86_400_000;
/** At most this far in one step: the scheduler plans ahead as it goes, so nothing lies beyond its plan. */
const LONGEST_STEP_MS = 7 * DAY;
/** Ticks in a row at one moment (an invitation queues the forms it opens, due at once): then move on. */
const TICKS_AT_ONE_MOMENT = 3;
/** A bound on one jump, whatever the plan holds. */
const MAX_STEPS = 5_000;

/**
 * Local mode's "Een dag verder", "Een week verder" and "Bijeenkomst afronden": the clock does not
 * leap to `target` but stops at each moment a message falls due on the way, and the scheduler's
 * tick runs there, as it would have when that time passed. So a jump delivers what fell due
 * during it, on time, and the lateness rules of real operation (a reminder more than six hours
 * late is skipped) stay as they are.
 */
export async function passTimeTo(
  target: Date,
  d: {
    clock: Clock & { moveTo(t: Date): boolean };
    /** The first moment a waiting message falls due, up to the given one (null when none does). */
    firstDueUntil: (until: Date) => Promise<Date | null>;
    /** One scheduler tick, its planning included, finished when it returns. */
    tick: () => Promise<void>;
  },
): Promise<void> {
  let atOneMoment = 0;
  for (let step = 0; step < MAX_STEPS; step++) {
    const now = d.clock.now().getTime();
    const stop = Math.min(target.getTime(), now + LONGEST_STEP_MS);
    const due = await d.firstDueUntil(new Date(stop));
    if (due === null || due.getTime() > now) {
      atOneMoment = 0;
      d.clock.moveTo(new Date(due?.getTime() ?? stop));
    } else if (++atOneMoment > TICKS_AT_ONE_MOMENT) {
      // What stays due after several ticks waits for something else (a retry): on to the target.
      d.clock.moveTo(target);
      break;
    }
    await d.tick();
    if (due === null && stop >= target.getTime()) break;
  }
  // What the last tick queued for the target itself (the forms an invitation opened).
  await d.tick();
}
