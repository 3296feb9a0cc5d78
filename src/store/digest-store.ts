import { audit } from './audit-repo.ts';
import type { Database, Queryable } from './database.ts';
import {
  addPublishDeliveries,
  replaceDraftPlan,
  stuurgroepChannelTargets,
} from './digest-deliveries-repo.ts';
import { digestFiguresRepository } from './digest-repo.ts';
import {
  findVersion,
  insertDraft,
  latestPublished,
  lockRegionDrafts,
  markPublished,
  newestVersion,
  regionMembersMark,
  updateDraft,
  versionByToken,
} from './digest-versions-repo.ts';
import { findMemberByIdentity } from './members-repo.ts';
import { overlegForChannel } from './overleggen-repo.ts';
import { findOverleg } from './rhythm-repo.ts';
import {
  addStuurgroepDate,
  findProjectleiderTarget,
  lockRegionForPlanning,
  projectleiderTargets,
  regionsWithStuurgroepDates,
  removeStuurgroepDate,
  saveStuurgroepSettings,
  stuurgroepDates,
  stuurgroepSettingsOf,
} from './stuurgroep-repo.ts';
import { bind, unitOfWork } from './unit-of-work.ts';

/**
 * Everything src/digest/ reads and writes: the figures, the versions, the stuurgroep's calendar
 * and channels, the digest's deliveries, and the member, werkgroep and logbook lines around them.
 */
export const digestRepository = (db: Queryable) => ({
  ...digestFiguresRepository(db),
  ...bind(db, {
    newestVersion,
    regionMembersMark,
    lockRegionDrafts,
    findVersion,
    latestPublished,
    versionByToken,
    insertDraft,
    updateDraft,
    markPublished,
    stuurgroepDates,
    addStuurgroepDate,
    removeStuurgroepDate,
    stuurgroepSettingsOf,
    saveStuurgroepSettings,
    regionsWithStuurgroepDates,
    projectleiderTargets,
    findProjectleiderTarget,
    lockRegionForPlanning,
    replaceDraftPlan,
    addPublishDeliveries,
    stuurgroepChannelTargets,
    overlegForChannel,
    findOverleg,
    findMemberByIdentity,
    audit,
  }),
});
export type DigestRepository = ReturnType<typeof digestRepository>;

/** The digest's repositories on the pool, and in one transaction (src/core.ts builds it once). */
export const digestStore = (db: Database) => unitOfWork(db, digestRepository);
export type DigestStore = ReturnType<typeof digestStore>;
