import type { DateTime } from 'luxon';
import {
  epochDayOf,
  formatLocalDate,
  fromEpochDay,
  parseLocalDate,
  resolveOnDay,
  toEpochDay,
  weekdayOfEpochDay,
} from '../schedule/local-time.ts';
import {
  periodBeforeStuurgroep,
  previousTertiaal,
  type Tertiaal,
  tertiaalOf,
} from '../schedule/tertialen.ts';

/**
 * Which days a stuurgroep digest covers, and when its draft is made. Pure: dates in, dates out.
 *
 * - 'tertiaal' (the default): the tertiaal before the one the meeting falls in, so a meeting on
 *   15 October (T3) reads May-August (T2), whatever day of T3 it is;
 * - 'sinds-vorige': from the previous stuurgroep meeting's date up to the day before this one, so
 *   the periods join without a gap (what happens on a meeting day, after its digest went out,
 *   counts for the next one); the first meeting looks back four months (a tertiaal's length).
 */

export const PERIOD_KINDS = ['tertiaal', 'sinds-vorige'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface StuurgroepSettings {
  /** The draft is made this many days before the meeting (1-60). */
  readonly daysBefore: number;
  readonly periodKind: PeriodKind;
}

export const DEFAULT_STUURGROEP_SETTINGS: StuurgroepSettings = { daysBefore: 10, periodKind: 'tertiaal' };
export const MIN_DAYS_BEFORE = 1;
export const MAX_DAYS_BEFORE = 60;

/** The local hour the automatic draft is made, like the reminders' default send hour (09:00). */
export const DRAFT_HOUR = 9;

export interface DigestPeriod {
  /** The digest's label: '2026-T2', or 'SG-2026-10-15' for the time since the previous meeting. */
  readonly label: string;
  readonly from: string;
  readonly to: string;
  /** The tertiaal whose per-tertiaal figures (checklist, voortgang, trend) the digest reads. */
  readonly tertiaal: Tertiaal;
}

const SG_LABEL = /^SG-(\d{4}-\d{2}-\d{2})$/;

/** The meeting date behind a 'since the previous meeting' label, or null for a tertiaal. */
export function stuurgroepDateOfLabel(label: string): string | null {
  return SG_LABEL.exec(label)?.[1] ?? null;
}

export function tertiaalPeriod(t: Tertiaal): DigestPeriod {
  return { label: t.label, from: t.from, to: t.to, tertiaal: t };
}

function epochDay(date: string): number {
  const parsed = parseLocalDate(date);
  if (!parsed) throw new RangeError(`Geen geldige datum (verwacht JJJJ-MM-DD): ${date}`);
  return toEpochDay(parsed);
}

/**
 * The period the digest for the meeting on `meetingDate` covers. `dates` are the region's
 * stuurgroep dates (the meeting itself may be among them or not).
 */
export function periodForMeeting(
  dates: readonly string[],
  meetingDate: string,
  kind: PeriodKind,
): DigestPeriod {
  if (kind === 'tertiaal') return tertiaalPeriod(previousTertiaal(tertiaalOf(meetingDate)));
  const p = periodBeforeStuurgroep([...dates, meetingDate], meetingDate);
  if (!p) throw new RangeError(`Geen stuurgroepdatum: ${meetingDate}`);
  return { label: `SG-${meetingDate}`, from: p.from, to: p.to, tertiaal: tertiaalOf(p.to) };
}

/** The first meeting on or after `today`, or null. */
export function nextMeeting(dates: readonly string[], today: string): string | null {
  return [...dates].sort().find((d) => d >= today) ?? null;
}

/**
 * When the draft for a meeting is made: DRAFT_HOUR local time, `daysBefore` days before the
 * meeting, pulled back to the Friday when that is a weekend day (as the reminders do). Local
 * wall-clock time, so 09:00 in winter and in summer, also in the week the clocks change.
 */
export function draftMoment(meetingDate: string, daysBefore: number, zone: string): DateTime {
  let day = epochDay(meetingDate) - daysBefore;
  while (weekdayOfEpochDay(day) >= 6) day--;
  return resolveOnDay(day, { hour: DRAFT_HOUR, minute: 0 }, zone);
}

/** The local date ('YYYY-MM-DD') of the draft day. */
export function draftDay(meetingDate: string, daysBefore: number, zone: string): string {
  return formatLocalDate(fromEpochDay(epochDayOf(draftMoment(meetingDate, daysBefore, zone))));
}
