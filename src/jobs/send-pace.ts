/**
 * How fast one process sends to each workspace, learnt from the platform's 429s.
 *
 * Without it every sender runs into the limit, waits out the Retry-After and runs into it again:
 * a workspace then sits idle for most of each second (the fan-out reached 62-73 % of the allowed
 * rate). After a 429 the workspace is paused for its Retry-After (always honoured), and from then
 * on its sends are spaced evenly at a little under what got through in the second before the
 * 429, so they keep just under the limit instead of bouncing off it. Shared by every tick and
 * worker of the process (one per notifier); times are the injected clock's.
 */
export interface SendPace {
  /**
   * Reserves the next send to `workspace`: how long to wait first (ms, 0 at once), or `paused`
   * with the moment a 429's Retry-After ends (nothing may be sent before it).
   */
  reserve(workspace: string, now: number): { readonly waitMs: number } | { readonly pausedUntil: number };
  /**
   * A reserved send is about to start: 0 when it may (it is counted), else how long to hold it.
   * No more sends start in one second than the learnt rate, also when sends that waited for
   * their slot start late together (after a stall); never during a 429's pause.
   */
  begin(workspace: string, now: number): number;
  /** When the latest 429's Retry-After for the workspace ends (0 when none). */
  pausedUntil(workspace: string): number;
  /** The workspaces whose Retry-After has not ended by `now`. */
  paused(now: number): string[];
  /** A send went through. */
  sent(workspace: string, now: number): void;
  /** The platform answered 429 with this Retry-After. */
  limited(workspace: string, now: number, retryAfterMs: number): void;
}

/** Sends are kept to this share of what got through in the second before a 429. */
const MARGIN = 0.95;
/** Too few sends before a 429 to learn a rate from (a single send, a long pause): only pause. */
const MIN_LEARNT = 5;
/** After this long without a 429 a workspace is sent to freely again (its limit may have risen). */
const FORGET_AFTER_MS = 10 * 60_000;
const WINDOW_MS = 1_000;

interface WorkspacePace {
  pausedUntil: number;
  /** Spacing between sends; 0 while no rate has been learnt. */
  intervalMs: number;
  nextAt: number;
  lastLimited: number;
  /** When recent sends went through (the last second's). */
  recent: number[];
  /** When recent sends started (the last second's). */
  started: number[];
}

export function createSendPace(): SendPace {
  const paces = new Map<string, WorkspacePace>();
  const paceOf = (workspace: string): WorkspacePace => {
    let p = paces.get(workspace);
    if (!p) {
      p = { pausedUntil: 0, intervalMs: 0, nextAt: 0, lastLimited: 0, recent: [], started: [] };
      paces.set(workspace, p);
    }
    return p;
  };
  const trim = (times: number[], now: number) => {
    let old = 0;
    while (old < times.length && times[old]! <= now - WINDOW_MS) old++;
    if (old > 0) times.splice(0, old);
  };
  return {
    reserve(workspace, now) {
      const p = paces.get(workspace);
      if (!p) return { waitMs: 0 };
      if (p.pausedUntil > now) return { pausedUntil: p.pausedUntil };
      if (p.intervalMs === 0) return { waitMs: 0 };
      if (now - p.lastLimited > FORGET_AFTER_MS) {
        p.intervalMs = 0;
        return { waitMs: 0 };
      }
      const at = Math.max(now, p.nextAt);
      p.nextAt = at + p.intervalMs;
      return { waitMs: at - now };
    },
    begin(workspace, now) {
      const p = paces.get(workspace);
      if (!p) return 0;
      if (p.pausedUntil > now) return p.pausedUntil - now;
      trim(p.started, now);
      if (p.intervalMs > 0 && p.started.length >= Math.floor(WINDOW_MS / p.intervalMs)) {
        return p.started[0]! + WINDOW_MS - now;
      }
      p.started.push(now);
      return 0;
    },
    pausedUntil: (workspace) => paces.get(workspace)?.pausedUntil ?? 0,
    paused: (now) => [...paces].flatMap(([workspace, p]) => (p.pausedUntil > now ? [workspace] : [])),
    sent(workspace, now) {
      const p = paceOf(workspace);
      trim(p.recent, now);
      p.recent.push(now);
    },
    limited(workspace, now, retryAfterMs) {
      const p = paceOf(workspace);
      trim(p.recent, now);
      // Sends already under way when the first 429 came are refused too: the same lesson, once.
      const echo = now < p.pausedUntil;
      p.pausedUntil = Math.max(p.pausedUntil, now + retryAfterMs);
      p.nextAt = Math.max(p.nextAt, p.pausedUntil);
      p.lastLimited = now;
      const through = p.recent.length;
      if (!echo && through >= MIN_LEARNT) {
        // Still too fast at the learnt pace: slow down a little more each time.
        p.intervalMs = Math.max(WINDOW_MS / (through * MARGIN), p.intervalMs * 1.05);
      }
    },
  };
}

const perNotifier = new WeakMap<object, SendPace>();

/** The pace shared by everything in this process that sends through `notifier`. */
export function sendPaceOf(notifier: object): SendPace {
  let pace = perNotifier.get(notifier);
  if (!pace) {
    pace = createSendPace();
    perNotifier.set(notifier, pace);
  }
  return pace;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits for the workspace's next slot. A 429's pause shorter than `maxWaitMs` is waited out here
 * (the delivery stays with this tick instead of waiting for the next); a longer one, or one that
 * has not ended by the clock after waiting, returns when it ends, for the caller to retry then.
 */
export async function waitForSlot(
  pace: SendPace,
  workspace: string,
  now: () => number,
  maxWaitMs: number,
): Promise<{ readonly pausedUntil: number } | null> {
  for (let waited = false; ; ) {
    const at = now();
    const slot = pace.reserve(workspace, at);
    if ('waitMs' in slot) {
      if (slot.waitMs > 0) await sleep(slot.waitMs);
      // Too many started this second: held until a start leaves the second, and counted again (all
      // held ones let through at once would go over the learnt rate: the 429s of a paced workspace).
      let hold = pace.begin(workspace, now());
      while (hold > 0 && pace.pausedUntil(workspace) <= now()) {
        await sleep(hold);
        hold = pace.begin(workspace, now());
      }
      if (hold === 0) return null;
      // A 429 came meanwhile: wait it out.
      continue;
    }
    if (waited || slot.pausedUntil - at > maxWaitMs) return slot;
    await sleep(slot.pausedUntil - at);
    waited = true;
  }
}
