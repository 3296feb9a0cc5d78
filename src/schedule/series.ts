import type { DateTime } from 'luxon';
import {
  epochDayOf,
  formatLocalDateTime,
  fromEpochDay,
  parseLocalDateTime,
  resolveLocal,
  resolveOnDay,
} from './local-time.ts';
import { findSegmentOfOriginal, type MeetingSeries, type Segment } from './series-definition.ts';
import { movedPartOf } from './series-schema.ts';

/**
 * Expanding a meeting series into occurrences. Occurrence k of a segment falls on
 * anchorDay + k·everyWeeks·7 local calendar days, at the same wall-clock time: 14:00 stays 14:00
 * on both sides of a summer-time change while the UTC instant moves by an hour. Wall-clock times
 * that do not exist or exist twice are resolved as RFC 5545 does (see resolveLocal), so calendar
 * clients reading our ICS feed land on the very same instants.
 *
 * All DateTimes returned are in the series' zone.
 */

export {
  defineSeries,
  type MeetingSeries,
  type OccurrenceException,
  type Segment,
  type SeriesChange,
  type SeriesInput,
} from './series-definition.ts';

export type OccurrenceStatus = 'scheduled' | 'moved' | 'cancelled';

export interface Occurrence {
  /** 0-based position in the whole series (over all versions of the rule), by original date. */
  readonly index: number;
  /** Number of the version of the rule (segment) that produced it. */
  readonly segment: number;
  /** Identity of the occurrence: the local start the rule gave it, 'YYYY-MM-DDTHH:mm'. */
  readonly originalLocal: string;
  /** Where the rule put it. */
  readonly originalStart: DateTime;
  /** Where it takes place (or, cancelled, would have); equal to originalStart unless moved. */
  readonly start: DateTime;
  readonly end: DateTime;
  readonly status: OccurrenceStatus;
  readonly location: string | undefined;
  readonly onlineUrl: string | undefined;
}

/** Occurrence number k of a segment, with its exception (if any) applied. */
export function occurrenceOf(series: MeetingSeries, segment: Segment, k: number): Occurrence {
  const day = segment.anchorDay + k * segment.periodDays;
  const originalLocal = formatLocalDateTime({ ...fromEpochDay(day), ...segment.time });
  const originalStart = resolveOnDay(day, segment.time, series.timeZone);
  const base = {
    index: segment.firstIndex + k,
    segment: segment.number,
    originalLocal,
    originalStart,
  };
  const exception = series.exceptions.get(originalLocal);
  const moved = movedPartOf(exception);
  if (moved) {
    const local = parseLocalDateTime(moved.start);
    if (!local) throw new Error(`validated move target did not parse: ${moved.start}`);
    const start = resolveLocal(local, series.timeZone);
    return {
      ...base,
      start,
      end: start.plus({ minutes: moved.durationMinutes ?? segment.durationMinutes }),
      // Cancelled after it was moved: called off where the werkgroep expected it.
      status: exception?.kind === 'cancel' ? 'cancelled' : 'moved',
      location: moved.location ?? segment.location,
      onlineUrl: moved.onlineUrl ?? segment.onlineUrl,
    };
  }
  return {
    ...base,
    start: originalStart,
    // Elapsed minutes, not wall-clock: a 90-minute meeting lasts 90 minutes across a change.
    end: originalStart.plus({ minutes: segment.durationMinutes }),
    status: exception?.kind === 'cancel' ? 'cancelled' : 'scheduled',
    location: segment.location,
    onlineUrl: segment.onlineUrl,
  };
}

function inWindow(instant: DateTime, from: DateTime, to: DateTime): boolean {
  const ms = instant.toMillis();
  return ms >= from.toMillis() && ms < to.toMillis();
}

/**
 * The occurrences that start in [from, to), sorted by start. Cancelled ones are included so that
 * callers can say "vervalt"; moved ones count where they moved to, also when cancelled there.
 * Cost is proportional to the window, not to the age of the series: the first grid position in
 * the window is computed, not searched for.
 */
export function expandOccurrences(series: MeetingSeries, from: DateTime, to: DateTime): Occurrence[] {
  if (to.toMillis() <= from.toMillis()) return [];
  const fromDay = epochDayOf(from.setZone(series.timeZone));
  const toDay = epochDayOf(to.setZone(series.timeZone));
  const found: Occurrence[] = [];
  for (const segment of series.segments) {
    if (toDay < segment.anchorDay || segment.count === 0) continue;
    const kMin =
      fromDay <= segment.anchorDay ? 0 : Math.ceil((fromDay - segment.anchorDay) / segment.periodDays);
    let kMax = Math.floor((toDay - segment.anchorDay) / segment.periodDays);
    if (segment.count !== null) kMax = Math.min(kMax, segment.count - 1);
    for (let k = kMin; k <= kMax; k++) {
      const occurrence = occurrenceOf(series, segment, k);
      // Moved occurrences (cancelled there or not) are collected below, where they moved to.
      if (movedPartOf(series.exceptions.get(occurrence.originalLocal))) continue;
      if (inWindow(occurrence.start, from, to)) found.push(occurrence);
    }
  }
  for (const exception of series.exceptions.values()) {
    if (!movedPartOf(exception)) continue;
    const at = findSegmentOfOriginal(series.segments, exception.originalStart);
    if (!at) continue;
    const occurrence = occurrenceOf(series, at.segment, at.k);
    if (inWindow(occurrence.start, from, to)) found.push(occurrence);
  }
  return found.sort((a, b) => a.start.toMillis() - b.start.toMillis() || a.index - b.index);
}

/** `count` occurrences in series order (by original date) starting at index `firstIndex`. */
export function occurrencesFromIndex(series: MeetingSeries, firstIndex: number, count: number): Occurrence[] {
  const result: Occurrence[] = [];
  let index = Math.max(0, firstIndex);
  for (const segment of series.segments) {
    while (result.length < count) {
      const k = index - segment.firstIndex;
      if (k < 0 || (segment.count !== null && k >= segment.count)) break;
      result.push(occurrenceOf(series, segment, k));
      index++;
    }
  }
  return result;
}

/** The occurrence the rule places at this original local start ('YYYY-MM-DDTHH:mm'), or null. */
export function findOccurrence(series: MeetingSeries, originalLocal: string): Occurrence | null {
  const at = findSegmentOfOriginal(series.segments, originalLocal);
  return at ? occurrenceOf(series, at.segment, at.k) : null;
}
