import { DateTime } from 'luxon';
import type { Clock } from '../clock.ts';
import { can } from '../domain/authorization.ts';
import { NotFound } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import type { Command } from '../messages/commands.ts';
import { when } from '../messages/meeting-messages.ts';
import type { Message } from '../messages/model.ts';
import { conflictNotes } from '../rhythm/conflict-notes.ts';
import { notPastCheck, PAST_MESSAGES } from '../rhythm/not-in-past.ts';
import type { createSeriesCommands } from '../rhythm/series-changes.ts';
import { defineSeries, expandOccurrences } from '../schedule/series.ts';
import type { Database } from '../store/database.ts';
import { findSeries } from '../store/rhythm-repo.ts';

export type SeriesChatCommand = Extract<
  Command,
  { name: 'volgende' | 'nieuwe-reeks' | 'annuleer' | 'verplaats' | 'wijzig' }
>;

const say = (text: string): Message => ({ fallback: text, blocks: [{ type: 'text', text }] });

/** The typed commands about the series: the next meetings, and the projectleider's changes. */
export function createSeriesChat(d: {
  db: Database;
  clock: Clock;
  timeZone: string;
  series: ReturnType<typeof createSeriesCommands>;
}) {
  /** The same rule as the forms: nothing is planned in the past. */
  const notPast = notPastCheck(d);
  /** `text` (or a heading), then the next meetings with a warning for each on a holiday or in a vacation. */
  async function withUpcoming(
    overlegId: string,
    intro: { text: string } | { heading: string },
    count = 4,
    canMove = true,
  ) {
    const { occurrences, warnings } = await d.series.upcoming(overlegId, count);
    const first =
      'text' in intro ? intro.text : occurrences[0] ? `Volgende bijeenkomst: ${when(occurrences[0])}` : '';
    return {
      fallback: first,
      blocks: [
        'text' in intro
          ? { type: 'text' as const, text: intro.text }
          : { type: 'heading' as const, text: intro.heading },
        {
          type: 'list' as const,
          items: occurrences.map((o) => `${when(o)}${o.status === 'moved' ? ' (verplaatst)' : ''}`),
        },
        ...conflictNotes(warnings, overlegId, canMove),
      ],
      empty: occurrences.length === 0,
    };
  }

  /** The original start of the meeting on a date (a moved meeting is found on the date it moved to). */
  async function originalStartOn(overlegId: string, date: string): Promise<string> {
    const stored = await findSeries(d.db.pool, overlegId);
    if (!stored) throw new NotFound('Dit overleg heeft nog geen reeks.');
    const series = defineSeries(stored.definition);
    const day = DateTime.fromISO(date, { zone: series.timeZone });
    const found = day.isValid ? expandOccurrences(series, day, day.plus({ days: 1 }))[0] : undefined;
    if (!found) throw new NotFound(`Op ${date} staat geen bijeenkomst van deze werkgroep.`);
    return found.originalLocal;
  }

  const confirm = async (overlegId: string, text: string): Promise<Message> => {
    const { empty: _, ...message } = await withUpcoming(overlegId, { text });
    return message;
  };

  return {
    async run(command: SeriesChatCommand, member: Member | null, overlegId: string): Promise<Message> {
      switch (command.name) {
        case 'volgende': {
          const { empty, ...message } = await withUpcoming(
            overlegId,
            { heading: 'Volgende bijeenkomsten' },
            6,
            can(member, 'werkgroep.manage'),
          );
          return empty ? say('Er is nog geen bijeenkomst gepland.') : message;
        }
        case 'nieuwe-reeks':
          notPast(`${command.date}T${command.time}`, 'datum', PAST_MESSAGES.first);
          await d.series.createSeries(member, overlegId, {
            firstStart: `${command.date}T${command.time}`,
            everyWeeks: command.everyWeeks,
            durationMinutes: command.durationMinutes,
          });
          return confirm(
            overlegId,
            `De reeks staat: elke ${command.everyWeeks} weken vanaf ${command.date} om ${command.time}.`,
          );
        case 'annuleer': {
          const start = await originalStartOn(overlegId, command.date);
          await d.series.cancelOccurrence(member, overlegId, start);
          return say(
            `De bijeenkomst van ${command.date} gaat niet door. De werkgroep krijgt één kort bericht in plaats van de herinneringen.`,
          );
        }
        case 'verplaats': {
          const start = await originalStartOn(overlegId, command.date);
          const time = command.toTime ?? start.slice(11);
          notPast(`${command.toDate}T${time}`, 'datum', PAST_MESSAGES.moved);
          await d.series.moveOccurrence(member, overlegId, start, `${command.toDate}T${time}`);
          return confirm(
            overlegId,
            `Verplaatst naar ${command.toDate} om ${time}. De herinneringen volgen de nieuwe datum.`,
          );
        }
        case 'wijzig':
          // A change from a day counts from its start; a change from today is still allowed.
          notPast(`${command.from}T23:59`, 'datum', PAST_MESSAGES.from);
          await d.series.changeSeriesFrom(member, overlegId, {
            effectiveFrom: command.from,
            ...(command.everyWeeks ? { everyWeeks: command.everyWeeks } : {}),
            ...(command.time ? { time: command.time } : {}),
          });
          return confirm(
            overlegId,
            `De reeks is gewijzigd vanaf ${command.from}. Eerdere bijeenkomsten blijven zoals ze waren.`,
          );
      }
    },
  };
}
