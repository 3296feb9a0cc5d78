import { constants } from 'node:os';

/**
 * SIGTERM and SIGINT, listened for as long as Schakel runs. The first starts a clean shutdown.
 * A signal to a whole process group (`kill -TERM -- -<pgid>`, docker stop, systemd, Ctrl-C under
 * `npm start`) reaches Schakel twice, once directly and once passed on by npm: the same signal
 * again within SAME_SIGNAL_MS is that one signal and is not counted. Further ones while the
 * shutdown is under way are told about and otherwise ignored; the third, an operator insisting,
 * ends Schakel at once (exit 128 + the signal's number).
 */
export function stopSignals(
  on: { on(signal: NodeJS.Signals, listener: () => void): unknown },
  told: (signal: string, left: number) => void,
  exit: (code: number) => void,
  now: () => number = Date.now,
): Promise<string> {
  let seen = 0;
  let last: { signal: string; at: number } | undefined;
  return new Promise<string>((resolve) => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      on.on(signal, () => {
        const at = now();
        const echo = last !== undefined && last.signal === signal && at - last.at < SAME_SIGNAL_MS;
        last = { signal, at };
        if (echo) return;
        seen += 1;
        if (seen === 1) resolve(signal);
        else if (seen < FORCE_AT) told(signal, FORCE_AT - seen);
        else exit(128 + constants.signals[signal]);
      });
    }
  });
}

/** The how-manieth signal ends Schakel without finishing its shutdown. */
export const FORCE_AT = 3;
/** The same signal twice within this many milliseconds is one signal delivered twice. */
export const SAME_SIGNAL_MS = 1000;
