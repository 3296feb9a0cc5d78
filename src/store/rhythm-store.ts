import { audit } from './audit-repo.ts';
import type { Database, Queryable } from './database.ts';
import { findMemberByIdentity } from './members-repo.ts';
import { overlegForChannel, werkgroepenOf } from './overleggen-repo.ts';
import { planningRepository } from './planning-store.ts';
import {
  findOverleg,
  findSeriesByIcsToken,
  holidayPeriodsOf,
  replaceIcsToken,
  saveSeries,
} from './rhythm-repo.ts';
import { bind, unitOfWork } from './unit-of-work.ts';

/**
 * Everything src/rhythm/ reads and writes: the overleggen and their series, the ICS link, the
 * holidays, the logbook, the member and channel a meeting is looked up by, and the planner's
 * repository (a changed series is planned again).
 */
export const rhythmRepository = (db: Queryable) => ({
  ...planningRepository(db),
  ...bind(db, {
    findOverleg,
    findSeriesByIcsToken,
    saveSeries,
    replaceIcsToken,
    holidayPeriodsOf,
    audit,
    overlegForChannel,
    werkgroepenOf,
    findMemberByIdentity,
  }),
});
export type RhythmRepository = ReturnType<typeof rhythmRepository>;

/** The rhythm's repositories on the pool, and in one transaction (src/core.ts builds it once). */
export const rhythmStore = (db: Database) => unitOfWork(db, rhythmRepository);
export type RhythmStore = ReturnType<typeof rhythmStore>;
