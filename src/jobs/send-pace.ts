/**
 * How fast one process sends to each workspace, learnt from the platform's 429s.
 *
 * Without it every sender runs into the limit, waits out the Retry-After and runs into it again:
 * a workspace then sits idle for most of each second (the fan-out reached 62-73 % of the allowed
 * rate). After a 429 the workspace is paused for its Retry-After (always honoured), and from then
 * on its sends are spaced evenly, so they keep just under the limit instead of bouncing off it.
 *
 * The pace is learnt once the pause is over (by then every send under way has answered): the
 * sends that went through in the second before the refused one started. Counted that way a first
 * burst can still hold the end of the platform's previous window (up to twice its limit), so a
 * 429 while paced lowers the pace (to the fastest pace that held, else by a fifth); a pace kept
 * up for two seconds without a 429 holds, and is raised by small steps, never above just under the
 * lowest pace that drew a 429. Shared by every tick and worker of the process (one per notifier);
 * times are the injected clock's.
 */
export interface SendPace {
  /**
   * Reserves the next send to `workspace`: how long to wait first (ms, 0 at once), or `paused`
   * with the moment a 429's Retry-After ends (nothing may be sent before it).
   */
  reserve(workspace: string, now: number): { readonly waitMs: number } | { readonly pausedUntil: number };
  /**
   * A reserved send is about to start: 0 when it may (it is counted), else how long to hold it.
   * Never during a 429's pause, and never more than the learnt rate in one second: a send counts
   * from its start until a second after its answer, so no second, however the platform counts
   * its window, receives more, also when sends that waited start late together after a stall, or
   * reach the platform late and together (a busy process).
   */
  begin(workspace: string, now: number): number;
  /**
   * The send that began at `startedAt` was answered at `now`: it went through, failed otherwise,
   * or the platform refused it with a 429 and this Retry-After.
   */
  answered(workspace: string, startedAt: number, now: number, answer: SendAnswer): void;
  /** When the latest 429's Retry-After for the workspace ends (0 when none). */
  pausedUntil(workspace: string): number;
  /** The workspaces whose Retry-After has not ended by `now`. */
  paused(now: number): string[];
}

export type SendAnswer = 'sent' | 'failed' | { readonly retryAfterMs: number };

/** The first pace is this share of what got through in the second before the first 429. */
const MARGIN = 0.95;
/** A 429 while paced, with no pace known to hold: the pace is lowered to this share. */
const BACK_OFF = 0.8;
/** Probing upward stops at this share of the lowest rate known to draw a 429. */
const CEILING = 0.99;
/** A pace kept up this long without a 429 (a whole window of the platform's, wherever it starts) holds. */
const HOLDS_AFTER_MS = 2_000;
/** A pace holds only when this share of it went through in a second (the workspace was kept busy). */
const BUSY = 0.9;
/** A send is answered within this long, mostly: the second looked back at ends this long ago. */
const ANSWERED_WITHIN_MS = 100;
/** Too few sends before a 429 to learn a rate from (a single send, a long pause): only pause. */
const MIN_LEARNT = 5;
/** After this long without a 429 a workspace is sent to freely again (its limit may have risen). */
const FORGET_AFTER_MS = 10 * 60_000;
const WINDOW_MS = 1_000;
/** A send that went through is kept this long after its start, to learn from. */
const KEPT_MS = 3 * WINDOW_MS;
/** A send not answered after this long no longer counts toward the second's. */
const LOST_AFTER_MS = 60_000;

interface Send {
  readonly at: number;
  /** Until when it counts toward the second's sends: a second after its answer (until then, always). */
  until: number;
  through: boolean;
}

/** What was learnt from the workspace's 429s. */
interface Pace {
  /** Sends per second. */
  rate: number;
  nextAt: number;
  /** The lowest rate known to draw a 429 (what got through before one, or the pace it came at). */
  tooFast: number;
  /** The fastest pace kept up for a whole window without a 429 (0: none since the last lowering). */
  held: number;
  /** Since when the current pace has been kept without a 429. */
  steadySince: number;
}

