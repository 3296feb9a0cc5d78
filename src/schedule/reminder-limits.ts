import { DateTime } from 'luxon';
import { DEFAULT_TIME_ZONE, epochDayOf } from './local-time.ts';
import type { MeetingSeries } from './series-definition.ts';

/** The most days ahead an agenda call and a reminder may go, whatever the series (reminder-plan.ts). */
export const MAX_AGENDA_CALL_DAYS = 60;
export const MAX_REMINDER_DAYS = 30;

export interface ReminderDayLimits {
  readonly agendaCall: number;
  readonly reminder: number;
  /** The shortest interval of the rules still in force, in weeks; null without a series. */
  readonly everyWeeks: number | null;
}

/**
 * How many days before a meeting its agenda call and reminder may go out: fewer than the days
 * between two meetings, so neither goes out before the meeting that comes first, naming a later
 * one as "the next" and missing what is already planned for the first. Rules that ended before
 * `today` (an epoch day) do not count.
 */
export function reminderDayLimits(series: MeetingSeries | null, today: number): ReminderDayLimits {
  const inForce = (series?.segments ?? []).filter((s) => s.lastDay === null || s.lastDay >= today);
  if (inForce.length === 0)
    return { agendaCall: MAX_AGENDA_CALL_DAYS, reminder: MAX_REMINDER_DAYS, everyWeeks: null };
  const everyWeeks = Math.min(...inForce.map((s) => s.everyWeeks));
  const beforePrevious = everyWeeks * 7 - 1;
  return {
    agendaCall: Math.min(MAX_AGENDA_CALL_DAYS, beforePrevious),
    reminder: Math.min(MAX_REMINDER_DAYS, beforePrevious),
    everyWeeks,
  };
}

/** reminderDayLimits on the local day of `now` in the series' zone. */
export function reminderDayLimitsAt(series: MeetingSeries | null, now: Date): ReminderDayLimits {
  const zone = series?.timeZone ?? DEFAULT_TIME_ZONE;
  return reminderDayLimits(series, epochDayOf(DateTime.fromJSDate(now, { zone })));
}

/**
 * The limits for one meeting (its local start), the same on every day it is planned: the rules
 * in force at any time from MAX_AGENDA_CALL_DAYS before it count. Taken at `now` instead, they
 * lift the day a shorter rule ends, and a call planned under them moves into the past and is lost.
 */
export function reminderDayLimitsFor(series: MeetingSeries, start: DateTime): ReminderDayLimits {
  return reminderDayLimits(series, epochDayOf(start) - MAX_AGENDA_CALL_DAYS);
}

/**
 * Settings as they act for a series: days ahead beyond its limits (stored before the limits, or
 * the series meets more often since) count as the limit, so a call never names a later meeting.
 */
export function withinLimits<S extends { agendaCallDaysBefore: number; reminderDaysBefore: number }>(
  settings: S,
  limits: ReminderDayLimits,
): S {
  return {
    ...settings,
    agendaCallDaysBefore: Math.min(settings.agendaCallDaysBefore, limits.agendaCall),
    reminderDaysBefore: Math.min(settings.reminderDaysBefore, limits.reminder),
  };
}
