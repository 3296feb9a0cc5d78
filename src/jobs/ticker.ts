import { schedule } from 'node-cron';
import type { Logger } from '../logger.ts';
import type { SchedulerStore } from '../store/scheduler-store.ts';
import { closeCardsLeft } from './cards-left.ts';
import { DEFAULT_BATCH, type DeliverDeps, deliverDue } from './deliver-due.ts';
import { planAll } from './plan-deliveries.ts';

const HORIZON_EVERY_MS = 6 * 60 * 60 * 1000;

export interface Ticker {
  /**
   * One tick now (what cron calls every minute): drains what is due and resolves when that is done.
   * When the plan is due to move on, the tick starts that run beside it, never in front of it.
   */
  tick(): Promise<void>;
  /**
   * Drains what is due now, without the planning: for work that was just queued (a slow command's
   * answer). During a drain it drains once more after it, so nothing queued meanwhile waits a minute.
   */
  wake(): Promise<void>;
  /** Resolves when the planning runs started so far have finished (for tests and stop). */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The scheduler's heartbeat: every minute it asks PostgreSQL what is due and
 * drains it. Every few hours it also writes the plan further ahead, in the background and in
 * short transactions, so deliveries keep going while it runs. Both are idempotent, so a double
 * tick, a restart or a second replica does no harm.
 */
export function startTicker(
  deps: DeliverDeps & {
    store: SchedulerStore;
    logger: Logger;
    timeZone: string;
    cron: string | false;
    /** Counts a stored series the planning run skipped (it breaks the series rules). */
    onSeriesNotPlanned?: () => void;
  },
): Ticker {
  const { horizon } = deps.store;
  let running: Promise<void> | undefined;
  let housekeeping: Promise<void> | undefined;
  let lastPlan = 0;
  let stopped = false;
  let again = false;

  /** `ticked`: a tick's drain, not a wake's (which comes between ticks, seconds apart). */
  const drain = async (ticked: boolean) => {
    // Cards a platform did not change when their round closed (a tick ago or more): first, so a
    // card refused during this drain waits for the next tick. Only a tick tries them: a wake is no
    // minute later, and spends none of their few tries.
    if (ticked)
      await closeCardsLeft(deps).catch((err: Error) =>
        deps.logger.warn({ err }, 'check-inkaarten van gesloten rondes niet opnieuw geprobeerd'),
      );
    const batch = deps.batchSize ?? DEFAULT_BATCH;
    for (;;) {
      again = false;
      const r = await deliverDue({ ...deps, stop: () => stopped });
      const handled = r.sent + r.retried + r.failed + r.skipped;
      if (handled > 0) deps.logger.info(r, 'berichten verwerkt');
      if (stopped || (handled < batch && !again)) break;
    }
  };

  /** Planning ahead: slow at scale, so beside the ticks, one at a time. (The bewaartermijn runs on its own: retention.ts.) */
  const housekeep = async () => {
    const now = deps.clock.now().getTime();
    if (now - lastPlan >= HORIZON_EVERY_MS) {
      lastPlan = now;
      const planned = await planAll(horizon, deps.clock.now(), {
        stop: () => stopped,
        timeZone: deps.timeZone,
        logger: deps.logger,
        onRefused: deps.onSeriesNotPlanned,
      }).catch((err: Error) => {
        lastPlan = 0; // try again on the next tick
        throw err;
      });
      deps.logger.debug({ planned }, 'planning bijgewerkt');
      // What the run made due now goes out without waiting for the next minute.
      if (!stopped) await tick();
    }
  };

  const startHousekeeping = () => {
    if (housekeeping || stopped) return;
    const now = deps.clock.now().getTime();
    if (now - lastPlan < HORIZON_EVERY_MS) return;
    housekeeping = housekeep()
      .catch((err: Error) => deps.logger.error({ err }, 'planning mislukt'))
      .finally(() => {
        housekeeping = undefined;
      });
  };

  /**
   * A tick or a wake: when a drain is under way, drain once more after it (what was just queued, or
   * what fell due since it asked: the caller of a tick counts on what is due now being done).
   */
  const drainNow = async (by: 'tick' | 'wake'): Promise<void> => {
    if (stopped) return;
    if (running) {
      // never two drains at once in one process
      again = true;
      return running;
    }
    running = drain(by === 'tick')
      .catch((err: Error) => deps.logger.error({ err }, 'planner-tick mislukt'))
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  const tick = async (): Promise<void> => {
    if (stopped) return;
    startHousekeeping();
    return drainNow('tick');
  };

  const task =
    deps.cron === false
      ? undefined
      : schedule(deps.cron, tick, {
          timezone: deps.timeZone,
          noOverlap: true,
          logger: cronLogger(deps.logger),
        });
  return {
    tick,
    wake: () => drainNow('wake'),
    async settled() {
      while (housekeeping || running) await (housekeeping ?? running);
    },
    async stop() {
      stopped = true;
      await task?.stop();
      await housekeeping;
      await running;
    },
  };
}

/**
 * A tick that also waits for the planning it may have started: for the local chat's moved clock
 * and for tests, where what a tick did must be visible when it returns. Cron never waits like this.
 */
export async function tickAndSettle(ticker: Ticker): Promise<void> {
  await ticker.tick();
  await ticker.settled();
}

/**
 * node-cron's own lines through our logger instead of its coloured console output. Its warnings
 * (a minute missed because the process was busy, or the previous tick still ran) are harmless:
 * what is due is claimed by its time, so the next tick sends it.
 */
export function cronLogger(logger: Logger) {
  return {
    info: (message: string) => logger.debug({ cron: message }, 'planner-klok'),
    debug: (message: string | Error) => logger.debug({ cron: String(message) }, 'planner-klok'),
    warn: (message: string) =>
      logger.info({ cron: message }, 'planner-klok: een minuut overgeslagen; de volgende tick haalt het in'),
    error: (message: string | Error, err?: Error) =>
      logger.error({ err: err ?? message }, 'planner-klok: fout'),
  };
}
