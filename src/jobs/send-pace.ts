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
  /** The send that began at `startedAt` was answered (whatever the answer). */
  answered(workspace: string, startedAt: number, now: number): void;
  /** When the latest 429's Retry-After for the workspace ends (0 when none). */
  pausedUntil(workspace: string): number;
  /** The workspaces whose Retry-After has not ended by `now`. */
  paused(now: number): string[];
  /** A send that started at `startedAt` went through. */
  sent(workspace: string, startedAt: number): void;
  /**
   * The platform answered 429 at `now` with this Retry-After, to a send that started at
   * `startedAt` (by default `now`).
   */
  limited(workspace: string, now: number, retryAfterMs: number, startedAt?: number): void;
  /** The learnt sends per second (0 while sent to freely), for tests and tracing. */
  rate(workspace: string): number;
}

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
/** A send not answered after this long no longer counts toward the second's. */
const LOST_AFTER_MS = 60_000;

interface WorkspacePace {
  pausedUntil: number;
  /** Sends per second; 0 while no rate has been learnt. */
  rate: number;
  nextAt: number;
  lastLimited: number;
  /** When the sends that went through started (the last few seconds'). */
  through: number[];
  /** The sends that count toward this second's: when each started, and until when it counts. */
  started: Array<{ readonly at: number; until: number }>;
  /** The lowest rate known to draw a 429 (what got through before one, or the pace it came at). */
  tooFast: number;
  /** The fastest pace kept up for a whole window without a 429. */
  held: number;
  /** Since when the current pace has been kept without a 429. */
  steadySince: number;
  /** A 429 to learn from once its pause is over: when the refused send started, and the pace then. */
  lesson: { readonly at: number; readonly pace: number } | undefined;
}

export function createSendPace(): SendPace {
  const paces = new Map<string, WorkspacePace>();
  const paceOf = (workspace: string): WorkspacePace => {
    let p = paces.get(workspace);
    if (!p) {
      p = fresh();
      paces.set(workspace, p);
    }
    return p;
  };
  return {
    reserve(workspace, now) {
      const p = paces.get(workspace);
      if (!p) return { waitMs: 0 };
      if (p.pausedUntil > now) return { pausedUntil: p.pausedUntil };
      learn(p, now);
      if (p.rate === 0) return { waitMs: 0 };
      if (now - p.lastLimited > FORGET_AFTER_MS) {
        Object.assign(p, fresh());
        return { waitMs: 0 };
      }
      probe(p, now);
      const at = Math.max(now, p.nextAt);
      p.nextAt = at + WINDOW_MS / p.rate;
      return { waitMs: at - now };
    },
    begin(workspace, now) {
      const p = paces.get(workspace);
      if (!p) return 0;
      if (p.pausedUntil > now) return p.pausedUntil - now;
      learn(p, now);
      // Answered a second ago, or never answered (the send's error was not reported).
      p.started = p.started.filter((s) => s.until > now && s.at + LOST_AFTER_MS > now);
      if (p.rate > 0 && p.started.length >= Math.floor(p.rate)) {
        // Held until the first counted send leaves the second; one still under way counts for a second more at least.
        const answered = p.started.filter((s) => s.until !== Number.POSITIVE_INFINITY);
        return answered.length > 0 ? Math.min(...answered.map((s) => s.until)) - now : WINDOW_MS;
      }
      p.started.push({ at: now, until: Number.POSITIVE_INFINITY });
      return 0;
    },
    answered(workspace, startedAt, now) {
      const s = paces
        .get(workspace)
        ?.started.find((s) => s.at === startedAt && s.until === Number.POSITIVE_INFINITY);
      if (s) s.until = Math.max(startedAt, now) + WINDOW_MS;
    },
    pausedUntil: (workspace) => paces.get(workspace)?.pausedUntil ?? 0,
    paused: (now) => [...paces].flatMap(([workspace, p]) => (p.pausedUntil > now ? [workspace] : [])),
    sent(workspace, startedAt) {
      const p = paceOf(workspace);
      // Kept long enough to look back a second from a refused send once its pause is over.
      trim(p.through, Math.max(startedAt, p.through.at(-1) ?? startedAt), 3 * WINDOW_MS);
      // Answers come back out of order: kept sorted by start.
      let i = p.through.length;
      while (i > 0 && p.through[i - 1]! > startedAt) i--;
      p.through.splice(i, 0, startedAt);
    },
    limited(workspace, now, retryAfterMs, startedAt = now) {
      const p = paceOf(workspace);
      // Sends already under way when the first 429 came are refused too: the same lesson, once.
      const echo = now < p.pausedUntil;
      p.pausedUntil = Math.max(p.pausedUntil, now + retryAfterMs);
      p.nextAt = Math.max(p.nextAt, p.pausedUntil);
      p.lastLimited = now;
      // Learnt from the second before the latest refused start: a send that reached the platform
      // late (a busy process) may have started well before the window filled.
      if (!echo || !p.lesson) p.lesson = { at: startedAt, pace: p.rate };
      else if (startedAt > p.lesson.at) p.lesson = { at: startedAt, pace: p.lesson.pace };
    },
    rate: (workspace) => paces.get(workspace)?.rate ?? 0,
  };
}

