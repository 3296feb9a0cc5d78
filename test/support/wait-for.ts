import { setTimeout as pause } from 'node:timers/promises';

/**
 * How long a test waits for something it expects to happen. Generous on purpose: on a busy
 * two-core machine an event can take seconds, and a passing test never waits this long, because
 * every wait ends at the event itself.
 */
export const WAIT_BOUND_MS = 20_000;

/** How often `waitFor` looks again at something that cannot tell it when it changes. */
const LOOK_AGAIN_MS = 10;

/**
 * Waits until `probe` returns something (not undefined, null or false) and returns it: a row
 * that appears, a call a stand-in received, a line in a log. Fails after `timeoutMs` naming
 * `what` it waited for. Never a way to let time pass: each test waits for an event.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = WAIT_BOUND_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined && found !== null && found !== false) return found;
    if (Date.now() > deadline) throw new Error(`Gewacht op ${what}, ${timeoutMs} ms lang, tevergeefs`);
    await pause(LOOK_AGAIN_MS);
  }
}
