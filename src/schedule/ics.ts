import ical, { type ICalCalendar, ICalEventStatus } from 'ical-generator';
import type { DateTime } from 'luxon';
import { fromEpochDay, parseLocalDate } from './local-time.ts';
import { type Occurrence, occurrenceOf } from './series.ts';
import { findSegmentOfOriginal, type MeetingSeries, type Segment } from './series-definition.ts';
import { movedPartOf } from './series-schema.ts';
import { vtimezone } from './vtimezone.ts';

/**
 * A subscribable ICS feed (RFC 5545) for one meeting series, written so that a calendar client
 * expanding it gets exactly Schakel's occurrences:
 * - each version of the rule (segment) is one master VEVENT: DTSTART;TZID=<zone> at the first
 *   occurrence's wall-clock time, RRULE:FREQ=WEEKLY;INTERVAL=<everyWeeks>, and UNTIL (in UTC, as
 *   RFC 5545 requires with a TZID start) at the end of its last occurrence's day when it ends (a
 *   later version or `until`). A change "from date X" thus ends the old master and starts a new one; the past
 *   stays exactly as it was;
 * - a cancelled occurrence is an EXDATE on its master;
 * - a moved occurrence is a VEVENT with the master's UID and RECURRENCE-ID = its original start;
 *   cancelled after it was moved, that VEVENT stays, on the day it had moved to, with
 *   STATUS:CANCELLED, so a client that had the move shows it called off;
 * - a cancelled occurrence put back (`herstel`) where the rule put it gets such a VEVENT too, at its
 *   own time with STATUS:CONFIRMED (as every override not cancelled): a client that had it
 *   cancelled (Outlook keeps an EXDATE as a deleted instance) takes the newer state of that
 *   RECURRENCE-ID instead of keeping it cancelled;
 * - every VEVENT's SEQUENCE is the series' revision (`sequence`: raised by every change that is
 *   saved), so whatever changed (an EXDATE added or taken away, a move, a new rule) the feed's
 *   version is higher than any a client had, as RFC 5545 3.8.7.4 asks;
 * - a VTIMEZONE for the zone, generated from the same data Schakel computes with.
 * UIDs depend only on the series id and a version's effectiveFrom, so they survive any edit.
 *
 * Wall-clock times that a summer-time change skips or doubles are read as RFC 5545 §3.3.5 says
 * (see resolveLocal); not every client does the same (ical.js takes the other offset), so on
 * those nights only a client may show a 02:xx meeting an hour off. No werkgroep meets then.
 */

export const DEFAULT_UID_DOMAIN = 'schakel.invalid';

export interface SeriesCalendarOptions {
  /** Stable id of the series (e.g. its database id); the base of every UID. */
  readonly seriesId: string;
  /** The overleg as a calendar names it, e.g. "Werkgroep Oost" or "Casusoverleg Zutphen" (SUMMARY). */
  readonly title: string;
  /** When the feed is generated: how far ahead the VTIMEZONE must reach, and DTSTAMP without `stampedAt`. */
  readonly generatedAt: DateTime;
  /** DTSTAMP: for a published feed, when its data last changed, so its bytes stay the same until then. */
  readonly stampedAt?: DateTime;
  /**
   * Right-hand side of the UIDs (RFC 5545 §3.8.4.7 asks for a domain name): the public host; by
   * default the reserved, never-resolving "schakel.invalid", the same on every run.
   */
  readonly uidDomain?: string;
  /** How often clients should refresh, in seconds; default one hour. */
  readonly refreshSeconds?: number;
  /**
   * The series' revision (its stored version, raised by every saved change): every VEVENT's
   * SEQUENCE at least, so each change is newer than what a client had. Default 0.
   */
  readonly sequence?: number;
}

/** 'YYYY-MM-DDTHH:mm' → 'YYYYMMDDTHHmm00': the wall-clock time as the RRULE generates it. */
function icsLocal(originalLocal: string): string {
  return `${originalLocal.slice(0, 10).replaceAll('-', '')}T${originalLocal.slice(11, 13)}${originalLocal.slice(14, 16)}00`;
}

function icsUtc(instant: DateTime): string {
  return instant.toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'");
}

export function segmentUid(segment: Segment, options: SeriesCalendarOptions): string {
  const domain = options.uidDomain ?? DEFAULT_UID_DOMAIN;
  const version = segment.effectiveFrom === null ? '' : `-${segment.effectiveFrom.replaceAll('-', '')}`;
  return `werkgroep-${options.seriesId}${version}@${domain}`;
}

function description(title: string, onlineUrl: string | undefined): string {
  const lines = [`${title} (Hoofdzaak Werk). Elke bijeenkomst staat ook in Schakel.`];
  if (onlineUrl) lines.push(`Online deelnemen: ${onlineUrl}`);
  return lines.join('\n');
}

/**
 * A link as the URL property's value: RFC 5545 (3.3.13) has no escapes in a URI, but ical-generator
 * escapes "," and ";" there as in text, and a calendar that reads the RFC (ical.js, so Thunderbird)
 * kept the backslashes in the link. Percent-encoded they need no escape, and web servers read them
 * as the same characters. The description keeps the link as typed (text, escaped as text).
 */
