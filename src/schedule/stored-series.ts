import { InvalidInput } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { defineSeries, type MeetingSeries, type SeriesInput } from './series.ts';

/**
 * Why a stored series breaks the series rules, in the language being spoken (defineSeries's own
 * reasons), or null when it keeps them. An older import stored series without checking them; the
 * forms and the chat never do.
 */
export function storedSeriesReasons(err: unknown): string | null {
  if (!(err instanceof InvalidInput)) return null;
  return err.problems.map((p) => p.message).join(' ');
}

/**
 * A stored series, for an answer that reads it (agenda, volgende, the calendar feed). One that
 * breaks the rules is refused with a plain reason that it is the stored series, not what the
 * person typed, and who can mend it: defineSeries's own words would read as a problem with their
 * input.
 */
export function storedSeries(definition: SeriesInput): MeetingSeries {
  try {
    return defineSeries(definition);
  } catch (err) {
    const reasons = storedSeriesReasons(err);
    if (reasons === null) throw err;
    throw new InvalidInput([{ field: 'reeks', message: words().answers.problems.series.stored(reasons) }]);
  }
}

/** A stored series, or null when it breaks the rules (a list over several werkgroepen skips it). */
export function storedSeriesOrNull(definition: SeriesInput): MeetingSeries | null {
  try {
    return defineSeries(definition);
  } catch (err) {
    if (storedSeriesReasons(err) === null) throw err;
    return null;
  }
}
