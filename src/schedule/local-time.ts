import { DateTime, IANAZone } from 'luxon';
import { cacheZoneOffsets } from './zone-offsets.ts';

/**
 * Local (wall-clock) dates and times without a zone, and the one place where a wall-clock
 * time becomes an instant. Dates are counted as "epoch days" (days since 1970-01-01 in the
 * proleptic Gregorian calendar) so that "plus 28 days" is integer arithmetic: a series keeps
 * its wall-clock time whatever the UTC offset does, and leap days fall out of the calendar.
 */

export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface LocalTime {
  readonly hour: number;
  readonly minute: number;
}

export interface LocalDateTime extends LocalDate, LocalTime {}

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;
const DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** SCHAKEL_TIMEZONE when it is not set: the one place the installation's default zone is named. */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

cacheZoneOffsets();

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; Date.UTC is arithmetic, not a clock.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The years a date may have. PostgreSQL has no year 0 (a typed "0000-01-01" failed in the
 * database, after the checks) and no date Schakel keeps lies that far back: from 1000 on, a
 * tertiaal's previous one is a year PostgreSQL knows too. Up to 2999, a series' meetings fall in
 * years of four figures, as a calendar file needs ("wijzig vanaf 9999-12-31" put the first meeting
 * in the year 10000 and made the ICS feed unreadable).
 */
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 2999;

function validDate(year: number, month: number, day: number): boolean {
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 'YYYY-MM-DD' → parts, or null when the text is not a real calendar date (e.g. 2026-02-29). */
export function parseLocalDate(text: string): LocalDate | null {
  const m = DATE_PATTERN.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDate(year, month, day) ? { year, month, day } : null;
}

/** 'HH:mm' (00:00-23:59) → parts, or null. */
export function parseLocalTime(text: string): LocalTime | null {
  const m = TIME_PATTERN.exec(text);
  if (!m) return null;
  const [hour, minute] = [Number(m[1]), Number(m[2])];
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/** 'YYYY-MM-DDTHH:mm' → parts, or null. */
export function parseLocalDateTime(text: string): LocalDateTime | null {
  const m = DATE_TIME_PATTERN.exec(text);
  if (!m) return null;
  const date = parseLocalDate(`${m[1]}-${m[2]}-${m[3]}`);
  const time = parseLocalTime(`${m[4]}:${m[5]}`);
  return date && time ? { ...date, ...time } : null;
}

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

export function toEpochDay(date: LocalDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromEpochDay(epochDay: number): LocalDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfEpochDay(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/** Saturday or Sunday. */
export const isWeekendDay = (epochDay: number): boolean => weekdayOfEpochDay(epochDay) >= 6;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatLocalDate(date: LocalDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export function formatLocalDateTime(value: LocalDateTime): string {
  return `${formatLocalDate(value)}T${pad(value.hour)}:${pad(value.minute)}`;
}

/** Epoch day of the local calendar date an instant falls on in its own zone. */
export function epochDayOf(instant: DateTime): number {
  return toEpochDay({ year: instant.year, month: instant.month, day: instant.day });
}

/** The local date ('YYYY-MM-DD') of an instant in the given zone. */
export function localDateOf(instant: DateTime, zone: string): string {
  return formatLocalDate(instant.setZone(zone));
}

/** The local calendar date of `now` in `zone` (SCHAKEL_TIMEZONE): what "vandaag" means. */
export function todayIn(now: Date, zone: string): LocalDate {
  const local = DateTime.fromJSDate(now, { zone });
  return { year: local.year, month: local.month, day: local.day };
}

/** The local date ('YYYY-MM-DD') of `now` in `zone`: what "today" is for a deadline or a meeting. */
export function todayIsoIn(now: Date, zone: string): string {
  return formatLocalDate(todayIn(now, zone));
}

/**
 * Wall-clock time in a zone → instant, following RFC 5545 §3.3.5 so that Schakel and every
 * calendar client agree on the same instant:
 * - a time that does not exist (02:30 on the last Sunday of March in Europe/Amsterdam) is read
 *   with the offset before the gap, i.e. it moves forward by the gap: 03:30 CEST;
 * - a time that exists twice (02:30 on the last Sunday of October) is the first one, 02:30 CEST.
 * Luxon on its own picks the second for ambiguous times, hence getPossibleOffsets.
 */
export function resolveLocal(value: LocalDateTime, zone: string): DateTime {
  const naive = DateTime.fromObject(
    { year: value.year, month: value.month, day: value.day, hour: value.hour, minute: value.minute },
    { zone },
  );
  if (!naive.isValid)
    throw new RangeError(`Ongeldige tijd of tijdzone: ${formatLocalDateTime(value)} ${zone}`);
  let earliest = naive;
  for (const candidate of naive.getPossibleOffsets()) {
    if (candidate.toMillis() < earliest.toMillis()) earliest = candidate;
  }
  return earliest;
}

/** False for a wall-clock time skipped by a summer-time change (02:30 on 29 March 2026 in Amsterdam). */
export function existsLocally(value: LocalDateTime, zone: string): boolean {
  const instant = resolveLocal(value, zone);
  return instant.day === value.day && instant.hour === value.hour && instant.minute === value.minute;
}

/** Wall-clock time on an epoch day → instant (see resolveLocal). */
export function resolveOnDay(epochDay: number, time: LocalTime, zone: string): DateTime {
  return resolveLocal({ ...fromEpochDay(epochDay), ...time }, zone);
}

/** ISO 8601 with the local UTC offset and no milliseconds: "2026-04-06T14:00:00+02:00". */
export function isoWithOffset(instant: DateTime): string {
  return instant.toISO({ suppressMilliseconds: true }) ?? '';
}
