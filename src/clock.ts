/** Time is passed in, never read from the machine inside the core. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock for tests and replays that only moves when told to. */
export function manualClock(
  start: Date | string,
): Clock & { set(t: Date | string): void; advance(ms: number): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (next) => {
      t = new Date(next).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

/**
 * Local mode only: a clock that runs with `base` but can be moved ahead ("Bijeenkomst afronden"),
 * never back, so what the scheduler already sent stays in the past.
 */
export function movableClock(base: Clock = systemClock): Clock & { moveTo(t: Date): boolean } {
  let offset = 0;
  return {
    now: () => new Date(base.now().getTime() + offset),
    moveTo(t) {
      const ahead = t.getTime() - (base.now().getTime() + offset);
      if (ahead <= 0) return false;
      offset += ahead;
      return true;
    },
  };
}
