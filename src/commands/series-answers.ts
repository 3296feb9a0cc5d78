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

/** The werkgroep's stored series (when it keeps the rules) and `date` as a day in its zone, or null. */
async function seriesAndDay(uses: CommandUses, overlegId: string, date: string) {
  const stored = await uses.seriesOf(overlegId);
  const series = stored && storedSeriesOrNull(stored.definition);
  if (!series) return null;
  const day = DateTime.fromISO(date, { zone: series.timeZone });
  return day.isValid ? { series, day } : null;
}

/**
 * The cancelled meeting nearest to `date`, at most two weeks either side and not yet begun: its
 * original start ('YYYY-MM-DDTHH:mm', what `herstel` takes), or null. A meeting moved and then
 * cancelled is found on its own date only: the cancellation took the move's place.
 */
export async function cancelledNear(
  uses: CommandUses,
  overlegId: string,
  date: string,
): Promise<string | null> {
  const found = await seriesAndDay(uses, overlegId, date);
  if (!found) return null;
  const { series, day } = found;
  const now = uses.clock.now().getTime();
  const distance = (o: { start: DateTime }) => Math.abs(o.start.toMillis() - day.toMillis());
  const [nearest] = expandOccurrences(series, day.minus({ days: 14 }), day.plus({ days: 15 }))
    .filter((o) => o.status === 'cancelled' && o.start.toMillis() > now)
    .sort((a, b) => distance(a) - distance(b));
  return nearest?.originalLocal ?? null;
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
  const at = await seriesAndDay(uses, overlegId, toDate);
  if (!at) return null;
  const { series, day } = at;
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
