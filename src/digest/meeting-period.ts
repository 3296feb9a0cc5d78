import { parseLocalDate } from '../schedule/local-time.ts';
import { parseTertiaal, previousTertiaal, tertiaalOf } from '../schedule/tertialen.ts';
import type { DigestRepository } from '../store/digest-store.ts';
import {
  type DigestPeriod,
  nextMeeting,
  periodForMeeting,
  stuurgroepDateOfLabel,
  tertiaalPeriod,
} from './stuurgroep-period.ts';

/** The period of the digest for the region's stuurgroep meeting on `meetingDate`, by its settings. */
/** The stuurgroep's dates and settings, on the pool or in a transaction. */
export type StuurgroepCalendarReads = Pick<DigestRepository, 'stuurgroepDates' | 'stuurgroepSettingsOf'>;

export async function periodOfMeeting(
  calendar: StuurgroepCalendarReads,
  regionId: string,
  meetingDate: string,
): Promise<DigestPeriod> {
  // In turn: `calendar` may be a transaction's, which runs one query at a time.
  const dates = await calendar.stuurgroepDates(regionId);
  const settings = await calendar.stuurgroepSettingsOf(regionId);
  return periodForMeeting(dates, meetingDate, settings.periodKind);
}

/**
 * What `samenvatting [arg]` is about: a tertiaal ('2026-T2'), the meeting on a date ('2026-10-15'
 * or a draft's own 'SG-2026-10-15'), or, without one, the coming stuurgroep meeting (the tertiaal
 * before today's when none is planned). Null when the argument is neither.
 */
export async function periodForCommand(
  calendar: StuurgroepCalendarReads,
  regionId: string,
  arg: string | null,
  today: string,
): Promise<DigestPeriod | null> {
  if (arg === null) {
    const next = nextMeeting(await calendar.stuurgroepDates(regionId), today);
    return next
      ? periodOfMeeting(calendar, regionId, next)
      : tertiaalPeriod(previousTertiaal(tertiaalOf(today)));
  }
  const t = parseTertiaal(arg);
  if (t) return tertiaalPeriod(t);
  const date = stuurgroepDateOfLabel(arg) ?? arg;
  return parseLocalDate(date) ? periodOfMeeting(calendar, regionId, date) : null;
}