function fresh(): WorkspacePace {
  return {
    pausedUntil: 0,
    rate: 0,
    nextAt: 0,
    lastLimited: 0,
    through: [],
    started: [],
    tooFast: Number.POSITIVE_INFINITY,
    held: 0,
    steadySince: 0,
    lesson: undefined,
  };
}

/**
 * Drops the times `span` or longer before `now` from the front (the times are in order): a time
 * is gone once `now` has reached it plus `span`, the same edge at which begin lets a send's second end.
 */
function trim(times: number[], now: number, span: number): void {
  let old = 0;
  while (old < times.length && times[old]! + span <= now) old++;
  if (old > 0) times.splice(0, old);
}

/** After a 429's pause: the new pace, from what got through in the second before it. */
function learn(p: WorkspacePace, now: number): void {
  const lesson = p.lesson;
  if (!lesson || now < p.pausedUntil) return;
  p.lesson = undefined;
  const through = p.through.filter((t) => t > lesson.at - WINDOW_MS && t <= lesson.at).length;
  if (lesson.pace === 0) {
    // The first 429: sent freely until then.
    if (through < MIN_LEARNT) return;
    p.tooFast = Math.min(p.tooFast, through);
    p.rate = MARGIN * through;
  } else {
    // A 429 at this pace: it is too fast.
    const at = Math.min(lesson.pace, through >= MIN_LEARNT ? through : lesson.pace);
    p.tooFast = Math.min(p.tooFast, at);
    if (p.held > 0 && p.held < lesson.pace) {
      // A step up went too far: back to the pace that held, and no more steps up.
      p.tooFast = Math.min(p.tooFast, p.held / CEILING);
      p.rate = p.held;
    } else if (p.held > 0) {
      // At a pace that held before: the limit came down a little (or the sends bunched).
      p.held = 0;
      p.rate = MARGIN * at;
    } else {
      // Never held: learnt from a burst that also held the end of the platform's previous window.
      p.rate = BACK_OFF * at;
    }
  }
  p.steadySince = now;
}

/** A pace kept up for a whole window without a 429 holds; then a step up, below the lowest that drew one. */
function probe(p: WorkspacePace, now: number): void {
  if (now - p.steadySince < HOLDS_AFTER_MS) return;
  // Only when the workspace was kept busy at this pace (else it says nothing about the limit): the
  // sends of a second that ended a moment ago (most of their answers are in by now).
  const through = p.through.filter(
    (t) => t > now - WINDOW_MS - ANSWERED_WITHIN_MS && t <= now - ANSWERED_WITHIN_MS,
  );
  if (through.length < BUSY * p.rate) return;
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
