import { agendasOfMany, openActiepuntenOfMany } from './agenda-repo.ts';
import { channelsOfMany } from './channels-repo.ts';
import { checkinStore } from './checkin-store.ts';
import type { Database } from './database.ts';
import { claimDue, markFinal, markRetry, markSentMany, renewLease, sentKeys } from './deliveries-repo.ts';
import { digestStore } from './digest-store.ts';
import { localeOfUser } from './member-locale-repo.ts';
import { planningStore } from './planning-store.ts';
import { holidayPeriodsOfRegions, overleggenWithSeries } from './rhythm-repo.ts';
import { bind } from './unit-of-work.ts';

/**
 * Everything the scheduler (src/jobs/) reads and writes: claiming and marking deliveries, the
 * languages of their recipients, the meetings and channels of a claimed batch, the round a
 * check-in invitation opens, and planning ahead (the retention run has retention-repo.ts). Built once by the composition
 * (adapters/main.ts), so the jobs never hold the pool.
 */
export function schedulerStore(db: Database) {
  return {
    deliveries: {
      ...bind(db.pool, { markSentMany, markRetry, markFinal, renewLease, localeOfUser, sentKeys }),
      claimDue: (...args: Tail<Parameters<typeof claimDue>>) => claimDue(db, ...args),
    },
    meetings: bind(db.pool, {
      overleggenWithSeries,
      holidayPeriodsOfRegions,
      agendasOfMany,
      openActiepuntenOfMany,
      channelsOfMany,
    }),
    checkin: checkinStore(db),
    horizon: { planning: planningStore(db), digest: digestStore(db) },
  };
}
export type SchedulerStore = ReturnType<typeof schedulerStore>;

type Tail<T extends readonly unknown[]> = T extends readonly [unknown, ...infer R] ? R : never;