interface Workspace {
  pausedUntil: number;
  lastLimited: number;
  /** The latest start of a send refused in this pause, learnt from once it is over (-Infinity: none). */
  refusedAt: number;
  /** The latest sends, in the order they began. */
  sends: Send[];
  /** Undefined while sent to freely. */
  pace: Pace | undefined;
}

export function createSendPace(): SendPace {
  const workspaces = new Map<string, Workspace>();
  const workspaceOf = (workspace: string): Workspace => {
    let w = workspaces.get(workspace);
    if (!w) {
      w = { pausedUntil: 0, lastLimited: 0, refusedAt: Number.NEGATIVE_INFINITY, sends: [], pace: undefined };
      workspaces.set(workspace, w);
    }
    return w;
  };
  return {
    reserve(workspace, now) {
      const w = workspaces.get(workspace);
      if (!w) return { waitMs: 0 };
      if (w.pausedUntil > now) return { pausedUntil: w.pausedUntil };
      learn(w, now);
      const p = w.pace;
      if (!p) return { waitMs: 0 };
      if (now - w.lastLimited > FORGET_AFTER_MS) {
        w.pace = undefined;
        return { waitMs: 0 };
      }
      probe(p, w.sends, now);
      const at = Math.max(now, p.nextAt);
      p.nextAt = at + WINDOW_MS / p.rate;
      return { waitMs: at - now };
    },
    begin(workspace, now) {
      const w = workspaceOf(workspace);
      if (w.pausedUntil > now) return w.pausedUntil - now;
      learn(w, now);
      const { counted, firstAnswered } = keepLatest(w.sends, now);
      if (w.pace && counted >= Math.floor(w.pace.rate)) {
        // Held until the first counted send leaves the second; one still under way counts for a second more at least.
        return firstAnswered === Number.POSITIVE_INFINITY ? WINDOW_MS : firstAnswered - now;
      }
      w.sends.push({ at: now, until: Number.POSITIVE_INFINITY, through: false });
      return 0;
    },
    answered(workspace, startedAt, now, answer) {
      const w = workspaceOf(workspace);
      const send = w.sends.find((s) => s.at === startedAt && s.until === Number.POSITIVE_INFINITY);
      if (send) {
        send.until = Math.max(startedAt, now) + WINDOW_MS;
        send.through = answer === 'sent';
      }
      if (typeof answer === 'object') limited(w, now, answer.retryAfterMs, startedAt);
    },
    pausedUntil: (workspace) => workspaces.get(workspace)?.pausedUntil ?? 0,
    paused: (now) => [...workspaces].flatMap(([workspace, w]) => (w.pausedUntil > now ? [workspace] : [])),
  };
}

/** A 429 at `now` to a send that started at `startedAt`: the pause, and the lesson for after it. */
function limited(w: Workspace, now: number, retryAfterMs: number, startedAt: number): void {
  // Sends already under way when the first 429 came are refused too: the same lesson, once, learnt
  // from the second before the latest refused start (a send that reached the platform late, in a
  // busy process, may have started well before the window filled).
  const echo = now < w.pausedUntil;
  w.refusedAt = echo ? Math.max(w.refusedAt, startedAt) : startedAt;
  w.pausedUntil = Math.max(w.pausedUntil, now + retryAfterMs);
  w.lastLimited = now;
}

/**
 * Drops the sends that neither count toward the second's any more (answered a second ago, or never
 * answered) nor are kept to learn from; returns how many count, and when the first answered of
 * those stops counting.
 */
function keepLatest(sends: Send[], now: number): { counted: number; firstAnswered: number } {
  let kept = 0;
  let counted = 0;
  let firstAnswered = Number.POSITIVE_INFINITY;
  for (const s of sends) {
    const counts = s.until > now && s.at + LOST_AFTER_MS > now;
    if (counts) {
      counted++;
      if (s.until < firstAnswered) firstAnswered = s.until;
    }
    if (counts || (s.through && s.at + KEPT_MS > now)) sends[kept++] = s;
  }
  sends.length = kept;
  return { counted, firstAnswered };
}

