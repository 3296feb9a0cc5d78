import { isDeepStrictEqual } from 'node:util';
import { DateTime } from 'luxon';
import { InvalidInput, NotFound } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { OCCURRENCE_FIELDS } from '../messages/forms/occurrence-form.ts';
import { readableDate, readableIsoDate } from '../messages/readable-date.ts';
import { DEFAULT_TIME_ZONE, existsLocally, parseLocalDateTime, toEpochDay } from '../schedule/local-time.ts';
import {
  defineSeries,
  expandOccurrences,
  findOccurrence,
  type OccurrenceException,
  type SeriesInput,
} from '../schedule/series.ts';
import { movedPartOf } from '../schedule/series-schema.ts';
import { storedSeries } from '../schedule/stored-series.ts';

/**
 * One meeting's exception (moved, cancelled) written into a series: what `verplaats` and
 * `annuleer` change, and the checks a meeting's new day must pass.
 */

export function withException(exception: OccurrenceException, prefix = '') {
  return (current: SeriesInput | null): SeriesInput | 'unchanged' => {
    if (!current) throw new NotFound(words().answers.series.noSeries);
    // Made already (a second cancel, or the same move sent twice at once): nothing to write.
    const same = (e: OccurrenceException) =>
      e.originalStart === exception.originalStart &&
      (exception.kind === 'cancel' ? e.kind === 'cancel' : isDeepStrictEqual(e, exception));
    if ((current.exceptions ?? []).some(same)) return 'unchanged';
    if (!findOccurrence(storedSeries(current), exception.originalStart)) {
      throw new InvalidInput([{ field: 'originalStart', message: words().answers.problems.noMeetingThen }]);
    }
    if (exception.kind === 'move') {
      assertExists(exception.start, current.timeZone ?? DEFAULT_TIME_ZONE);
      assertNotCancelled(current, exception.originalStart, prefix);
    }
    const others = (current.exceptions ?? []).filter((e) => e.originalStart !== exception.originalStart);
    if (exception.kind === 'cancel') {
      // A moved meeting called off keeps where it had moved to: counted and told there, put back there.
      const before = (current.exceptions ?? []).find((e) => e.originalStart === exception.originalStart);
      const moved = movedPartOf(before);
      // Cancelled again after a herstel: a new round, told again. Its round is not stored: it is
      // `restored`'s plus one (cancelRoundOf), so the two cannot disagree.
      const { round: _, ...plain } = exception;
      const cancel = { ...plain, ...(moved ? { moved } : {}) };
      return { ...current, exceptions: [...others, cancel] };
    }
    // Moved back to where it stood, with nothing else of its own: no longer an exception ("verplaatst").
    // Never moved at all: it stands there already, nothing to write.
    if (exception.kind === 'move' && exception.start === exception.originalStart && !movedWithMore(exception))
      return others.length === (current.exceptions ?? []).length
        ? 'unchanged'
        : { ...current, exceptions: others };
    const next = { ...current, exceptions: [...others, exception] };
    if (exception.kind === 'move') assertDayFree(next, exception, prefix);
    return next;
  };
}

/**
 * A cancelled meeting moved would quietly go ahead again, and a werkgroep told it was cancelled would
 * never hear it is back: `herstel` first (which tells them), then `verplaats`.
 */
function assertNotCancelled(current: SeriesInput, originalStart: string, prefix: string): void {
  const cancel = (current.exceptions ?? []).find(
    (e) => e.kind === 'cancel' && e.originalStart === originalStart,
  );
  if (!cancel) return;
  const day = (movedPartOf(cancel)?.start ?? originalStart).slice(0, 10);
  throw new InvalidInput([
    { field: OCCURRENCE_FIELDS.date, message: words().answers.problems.moveCancelled(day, prefix) },
  ]);
}

type DayTakenRefusal = (day: string, time: string, iso: string, p: string) => string;

/**
 * Two meetings of one werkgroep on one day read as one in `volgende` and leave a later `verplaats`
 * of that date guessing which: a move (or a cancelled meeting put back) onto a day that has another
 * meeting is refused, naming it; `refusal` says what to do instead.
 */
export function assertDayFree(
  series: SeriesInput,
  move: OccurrenceException & { kind: 'move' },
  prefix: string,
  refusal: DayTakenRefusal = words().answers.problems.meetingThatDay,
): void {
  const defined = defineSeries(series);
  const day = move.start.slice(0, 10);
  const from = DateTime.fromISO(day, { zone: defined.timeZone });
  const other = expandOccurrences(defined, from, from.plus({ days: 1 })).find(
    (o) => o.status !== 'cancelled' && o.originalLocal !== move.originalStart,
  );
  if (!other) return;
  const message = refusal(readableIsoDate(day), other.start.toFormat('HH:mm'), day, prefix);
  throw new InvalidInput([{ field: OCCURRENCE_FIELDS.date, message }]);
}

/** Whether a move sets more than the start (a place, a link of its own): that keeps it an exception. */
function movedWithMore(exception: OccurrenceException): boolean {
  return Object.entries(exception).some(
    ([key, value]) => !['kind', 'originalStart', 'start'].includes(key) && value != null,
  );
}

/** A meeting moved into the hour skipped in spring would silently start an hour later: refused. */
function assertExists(start: string, zone: string): void {
  const local = parseLocalDateTime(start);
  if (!local || existsLocally(local, zone)) return;
  const message = words().answers.problems.skippedHour(start.slice(11), readableDate(toEpochDay(local)));
  throw new InvalidInput([{ field: OCCURRENCE_FIELDS.time, message }]);
}

/** Where the meeting of `originalStart` stands moved to (also when cancelled there), or undefined. */
export function movedStartOf(series: SeriesInput, originalStart: string): string | undefined {
  return movedPartOf((series.exceptions ?? []).find((e) => e.originalStart === originalStart))?.start;
}