function uriValue(url: string): string {
  return url.replace(/[\\,;]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** RRULE plus EXDATE lines, in the multi-line form ical-generator copies verbatim. */
function repeatingText(series: MeetingSeries, segment: Segment): string {
  let rule = `RRULE:FREQ=WEEKLY;INTERVAL=${segment.everyWeeks}`;
  if (segment.count !== null) {
    // With a zoned DTSTART, RFC 5545 wants UNTIL in UTC. The end of the last meeting's local day,
    // not its start instant: a reader that compares in another offset (Python's
    // recurring-ical-events does) then still keeps the last meeting, and the next one is a week on.
    const last = occurrenceOf(series, segment, segment.count - 1);
    rule += `;UNTIL=${icsUtc(last.originalStart.endOf('day').startOf('second'))}`;
  }
  const lines = [rule];
  for (const exception of series.exceptions.values()) {
    // A meeting cancelled where it had moved to keeps its override, marked cancelled (below).
    if (exception.kind !== 'cancel' || exception.moved) continue;
    if (findSegmentOfOriginal([segment], exception.originalStart) === null) continue;
    lines.push(`EXDATE;TZID=${series.timeZone}:${icsLocal(exception.originalStart)}`);
  }
  return lines.join('\n');
}

/** The years the VTIMEZONE must cover: from before the first meeting to well past today. */
function yearRange(series: MeetingSeries, generatedAt: DateTime): [number, number] {
  const firstYear = fromEpochDay(series.segments[0]!.anchorDay).year;
  const lastMentioned = Math.max(
    generatedAt.year,
    ...series.segments.map((s) => fromEpochDay(s.anchorDay).year),
    ...(series.until ? [parseLocalDate(series.until)!.year] : []),
    ...[...series.exceptions.values()].map((e) =>
      Number((movedPartOf(e)?.start ?? e.originalStart).slice(0, 4)),
    ),
  );
  return [firstYear - 1, lastMentioned + 10];
}

/**
 * The SEQUENCE of a meeting's override: the series' revision, and never less than the times the
 * meeting was cancelled (2·round − 1) and put back (2·round), as feeds before the revision counted.
 */
function overrideSequence(series: MeetingSeries, originalStart: string, revision: number): number {
  const restored = series.restored.get(originalStart) ?? 0;
  const cancelled = series.exceptions.get(originalStart)?.kind === 'cancel';
  return Math.max(revision, cancelled ? 2 * restored + 1 : 2 * restored);
}

/**
 * The meetings with an override of their own: each moved one (also when cancelled there), and each
 * cancelled one put back where the rule put it (its override says it is on again).
 */
function overrides(series: MeetingSeries): { originalStart: string; cancelled: boolean }[] {
  const moved = [...series.exceptions.values()]
    .filter((e) => movedPartOf(e))
    .map((e) => ({ originalStart: e.originalStart, cancelled: e.kind === 'cancel' }));
  const restored = [...series.restored.keys()]
    .filter((start) => !series.exceptions.has(start))
    .map((originalStart) => ({ originalStart, cancelled: false }));
  return [...moved, ...restored];
}

export function seriesCalendar(series: MeetingSeries, options: SeriesCalendarOptions): ICalCalendar {
  const [fromYear, toYear] = yearRange(series, options.generatedAt);
  // ical-generator escapes an event's texts but writes the calendar's name (NAME, X-WR-CALNAME)
  // as it is: a line break in an overleg's name would start a line of its own in the feed, and a
  // comma, semicolon or backslash must be escaped there as in any TEXT value (RFC 5545 3.3.11).
  const summary = options.title.replace(/\s*\p{Cc}+\s*/gu, ' ');
  const calendar = ical({
    name: summary.replace(/[\\;,]/g, '\\$&'),
    prodId: { company: 'Hoofdzaak Werk', product: 'Schakel', language: 'NL' },
    // name null: DTSTAMP stays in UTC as RFC 5545 requires; the generator still writes a
    // VTIMEZONE for every zone the events use.
    timezone: { name: null, generator: (zone) => vtimezone(zone, fromYear, toYear) },
    ttl: options.refreshSeconds ?? 3600,
  });

  const common = (occurrence: Pick<Occurrence, 'location' | 'onlineUrl'>) => ({
    summary,
    timezone: series.timeZone,
    stamp: options.stampedAt ?? options.generatedAt,
    location: occurrence.location ?? null,
    url: occurrence.onlineUrl ? uriValue(occurrence.onlineUrl) : null,
    description: description(options.title, occurrence.onlineUrl),
  });

  const revision = options.sequence ?? 0;
  for (const segment of series.segments) {
    if (segment.count === 0) continue;
    const first = occurrenceOf(series, segment, 0);
    const uid = segmentUid(segment, options);
    calendar.createEvent({
      ...common(segment),
      id: uid,
      start: first.originalStart,
      end: first.originalStart.plus({ minutes: segment.durationMinutes }),
      repeating: repeatingText(series, segment),
      sequence: revision,
    });
  }

  for (const { originalStart, cancelled } of overrides(series)) {
    const at = findSegmentOfOriginal(series.segments, originalStart);
    if (!at) continue;
    const meeting = occurrenceOf(series, at.segment, at.k);
    calendar.createEvent({
      ...common(meeting),
      id: segmentUid(at.segment, options),
      recurrenceId: meeting.originalStart,
      start: meeting.start,
      end: meeting.end,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      sequence: overrideSequence(series, originalStart, revision),
    });
  }
  return calendar;
}

/** The feed as text (CRLF line ends, folded at 75 octets). */
export function seriesCalendarText(series: MeetingSeries, options: SeriesCalendarOptions): string {
  return seriesCalendar(series, options).toString();
}
