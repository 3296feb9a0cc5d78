import { channelsOf } from './channels-repo.ts';
import { claimAndStoreCheckins } from './checkin-batch-repo.ts';
import {
  cardClosed,
  cardNotClosed,
  claimOpenCards,
  directTargetsOf,
  findDirectTarget,
  roundsWithCardsLeft,
} from './checkin-deliveries-repo.ts';
import {
  findAnswer,
  findRoundAccess,
  findRoundByOccurrence,
  forgetRequestsBefore,
  hasAnswered,
  levelsOf,
  markRoundClosed,
  memberCountOf,
  openDaysOf,
  openRound,
  recordRequest,
  regionNameOf,
  saveAnswer,
  setOpenDays,
} from './checkin-repo.ts';
import { storeCheckinAtOnce } from './checkin-submit-repo.ts';
import {
  agreedChecklist,
  lastAgreedChecklist,
  lastMemberChecklist,
  memberChecklist,
  saveAgreedChecklist,
  saveMemberChecklist,
  saveVoortgang,
  voortgangOf,
} from './checklist-repo.ts';
import type { Database, Queryable } from './database.ts';
import { addDeliveries } from './deliveries-repo.ts';
import { figuresPublished } from './digest-versions-repo.ts';
import { claimInTransaction } from './handled-requests-repo.ts';
import {
  appendUpdate,
  changesIn,
  dropRaisedBeyond,
  openAtStartOf,
  raisedBy,
  saveRaised,
  updatesBy,
} from './knelpunten-repo.ts';
import { findMemberByIdentity } from './members-repo.ts';
import { findOverleg, reminderSettingsOf } from './rhythm-repo.ts';
import { bind, unitOfWork } from './unit-of-work.ts';

/**
 * Everything src/checkin/ reads and writes for a round: the round and who may answer it, the
 * answers, knelpunten, checklists and voortgang, the request keys, the werkgroep's settings and
 * channels, the round's own deliveries, and the member a platform user is.
 */
export const checkinRepository = (db: Queryable) =>
  bind(db, {
    findOverleg,
    setOpenDays,
    openDaysOf,
    reminderSettingsOf,
    channelsOf,
    openRound,
    directTargetsOf,
    claimOpenCards,
    cardClosed,
    cardNotClosed,
    roundsWithCardsLeft,
    addDeliveries,
    findMemberByIdentity,
    findRoundAccess,
    findRoundByOccurrence,
    findDirectTarget,
    hasAnswered,
    markRoundClosed,
    forgetRequestsBefore,
    changesIn,
    levelsOf,
    memberCountOf,
    findAnswer,
    raisedBy,
    updatesBy,
    openAtStartOf,
    agreedChecklist,
    memberChecklist,
    lastMemberChecklist,
    lastAgreedChecklist,
    voortgangOf,
    figuresPublished,
    regionNameOf,
    recordRequest,
    storeCheckinAtOnce,
    claimAndStoreCheckin: claimAndStoreCheckins,
    claimInTransaction,
    saveAnswer,
    saveRaised,
    dropRaisedBeyond,
    appendUpdate,
    saveAgreedChecklist,
    saveMemberChecklist,
    saveVoortgang,
  });
export type CheckinRepository = ReturnType<typeof checkinRepository>;

/** The check-in's repositories on the pool, and in one transaction (src/core.ts builds it once). */
export const checkinStore = (db: Database) => unitOfWork(db, checkinRepository);
export type CheckinStore = ReturnType<typeof checkinStore>;
