import type { z } from 'zod';
import { type FieldProblem, InvalidInput } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { readableDate } from '../messages/readable-date.ts';
import { zodOwnWords } from '../messages/zod-words.ts';
import {
  existsLocally,
  formatLocalDateTime,
  fromEpochDay,
  type LocalTime,
  parseLocalDate,
  parseLocalDateTime,
  parseLocalTime,
  toEpochDay,
} from './local-time.ts';
import {
  type OccurrenceException,
  restoredRoundOf,
  type SeriesInput,
  seriesInputSchema,
} from './series-schema.ts';

export type { OccurrenceException, SeriesChange, SeriesInput } from './series-schema.ts';

/**
 * What a projectleider says about a meeting series, checked and turned into "segments": one per
 * version of the rule. A change "from date X onward" ends the segment in force and starts a new
 * one, so occurrences before X keep the rule they had (the past is never rewritten).
 */

export interface Segment {
  /** 0 for the original rule, then one per change. */
  readonly number: number;
  /** null for the original rule; otherwise the change's effectiveFrom (stable across edits). */
  readonly effectiveFrom: string | null;
  readonly anchorDay: number;
  readonly time: LocalTime;
  readonly everyWeeks: number;
  readonly periodDays: number;
  readonly durationMinutes: number;
  readonly location: string | undefined;
  readonly onlineUrl: string | undefined;
  /** Last epoch day (inclusive) an occurrence of this segment may fall on; null = open-ended. */
  readonly lastDay: number | null;
  /** Index (over the whole series) of this segment's first occurrence. */
  readonly firstIndex: number;
  /** Number of occurrences; null when open-ended. */
  readonly count: number | null;
}

export interface MeetingSeries {
  readonly timeZone: string;
  readonly until: string | undefined;
  readonly segments: readonly Segment[];
  /** Exceptions keyed by the original local start 'YYYY-MM-DDTHH:mm'. */
  readonly exceptions: ReadonlyMap<string, OccurrenceException>;
  /**
   * Exceptions that name no occurrence of the series (e.g. left behind by a later change of
   * rule). They are kept out of the expansion instead of failing it; callers can report them.
   */
  readonly orphanedExceptions: readonly OccurrenceException[];
  /**
   * The round of the last cancellation undone (`herstel`), keyed by original local start (absent:
   * never put back); a meeting's cancellation round is this plus one (restoredRoundOf).
   */
  readonly restored: ReadonlyMap<string, number>;
}

/** A path like changes.0.time in words: "wijziging 1, tijd". */
function fieldInWords(path: readonly PropertyKey[]): string {
  const w = words().answers.problems.series;
  const parts: string[] = [];
  path.forEach((part, i) => {
    if (typeof part === 'number') return;
    const n = path[i + 1];
    if (typeof n === 'number' && part === 'changes') parts.push(w.change(n + 1));
    else if (typeof n === 'number' && part === 'exceptions') parts.push(w.exception(n + 1));
    else parts.push(w.fields[String(part)] ?? String(part));
  });
  return parts.length > 0 ? parts.join(', ') : (w.fields.series ?? '');
}

function problemsFromZod(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.join('.') || 'reeks',
    message: words().answers.problems.series.fieldProblem(fieldInWords(issue.path), issue.message),
  }));
}

function must<T>(value: T | null): T {
  if (value === null) throw new Error('validated value did not parse');
  return value;
}

/** First epoch day ≥ day on the grid anchorDay + k·period (k ≥ 0). */
export function firstGridDayOnOrAfter(anchorDay: number, periodDays: number, day: number): number {
  if (day <= anchorDay) return anchorDay;
  return anchorDay + Math.ceil((day - anchorDay) / periodDays) * periodDays;
}

