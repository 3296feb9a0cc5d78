import { DateTime } from 'luxon';
import { NotFound } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { whenForMember } from '../messages/meeting-messages.ts';
import type { Message } from '../messages/model.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { conflictNotes } from '../rhythm/conflict-notes.ts';
import {
  expandOccurrences,
  findOccurrence,
  type MeetingSeries,
  type Occurrence,
  type SeriesInput,
} from '../schedule/series.ts';
import { movedPartOf } from '../schedule/series-schema.ts';
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

/** The meeting a date names: its identity, where it stands, and whether the date was its original one. */
export interface MeetingOnDate {
  /** Its identity: where the rule put it, 'YYYY-MM-DDTHH:mm'. */
  readonly originalStart: string;
  /** Where it stands (or, cancelled, would have stood), 'YYYY-MM-DDTHH:mm'. */
  readonly start: string;
  /** True when no meeting stands on the date and it was found as the one moved away from there. */
  readonly byOriginalDate: boolean;
}

/**
 * The meetings on a date: the one that stands (or was cancelled) there, a moved meeting where it
 * moved to. `seeking` (for `annuleer` and `herstel`): the cancelled ones, or the ones that stand,
 * when the day has any (two cancelled on one day: one moved onto the day of another cancelled
 * since, and cancelled too); and a date without a meeting also names the one meeting moved away
 * from it (cancelled there or not), as long as there is just one. Never empty: none is NotFound.
 */
export async function meetingsOn(
  uses: CommandUses,
  overlegId: string,
  date: string,
  seeking?: 'standing' | 'cancelled',
): Promise<[MeetingOnDate, ...MeetingOnDate[]]> {
  const found = await seriesAndDay(uses, overlegId, date, storedSeries);
  if (!found) throw new NotFound(words().answers.series.noSeries);
  const { series, day } = found;
  const local = (o: Occurrence) => o.start.toFormat("yyyy-MM-dd'T'HH:mm");
  const onDay = day ? expandOccurrences(series, day, day.plus({ days: 1 })) : [];
  const sought = onDay.filter((o) => seeking && (o.status === 'cancelled') === (seeking === 'cancelled'));
  const [first, ...more] = sought.length > 0 ? sought : onDay.slice(0, 1);
  const meeting = (o: Occurrence, byOriginalDate = false) => ({
    originalStart: o.originalLocal,
    start: local(o),
    byOriginalDate,
  });
  if (first) return [meeting(first), ...more.map((o) => meeting(o))];
  const movedAway = seeking
    ? [...series.exceptions.values()].filter((e) => movedPartOf(e) && e.originalStart.startsWith(`${date}T`))
    : [];
  const only = movedAway.length === 1 && movedAway[0] && findOccurrence(series, movedAway[0].originalStart);
  if (only) return [meeting(only, true)];
  const nearest = day ? nearestStanding(series, day) : [];
  throw new NotFound(words().answers.series.noMeetingOn(nearest.map(readableIsoDate), readableIsoDate(date)));
}

/** The meeting on a date, as meetingsOn finds it: the first, by time, of the ones sought. */
export async function meetingOn(
  uses: CommandUses,
  overlegId: string,
  date: string,
  seeking?: 'standing' | 'cancelled',
): Promise<MeetingOnDate> {
  return (await meetingsOn(uses, overlegId, date, seeking))[0];
}

/** How far around a date without a meeting its neighbours are sought: half a year each way. */
const NEIGHBOURS_WITHIN_DAYS = 183;

/**
 * The days ('YYYY-MM-DD') of the meetings that stand nearest before and after `day` (not cancelled,
 * where they stand now), at most half a year away: what a person who typed a wrong date looks for.
 */
function nearestStanding(series: ReturnType<typeof storedSeries>, day: DateTime): string[] {
  const dayOf = (o: Occurrence) => o.start.toFormat('yyyy-MM-dd');
  const target = day.toFormat('yyyy-MM-dd');
  const standing = expandOccurrences(
    series,
    day.minus({ days: NEIGHBOURS_WITHIN_DAYS }),
    day.plus({ days: NEIGHBOURS_WITHIN_DAYS }),
  )
    .filter((o) => o.status !== 'cancelled')
    .map(dayOf)
    .sort();
  const before = standing.filter((d) => d < target).at(-1);
  const after = standing.find((d) => d > target);
  return [before, after].filter((d): d is string => d !== undefined);
}

/** The original start of the meeting on a date (a moved meeting is found on the date it moved to). */
export async function originalStartOn(uses: CommandUses, overlegId: string, date: string): Promise<string> {
  return (await meetingOn(uses, overlegId, date)).originalStart;
}

/** 'YYYY-MM-DDTHH:mm' as its day in words ("dinsdag 12 januari 2027") and its time ("14:00"). */
export function readableStart(local: string): { date: string; time: string } {
  return { date: readableIsoDate(local.slice(0, 10)), time: local.slice(11, 16) };
}

/** Said first when a date named a meeting moved away from it: which meeting the answer is about. */
export function foundByOriginalNote(meeting: MeetingOnDate): string {
  if (!meeting.byOriginalDate) return '';
  const moved = readableStart(meeting.start);
  return `${words().answers.movedAwayFrom(readableStart(meeting.originalStart).date, moved.date, moved.time)} `;
}

/**
 * The werkgroep's stored series and `date` as a day in its zone (null when it is no day), or null
 * without a series. `read`: a series that breaks the rules is null (a list over several meetings
 * skips it), or said so with storedSeries.
 */
async function seriesAndDay(
  uses: CommandUses,
  overlegId: string,
  date: string,
  read: (definition: SeriesInput) => MeetingSeries | null = storedSeriesOrNull,
): Promise<{ series: MeetingSeries; day: DateTime | null } | null> {
  const stored = await uses.seriesOf(overlegId);
  const series = stored && read(stored.definition);
  if (!series) return null;
  const day = DateTime.fromISO(date, { zone: series.timeZone });
  return { series, day: day.isValid ? day : null };
}

/**
 * The cancelled meeting nearest to `date`, at most two weeks either side and not yet begun: where
 * it stood ('YYYY-MM-DDTHH:mm'; its date is what `herstel` takes), or null. A meeting moved and
 * then cancelled stands where it had moved to.
 */
export async function cancelledNear(
  uses: CommandUses,
  overlegId: string,
  date: string,
): Promise<string | null> {
  const found = await seriesAndDay(uses, overlegId, date);
  if (!found?.day) return null;
  const { series, day } = found;
  const now = uses.clock.now().getTime();
  const distance = (o: { start: DateTime }) => Math.abs(o.start.toMillis() - day.toMillis());
  const [nearest] = expandOccurrences(series, day.minus({ days: 14 }), day.plus({ days: 15 }))
    .filter((o) => o.status === 'cancelled' && o.start.toMillis() > now)
    .sort((a, b) => distance(a) - distance(b));
  return nearest ? nearest.start.toFormat("yyyy-MM-dd'T'HH:mm") : null;
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
  if (!at?.day) return null;
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
