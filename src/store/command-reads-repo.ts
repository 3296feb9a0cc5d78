import { agendaFor, findActiepuntByNumber, openActiepunten, overlegMemberNames } from './agenda-repo.ts';
import { channelsOf } from './channels-repo.ts';
import { hasOpenRound, latestRoundOf } from './checkin-repo.ts';
import type { Queryable } from './database.ts';
import { werkgroepenWithNames } from './home-repo.ts';
import { findMemberByIdentity, projectleiderNames } from './members-repo.ts';
import { overlegForChannel } from './overleggen-repo.ts';
import { findOverleg, findSeries } from './rhythm-repo.ts';
import { bind } from './unit-of-work.ts';

/**
 * The few reads the text commands make themselves (src/commands/uses.ts): who typed, which
 * werkgroep a channel belongs to, its name and channels, and the state of a werkgroep (round, agenda, actiepunten, series).
 */
export const commandReadsRepository = (db: Queryable) =>
  bind(db, {
    findMemberByIdentity,
    overlegForChannel,
    werkgroepenWithNames,
    latestRoundOf,
    hasOpenRound,
    agendaFor,
    openActiepunten,
    findActiepuntByNumber,
    overlegMemberNames,
    findSeries,
    findOverleg,
    channelsOf,
    projectleiderNames,
  });
export type CommandReadsRepository = ReturnType<typeof commandReadsRepository>;
