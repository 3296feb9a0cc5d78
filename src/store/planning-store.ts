import { channelsOf } from './channels-repo.ts';
import type { Database, Queryable } from './database.ts';
import { replacePlan, replacePlans } from './deliveries-repo.ts';
import { findSeries, lockOverlegForPlanning, lockPlanningInputs, reminderSettingsOf } from './rhythm-repo.ts';
import { toldCancellations } from './told-cancellations-repo.ts';
import { bind, unitOfWork } from './unit-of-work.ts';

/** What src/jobs/plan-deliveries.ts reads and writes: series, settings, channels and the cancellations told in, the plan out. */
export const planningRepository = (db: Queryable) =>
  bind(db, {
    lockOverlegForPlanning,
    findSeries,
    reminderSettingsOf,
    channelsOf,
    replacePlan,
    lockPlanningInputs,
    replacePlans,
    toldCancellations,
  });
export type PlanningRepository = ReturnType<typeof planningRepository>;

/** The planner's repositories on the pool, and in one transaction. */
export const planningStore = (db: Database) => unitOfWork(db, planningRepository);
export type PlanningStore = ReturnType<typeof planningStore>;
