import { channelsOf } from './channels-repo.ts';
import type { Database, Queryable } from './database.ts';
import { replacePlan, replacePlans } from './deliveries-repo.ts';
import { heardNotices } from './heard-notices-repo.ts';
import { findSeries, lockOverlegForPlanning, lockPlanningInputs, reminderSettingsOf } from './rhythm-repo.ts';
import { bind, unitOfWork } from './unit-of-work.ts';

/** What src/jobs/plan-deliveries.ts reads and writes: series, settings, channels and the notices heard in, the plan out. */
export const planningRepository = (db: Queryable) =>
  bind(db, {
    lockOverlegForPlanning,
    findSeries,
    reminderSettingsOf,
    channelsOf,
    replacePlan,
    lockPlanningInputs,
    replacePlans,
    heardNotices,
  });
export type PlanningRepository = ReturnType<typeof planningRepository>;

/** The planner's repositories on the pool, and in one transaction. */
export const planningStore = (db: Database) => unitOfWork(db, planningRepository);
export type PlanningStore = ReturnType<typeof planningStore>;
