import { DateTime, IANAZone } from 'luxon';
import { words } from '../messages/catalogue/words.ts';
import { readableDate } from '../messages/readable-date.ts';
import { epochDayOf, parseLocalDate, toEpochDay } from '../schedule/local-time.ts';
import { nextAllowedMoment, type ReminderSettings } from '../schedule/reminder-plan.ts';
import { tertiaalOf } from '../schedule/tertialen.ts';

export const DEFAULT_OPEN_DAYS = 7;

export interface RoundTimes {
  readonly closesAt: Date;
  /** The one nudge, halfway, moved out of quiet hours and weekends; null when that is too late. */
  readonly nudgeAt: Date | null;
}

/**
 * When a round opened at `openedAt` nudges and closes. Days are calendar days in the werkgroep's
 * zone, so a round opened at 15:31 closes at 15:31 a week later, also across a summer-time change.
 * The nudge and the summary follow the werkgroep's quiet hours like every other message.
 */
export function roundTimes(
  openedAt: Date,
  openDays: number,
  settings: ReminderSettings,
  zone: string,
): RoundTimes {
  const opened = DateTime.fromJSDate(openedAt, { zone });
  const closes = opened.plus({ days: openDays });
  const halfway = opened.plus({ milliseconds: (closes.toMillis() - opened.toMillis()) / 2 });
  const nudge = nextAllowedMoment(halfway, settings);
  return {
    closesAt: closes.toJSDate(),
    nudgeAt: nudge.toMillis() < closes.toMillis() ? nudge.toJSDate() : null,
  };
}

/** When the summary goes to the channel: at closing, or the next polite moment after it. */
export function summaryTime(closesAt: Date, settings: ReminderSettings, zone: string): Date {
  return nextAllowedMoment(DateTime.fromJSDate(closesAt, { zone }), settings).toJSDate();
}

/**
 * "dinsdag 6 oktober 2026" for a local date 'YYYY-MM-DD'; "Tuesday 6 October 2026" when English
 * is spoken (src/messages/locale.ts).
 */
export function dutchLocalDate(localDate: string): string {
  const d = parseLocalDate(localDate);
  if (!d) throw new RangeError(`not a local date: ${localDate}`);
  return readableDate(toEpochDay(d));
}

/** "dinsdag 13 oktober 2026 om 15:31" for an instant, in the werkgroep's zone (or in English). */
export function dutchMoment(at: Date, zone: string): string {
  // The zone's offset at that instant (cached per hour, zone-offsets.ts) and plain arithmetic:
  // a Luxon DateTime and its toFormat cost more, and a check-in's ack words this moment.
  const offset = IANAZone.create(zone).offset(at.getTime());
  if (!Number.isFinite(offset)) {
    const local = DateTime.fromJSDate(at, { zone });
    return words().dates.moment(readableDate(epochDayOf(local)), local.toFormat('HH:mm'));
  }
  const localMs = at.getTime() + offset * 60_000;
  const minutes = Math.floor(localMs / 60_000) - Math.floor(localMs / MS_PER_DAY) * 1_440;
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return words().dates.moment(readableDate(Math.floor(localMs / MS_PER_DAY)), time);
}

const MS_PER_DAY = 86_400_000;

/** The tertiaal of a meeting date, as stored ('2026-T3') and as read ("september t/m december 2026"). */
export function tertiaalOfMeeting(meetingDate: string): { label: string; period: string } {
  const t = tertiaalOf(meetingDate);
  const first = (t.number - 1) * 4;
  const { months, tertiaal } = words().dates;
  return { label: t.label, period: tertiaal(months[first] ?? '', months[first + 3] ?? '', t.year) };
}