/** Checks the input and builds the segments. Throws InvalidInput with messages in the language being spoken. */
export function defineSeries(input: SeriesInput): MeetingSeries {
  const parsed = seriesInputSchema.safeParse(input, { error: zodOwnWords });
  if (!parsed.success) throw new InvalidInput(problemsFromZod(parsed.error));
  const data = parsed.data;
  const problems: FieldProblem[] = [];
  const said = words().answers.problems.series;
  const untilDay = data.until ? toEpochDay(must(parseLocalDate(data.until))) : null;
  const first = must(parseLocalDateTime(data.firstStart));

  interface Draft extends Omit<Segment, 'lastDay' | 'firstIndex' | 'count'> {}
  const drafts: Draft[] = [
    {
      number: 0,
      effectiveFrom: null,
      anchorDay: toEpochDay(first),
      time: { hour: first.hour, minute: first.minute },
      everyWeeks: data.everyWeeks,
      periodDays: data.everyWeeks * 7,
      durationMinutes: data.durationMinutes,
      location: data.location,
      onlineUrl: data.onlineUrl,
    },
  ];
  if (untilDay !== null && untilDay < drafts[0]!.anchorDay) {
    problems.push({ field: 'until', message: said.untilBeforeFirst });
  }
  data.changes.forEach((change, i) => {
    const previous = drafts[drafts.length - 1]!;
    const fromDay = toEpochDay(must(parseLocalDate(change.effectiveFrom)));
    const field = `changes.${i}`;
    if (fromDay <= previous.anchorDay) {
      problems.push({ field, message: said.changeOutOfOrder });
      return;
    }
    if (change.firstStart && change.time) {
      problems.push({ field, message: said.firstStartAndTime });
      return;
    }
    let anchorDay = firstGridDayOnOrAfter(previous.anchorDay, previous.periodDays, fromDay);
    let time: LocalTime = change.time ? must(parseLocalTime(change.time)) : previous.time;
    if (change.firstStart) {
      const start = must(parseLocalDateTime(change.firstStart));
      anchorDay = toEpochDay(start);
      time = { hour: start.hour, minute: start.minute };
      if (anchorDay < fromDay) {
        problems.push({ field: `${field}.firstStart`, message: said.firstStartBeforeChange });
        return;
      }
    }
    const everyWeeksNew = change.everyWeeks ?? previous.everyWeeks;
    drafts.push({
      number: drafts.length,
      effectiveFrom: change.effectiveFrom,
      anchorDay,
      time,
      everyWeeks: everyWeeksNew,
      periodDays: everyWeeksNew * 7,
      durationMinutes: change.durationMinutes ?? previous.durationMinutes,
      location: change.location === undefined ? previous.location : (change.location ?? undefined),
      onlineUrl: change.onlineUrl === undefined ? previous.onlineUrl : (change.onlineUrl ?? undefined),
    });
  });
  // A first meeting in the hour skipped in spring cannot be written as an ICS DTSTART that
  // recurs at the intended wall-clock time, so it is refused; later occurrences that hit the
  // gap are fine (they move forward by the gap, see resolveLocal).
  for (const draft of drafts) {
    const anchor = { ...fromEpochDay(draft.anchorDay), ...draft.time };
    if (!existsLocally(anchor, data.timeZone)) {
      const field = draft.number === 0 ? 'firstStart' : `changes.${draft.number - 1}`;
      // In the words a moved meeting gets (series-changes.ts): the field says where, not the text.
      const time = formatLocalDateTime(anchor).slice(11);
      problems.push({
        field,
        message: words().answers.problems.skippedHour(time, readableDate(draft.anchorDay)),
      });
    }
  }
  if (problems.length > 0) throw new InvalidInput(problems);

  const segments: Segment[] = [];
  let firstIndex = 0;
  drafts.forEach((draft, i) => {
    const next = drafts[i + 1];
    const endBeforeNext = next ? toEpochDay(must(parseLocalDate(next.effectiveFrom ?? ''))) - 1 : null;
    const limits = [endBeforeNext, untilDay].filter((d): d is number => d !== null);
    const lastDay = limits.length > 0 ? Math.min(...limits) : null;
    const count =
      lastDay === null
        ? null
        : lastDay < draft.anchorDay
          ? 0
          : Math.floor((lastDay - draft.anchorDay) / draft.periodDays) + 1;
    segments.push({ ...draft, lastDay, firstIndex, count });
    firstIndex += count ?? 0;
  });

  const exceptions = new Map<string, OccurrenceException>();
  const orphanedExceptions: OccurrenceException[] = [];
  data.exceptions.forEach((exception, i) => {
    const original = must(parseLocalDateTime(exception.originalStart));
    if (exceptions.has(exception.originalStart)) {
      problems.push({
        field: `exceptions.${i}`,
        message: said.exceptionTwice(readableDate(toEpochDay(original)), exception.originalStart.slice(11)),
      });
    } else if (findSegmentOfOriginal(segments, exception.originalStart) === null) {
      orphanedExceptions.push(exception);
    } else {
      exceptions.set(exception.originalStart, exception);
    }
  });
  if (problems.length > 0) throw new InvalidInput(problems);

  // One count per meeting, whether older data kept it on the cancel or in `restored`.
  const counted = [...(data.restored ?? []), ...data.exceptions].map((e) => e.originalStart);
  const restored = new Map(
    counted.map((start) => [start, restoredRoundOf(data, start)] as const).filter(([, round]) => round > 0),
  );
  return { timeZone: data.timeZone, until: data.until, segments, exceptions, orphanedExceptions, restored };
}

/** The segment and grid position k of an original local start, or null when the rule never puts a meeting there. */
export function findSegmentOfOriginal(
  segments: readonly Segment[],
  originalStart: string,
): { segment: Segment; k: number } | null {
  const value = parseLocalDateTime(originalStart);
  if (!value) return null;
  const day = toEpochDay(value);
  for (const segment of segments) {
    if (day < segment.anchorDay) continue;
    if (segment.lastDay !== null && day > segment.lastDay) continue;
    const offset = day - segment.anchorDay;
    if (offset % segment.periodDays !== 0) continue;
    if (segment.time.hour !== value.hour || segment.time.minute !== value.minute) continue;
    return { segment, k: offset / segment.periodDays };
  }
  return null;
}
