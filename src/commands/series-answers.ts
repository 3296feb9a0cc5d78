import { DateTime } from 'luxon';
import { NotFound } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { whenForMember } from '../messages/meeting-messages.ts';
import type { Message } from '../messages/model.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { conflictNotes } from '../rhythm/conflict-notes.ts';
import { expandOccurrences } from '../schedule/series.ts';
import { storedSeries, storedSeriesOrNull } from '../schedule/stored-series.ts';
import type { CommandUses } from './uses.ts';

/** `text` (or a heading), then the next meetings with a warning for each on a holiday or in a vacation. */
export async function withUpcoming(
  uses: CommandUses,
  overlegId: string,
  intro: { text: string } | { heading: string },
  count = 4,
  canMove = true,
) {
  const { occurrences, warnings } = await uses.series.upcoming(overlegId, count);
  const w = words().answers.series;
  const first =
    'text' in intro ? intro.text : occurrences[0] ? w.nextMeeting(whenForMember(occurrences[0])) : '';
  return {
    fallback: first,
    blocks: [
      'text' in intro
        ? { type: 'text' as const, text: intro.text }
        : { type: 'heading' as const, text: intro.heading },
      {
        type: 'list' as const,
        items: occurrences.map((o) => `${whenForMember(o)}${o.status === 'moved' ? w.moved : ''}`),
      },
      ...conflictNotes(warnings, overlegId, canMove),
    ],
    empty: occurrences.length === 0,
  };
}

/** The original start of the meeting on a date (a moved meeting is found on the date it moved to). */
export async function originalStartOn(uses: CommandUses, overlegId: string, date: string): Promise<string> {
  const stored = await uses.seriesOf(overlegId);
  if (!stored) throw new NotFound(words().answers.series.noSeries);
  const series = storedSeries(stored.definition);
  const day = DateTime.fromISO(date, { zone: series.timeZone });
  const found = day.isValid ? expandOccurrences(series, day, day.plus({ days: 1 }))[0] : undefined;
  if (!found) throw new NotFound(words().answers.series.noMeetingOn(readableIsoDate(date)));
  return found.originalLocal;
}

/**
 * The meeting of `date` already moved to `toDate` (at `toTime`, when named): its start there as
 * UU:MM, or null. A button "Voorstel overnemen" on an older card finds the proposal taken.
 */
export async function alreadyMovedTo(
  uses: CommandUses,
  overlegId: string,
  date: string,
  toDate: string,
  toTime: string | null,
): Promise<string | null> {
  const stored = await uses.seriesOf(overlegId);
  const series = stored && storedSeriesOrNull(stored.definition);
  if (!series) return null;
  const day = DateTime.fromISO(toDate, { zone: series.timeZone });
  if (!day.isValid) return null;
  const found = expandOccurrences(series, day, day.plus({ days: 1 })).find(
    (o) =>
      o.status === 'moved' &&
      o.originalLocal.startsWith(`${date}T`) &&
      (toTime === null || o.start.toFormat('HH:mm') === toTime),
  );
  return found ? found.start.toFormat('HH:mm') : null;
}

/** A change confirmed, with the next meetings as they now stand. */
export async function confirm(uses: CommandUses, overlegId: string, text: string): Promise<Message> {
  const { empty: _, ...message } = await withUpcoming(uses, overlegId, { text });
  return message;
}
