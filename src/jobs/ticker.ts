import { schedule } from 'node-cron';
import type { Logger } from '../logger.ts';
import type { Database } from '../store/database.ts';
import { DEFAULT_BATCH, type DeliverDeps, deliverDue } from './deliver-due.ts';
import { planAll } from './plan-deliveries.ts';
import { deleteExpiredFreeText } from './retention.ts';

const HORIZON_EVERY_MS = 6 * 60 * 60 * 1000;
const RETENTION_EVERY_MS = 24 * 60 * 60 * 1000;

export interface Ticker {
  /** One tick now (what cron calls every minute); resolves when the work it found is done. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The scheduler's heartbeat: every minute it asks PostgreSQL what is due and
 * drains it. Every few hours it also writes the plan further ahead. Both are
 * idempotent, so a double tick, a restart or a second replica does no harm.
 */
export function startTicker(
  deps: DeliverDeps & {
    db: Database;
    logger: Logger;
    timeZone: string;
    cron: string | false;
    retentionMonths: number;
  },
): Ticker {
  let running: Promise<void> | undefined;
  let lastPlan = 0;
  let lastRetention = 0;
  let stopped = false;

  const work = async () => {
    const now = deps.clock.now().getTime();
    if (now - lastPlan >= HORIZON_EVERY_MS) {
      const planned = await planAll(deps.db, deps.clock.now());
      lastPlan = now;
      deps.logger.debug({ planned }, 'planning bijgewerkt');
    }
    if (now - lastRetention >= RETENTION_EVERY_MS) {
      const removed = await deleteExpiredFreeText(deps.db, deps.clock.now(), deps.retentionMonths);
      lastRetention = now;
      deps.logger.info({ removed, months: deps.retentionMonths }, 'bewaartermijn toegepast');
    }
    const batch = deps.batchSize ?? DEFAULT_BATCH;
    for (;;) {
      const r = await deliverDue(deps);
      if (r.sent + r.retried + r.failed + r.skipped > 0) deps.logger.info(r, 'berichten verwerkt');
      if (stopped || r.sent + r.retried + r.failed + r.skipped < batch) break;
    }
  };

  const tick = async () => {
    if (stopped) return;
    if (running) return running; // never two ticks at once in one process
    running = work()
      .catch((err: Error) => deps.logger.error({ err: err.message }, 'planner-tick mislukt'))
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  const task =
    deps.cron === false ? undefined : schedule(deps.cron, tick, { timezone: deps.timeZone, noOverlap: true });
  return {
    tick,
    async stop() {
      stopped = true;
      await task?.stop();
      await running;
    },
  };
}
