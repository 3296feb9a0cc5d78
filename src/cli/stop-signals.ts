import { constants } from 'node:os';

/**
 * SIGTERM and SIGINT, listened for as long as Schakel runs. The first starts a clean shutdown.
 * Further ones while it is under way are told about and otherwise ignored: a signal to a whole
 * process group (docker stop, systemd, Ctrl-C under `npm start`) reaches Schakel twice, once
 * directly and once passed on by npm, and the second must not cut the shutdown short. The third
 * signal, an operator insisting, ends Schakel at once (exit 128 + the signal's number).
 */
export function stopSignals(
  on: { on(signal: NodeJS.Signals, listener: () => void): unknown },
  told: (signal: string, left: number) => void,
  exit: (code: number) => void,
): Promise<string> {
  let seen = 0;
  return new Promise<string>((resolve) => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      on.on(signal, () => {
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
