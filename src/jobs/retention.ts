import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { RetentionCounts } from '../store/retention-repo.ts';

const LOOK_EVERY_MS = 60 * 60 * 1000;
const RETENTION_EVERY_MS = 24 * LOOK_EVERY_MS;

/**
 * Bewaartermijn: free text older than the retention period is deleted
 * (`deleteFreeTextBefore` in src/store/retention-repo.ts says what goes).
 * The moment before which text goes: `months` calendar months before now.
 */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/** What the retention run deletes: old free text, and the reply links of commands already answered. */
export interface RetentionStore {
  /** Null when another process is applying the bewaartermijn right now (it holds the run's lock). */
  deleteFreeTextBefore(cutoff: Date): Promise<RetentionCounts | null>;
  forgetAnsweredCommands(): Promise<number>;
}

export interface Retention {
  /**
   * Runs the bewaartermijn now if a day has passed by the clock since the last run (or none ran
   * yet), and resolves when the run under way has finished: the scheduler's tick in tests and in
   * the local chat, whose clock moves ahead, calls it too.
   */
  runIfDue(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The bewaartermijn in every process that owns the database, with or without the scheduler
 * (SCHAKEL_SCHEDULER=false must not keep text past its term): one run at start, then one a day by
 * the clock, each in the background; the process looks every `lookEveryMs` (an hour) whether a
 * day has passed. A run is idempotent, so a restart or replicas running it the same day do no
 * harm; one that fails is logged and tried again at the next look.
 */
export function startRetention(deps: {
  store: RetentionStore;
  clock: Clock;
  months: number;
  logger: Logger;
  lookEveryMs?: number;
}): Retention {
  let running: Promise<void> | undefined;
  let lastRun: number | undefined;
  let stopped = false;
  const runIfDue = (): Promise<void> => {
    const now = deps.clock.now();
    const due = lastRun === undefined || now.getTime() - lastRun >= RETENTION_EVERY_MS;
    if (!running && due && !stopped) {
      running = (async () => {
        const removed = await deps.store.deleteFreeTextBefore(retentionCutoff(now, deps.months));
        // A slow command's details (its reply link) are kept only until its answer went out.
        const commands = await deps.store.forgetAnsweredCommands();
        lastRun = now.getTime();
        // Not "0 removed": that would read as nothing being old enough. The other process's run
        // covers today (it logs its own counts, and tries again itself if it fails).
        if (removed === null)
          deps.logger.info(
            { commands, months: deps.months },
            'bewaartermijn niet toegepast: een andere Schakel-instantie past hem op dit moment toe',
          );
        else deps.logger.info({ removed, commands, months: deps.months }, 'bewaartermijn toegepast');
      })()
        .catch((err: Error) => deps.logger.error({ err }, 'bewaartermijn mislukt'))
        .finally(() => {
          running = undefined;
        });
    }
    return running ?? Promise.resolve();
  };
  void runIfDue();
  const timer = setInterval(runIfDue, deps.lookEveryMs ?? LOOK_EVERY_MS);
  timer.unref();
  return {
    runIfDue,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
