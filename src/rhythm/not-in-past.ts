import { InvalidInput } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { parseLocalDateTime, resolveLocal, todayIsoIn } from '../schedule/local-time.ts';

/**
 * A meeting is planned from now on: the forms and the typed commands refuse a first meeting, a
 * new date for one meeting or a change of the series that starts in the past, with one message.
 */
export const PAST_MESSAGES = {
  get first() {
    return words().answers.series.pastFirst;
  },
  get moved() {
    return words().answers.series.pastMoved;
  },
  get from() {
    return words().answers.series.pastFrom;
  },
};

/** True when the wall-clock start `JJJJ-MM-DDTUU:MM` in `zone` is not after `now`. */
export function startsInPast(localStart: string, zone: string, now: Date): boolean {
  const value = parseLocalDateTime(localStart);
  return value !== null && resolveLocal(value, zone).toMillis() <= now.getTime();
}

/** A date given without a time, as a start: its last minute, so it is past only when the whole day is. */
export const endOfDay = (date: string): string => `${date}T23:59`;

/**
 * Why a start in the past is refused: `message` (its day has passed), or, when its day is today, that
 * its time has passed; "kies een datum vanaf vandaag" would refuse the very day that was chosen.
 * `timed` false: no time was given (endOfDay), so none is named ("23:59" was never typed).
 */
export function pastReason(
  localStart: string,
  zone: string,
  now: Date,
  message: string,
  timed = true,
): string {
  if (localStart.slice(0, 10) !== todayIsoIn(now, zone)) return message;
  const series = words().answers.series;
  return timed ? series.pastTimeToday(localStart.slice(11, 16)) : series.pastDayToday;
}

export function assertNotPast(
  localStart: string,
  zone: string,
  now: Date,
  field: string,
  message: string,
  timed = true,
): void {
  if (!startsInPast(localStart, zone, now)) return;
  throw new InvalidInput([{ field, message: pastReason(localStart, zone, now, message, timed) }]);
}

/** assertNotPast bound to the clock and zone: `(start, field, message) => void`. */
export function notPastCheck(d: { clock: { now(): Date }; timeZone: string }) {
  return (localStart: string, field: string, message: string) =>
    assertNotPast(localStart, d.timeZone, d.clock.now(), field, message);
}

/** The same for a date without a time: refused only once the whole day is past, and said so. */
export function notPastDayCheck(d: { clock: { now(): Date }; timeZone: string }) {
  return (date: string, field: string, message: string) =>
    assertNotPast(endOfDay(date), d.timeZone, d.clock.now(), field, message, false);
}