/** How many of the sends that started in `(from, to]` went through. */
function throughIn(sends: readonly Send[], from: number, to: number): number {
  let n = 0;
  for (const s of sends) if (s.through && s.at > from && s.at <= to) n++;
  return n;
}

/** After a 429's pause: the new pace, from what got through in the second before it. */
function learn(w: Workspace, now: number): void {
  const at = w.refusedAt;
  if (at === Number.NEGATIVE_INFINITY || now < w.pausedUntil) return;
  w.refusedAt = Number.NEGATIVE_INFINITY;
  const through = throughIn(w.sends, at - WINDOW_MS, at);
  const p = w.pace;
  if (!p) {
    // The first 429: sent freely until then.
    if (through >= MIN_LEARNT) {
      w.pace = { rate: MARGIN * through, nextAt: 0, tooFast: through, held: 0, steadySince: now };
    }
    return;
  }
  // A 429 at this pace: it is too fast.
  const tooFast = Math.min(p.rate, through >= MIN_LEARNT ? through : p.rate);
  p.tooFast = Math.min(p.tooFast, tooFast);
  if (p.held > 0 && p.held < p.rate) {
    // A step up went too far: back to the pace that held, and no more steps up.
    p.tooFast = Math.min(p.tooFast, p.held / CEILING);
    p.rate = p.held;
  } else if (p.held > 0) {
    // At a pace that held before: the limit came down a little (or the sends bunched).
    p.held = 0;
    p.rate = MARGIN * tooFast;
  } else {
    // Never held: learnt from a burst that also held the end of the platform's previous window.
    p.rate = BACK_OFF * tooFast;
  }
  p.steadySince = now;
}

/** A pace kept up for a whole window without a 429 holds; then a step up, below the lowest that drew one. */
function probe(p: Pace, sends: readonly Send[], now: number): void {
  if (now - p.steadySince < HOLDS_AFTER_MS) return;
  // Only when the workspace was kept busy at this pace (else it says nothing about the limit): the
  // sends of a second that ended a moment ago (most of their answers are in by now).
  const through = throughIn(sends, now - WINDOW_MS - ANSWERED_WITHIN_MS, now - ANSWERED_WITHIN_MS);
  if (through < BUSY * p.rate) return;
  p.held = Math.max(p.held, p.rate);
  const ceiling = CEILING * p.tooFast;
  // Halfway to the ceiling, by 2-5 % a step: a step too far costs a pause.
  const step = Math.min(0.05 * p.rate, Math.max(0.02 * p.rate, (ceiling - p.rate) / 2));
  if (p.rate < ceiling) p.rate = Math.min(ceiling, p.rate + step);
  p.steadySince = now;
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
 * Waits for the workspace's next slot, and begins the send (tell the pace when it is answered). A 429's pause shorter than `maxWaitMs` is waited out here
 * (the delivery stays with this tick instead of waiting for the next); a longer one, or one that
 * has not ended by the clock after waiting, returns when it ends, for the caller to retry then.
 */
export async function waitForSlot(
  pace: SendPace,
  workspace: string,
  now: () => number,
  maxWaitMs: number,
): Promise<{ readonly startedAt: number } | { readonly pausedUntil: number }> {
  for (let waited = false; ; ) {
    const at = now();
    const slot = pace.reserve(workspace, at);
    if ('waitMs' in slot) {
      if (slot.waitMs > 0) await sleep(slot.waitMs);
      // Too many this second: held until one leaves the second, and counted again (all held ones
      // let through at once would go over the learnt rate: the 429s of a paced workspace).
      let startedAt = now();
      let hold = pace.begin(workspace, startedAt);
      while (hold > 0 && pace.pausedUntil(workspace) <= now()) {
        await sleep(hold);
        startedAt = now();
        hold = pace.begin(workspace, startedAt);
      }
      if (hold === 0) return { startedAt };
      // A 429 came meanwhile: wait it out.
      continue;
    }
    if (waited || slot.pausedUntil - at > maxWaitMs) return slot;
    await sleep(slot.pausedUntil - at);
    waited = true;
  }
}
