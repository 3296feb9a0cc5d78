import { audit } from './audit-repo.ts';
import { channelsOf, linkChannel } from './channels-repo.ts';
import { memberCountOf, recordRequest } from './checkin-repo.ts';
import type { Database, Queryable } from './database.ts';
import { findOverleg, findSeries, saveSeries } from './rhythm-repo.ts';
import { bind, unitOfWork } from './unit-of-work.ts';
import {
  addOverlegMembers,
  insertOverleg,
  installedTeamsConversation,
  lockChannel,
  overlegByName,
  overleggenOfChannel,
  overlegMadeByRequest,
  overlegNamesOfRegion,
  regionMembers,
  regionName,
  unlinkChannel,
  werkgroepNamesOfRegion,
} from './werkgroep-setup-repo.ts';

/**
 * Everything src/werkgroep-setup/ reads and writes: the region and its members, the werkgroep, its
 * series and members, the channels linked to it, the request keys of the set-up form, the logbook.
 */
export const werkgroepSetupRepository = (db: Queryable) =>
  bind(db, {
    regionName,
    regionMembers,
    overlegByName,
    overlegNamesOfRegion,
    werkgroepNamesOfRegion,
    overlegMadeByRequest,
    findOverleg,
    findSeries,
    memberCountOf,
    channelsOf,
    overleggenOfChannel,
    installedTeamsConversation,
    recordRequest,
    insertOverleg,
    saveSeries,
    addOverlegMembers,
    lockChannel,
    linkChannel,
    unlinkChannel,
    audit,
  });
export type WerkgroepSetupRepository = ReturnType<typeof werkgroepSetupRepository>;

/** The werkgroep set-up's repositories on the pool, and in one transaction (src/core.ts builds it once). */
export const werkgroepSetupStore = (db: Database) => unitOfWork(db, werkgroepSetupRepository);
export type WerkgroepSetupStore = ReturnType<typeof werkgroepSetupStore>;
