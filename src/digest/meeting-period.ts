import { parseLocalDate } from '../schedule/local-time.ts';
import { parseTertiaal, previousTertiaal, tertiaalOf } from '../schedule/tertialen.ts';
import type { Queryable } from '../store/database.ts';
import { stuurgroepDates, stuurgroepSettingsOf } from '../store/stuurgroep-repo.ts';
import {
  type DigestPeriod,
  nextMeeting,
  periodForMeeting,
  stuurgroepDateOfLabel,
  tertiaalPeriod,
} from './stuurgroep-period.ts';

/** The period of the digest for the region's stuurgroep meeting on `meetingDate`, by its settings. */
export async function periodOfMeeting(
  db: Queryable,
  regionId: string,
  meetingDate: string,
): Promise<DigestPeriod> {
  // In turn: `db` may be a transaction's client, which runs one query at a time.
  const dates = await stuurgroepDates(db, regionId);
  const settings = await stuurgroepSettingsOf(db, regionId);
  return periodForMeeting(dates, meetingDate, settings.periodKind);
}

/**
 * What `samenvatting [arg]` is about: a tertiaal ('2026-T2'), the meeting on a date ('2026-10-15'
 * or a draft's own 'SG-2026-10-15'), or, without one, the coming stuurgroep meeting (the tertiaal
 * before today's when none is planned). Null when the argument is neither.
 */
export async function periodForCommand(
  db: Queryable,
  regionId: string,
  arg: string | null,
  today: string,
): Promise<DigestPeriod | null> {
  if (arg === null) {
    const next = nextMeeting(await stuurgroepDates(db, regionId), today);
    return next ? periodOfMeeting(db, regionId, next) : tertiaalPeriod(previousTertiaal(tertiaalOf(today)));
  }
  const t = parseTertiaal(arg);
  if (t) return tertiaalPeriod(t);
  const date = stuurgroepDateOfLabel(arg) ?? arg;
  return parseLocalDate(date) ? periodOfMeeting(db, regionId, date) : null;
}
