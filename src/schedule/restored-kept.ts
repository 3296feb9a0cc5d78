import { DEFAULT_TIME_ZONE, parseLocalDate, todayIsoIn, toEpochDay } from './local-time.ts';
import { movedPartOf, type SeriesInput } from './series-schema.ts';

/**
 * How long a series keeps a meeting's `restored` entry after the meeting: the count matters for
 * its notices (planned only before it begins) and its cancellation round; a meeting that long past
 * can be neither cancelled nor put back, and its calendar event keeps the series' revision.
 */
export const RESTORED_KEPT_DAYS = 28;

/** The local day a meeting stands on, or stood on before it was moved, whichever is later. */
function lastDayOf(input: SeriesInput, originalStart: string): number {
  const exception = input.exceptions?.find((e) => e.originalStart === originalStart);
  const starts = [originalStart, movedPartOf(exception)?.start ?? originalStart];
  // Validated with the series; one that does not read is kept rather than guessed at.
  const dayOf = (start: string) => {
    const date = parseLocalDate(start.slice(0, 10));
    return date ? toEpochDay(date) : Number.POSITIVE_INFINITY;
  };
  return Math.max(...starts.map(dayOf));
}

/**
 * The series without the `restored` entries of meetings more than RESTORED_KEPT_DAYS past, so
 * they do not pile up over the years: applied to every change of the series as it is saved.
 */
export function withoutLongPastRestores(input: SeriesInput, now: Date): SeriesInput {
  if (!input.restored?.length) return input;
  const today = parseLocalDate(todayIsoIn(now, input.timeZone ?? DEFAULT_TIME_ZONE));
  if (!today) return input;
  const firstKept = toEpochDay(today) - RESTORED_KEPT_DAYS;
  const kept = input.restored.filter((r) => lastDayOf(input, r.originalStart) >= firstKept);
  return kept.length === input.restored.length ? input : { ...input, restored: kept };
}
