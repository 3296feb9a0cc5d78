import { audit, auditEntries } from './audit-repo.ts';
import type { Database, Queryable } from './database.ts';
import { failedDeliveries } from './deliveries-repo.ts';
import {
  addHolidayPeriod,
  findOverleg,
  findSeries,
  holidayPeriodsOf,
  lockOverlegForPlanning,
  lockRegionHolidays,
  overlegIdsOfRegion,
  reminderSettingsOf,
  removeHolidayPeriods,
  saveReminderSettings,
} from './rhythm-repo.ts';
import { bind, unitOfWork } from './unit-of-work.ts';

/** What src/admin/ reads and writes: the logbook, the failed messages, the reminder settings and the holidays. */
export const adminRepository = (db: Queryable) =>
  bind(db, {
    findOverleg,
    findSeries,
    auditEntries,
    failedDeliveries,
    reminderSettingsOf,
    saveReminderSettings,
    addHolidayPeriod,
    holidayPeriodsOf,
    lockOverlegForPlanning,
    lockRegionHolidays,
    overlegIdsOfRegion,
    removeHolidayPeriods,
    audit,
  });
export type AdminRepository = ReturnType<typeof adminRepository>;

/** The admin commands' repositories on the pool, and in one transaction (src/core.ts builds it once). */
export const adminStore = (db: Database) => unitOfWork(db, adminRepository);
export type AdminStore = ReturnType<typeof adminStore>;
