import { InvalidInput, NotFound } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { startsInPast } from '../rhythm/not-in-past.ts';
import { putBack, whichToPutBack } from '../rhythm/put-back.ts';
import { say, type WerkgroepCommand } from './command.ts';
import { cancelledNear, confirm, foundByOriginalNote, meetingsOn, readableStart } from './series-answers.ts';

/**
 * `herstel <datum>`: a meeting cancelled by mistake goes ahead after all, at its own time or where
 * it had been moved to; its reminders are planned again, and a werkgroep told of the cancellation
 * is told once it is back. The date is the one the meeting stood on, or the day it was moved away
 * from when no meeting stands there. Two cancelled meetings on that day: asked which (a button
 * each); `herstel <datum> van <datum>` names the one planned on the second date.
 */
export const herstel: WerkgroepCommand<'herstel'> = {
  where: 'werkgroep',
  typed: {
    words: ['herstel'],
    parse(rest, read) {
      const date = read.day(rest);
      if (date) return { name: 'herstel', date };
      // `herstel <datum> van <datum>`: which one of the cancelled meetings on that day.
      const m = rest.match(/^(.+?) van (.+)$/i);
      const [on, from] = [read.day(m?.[1]), read.day(m?.[2])];
      return on && from ? { name: 'herstel', date: on, from } : null;
    },
  },
  action: 'werkgroep.manage',
  async run(command, { uses, member, prefix }, werkgroepId) {
    const w = words().answers;
    // No meeting that day (nor moved away from it): the cancelled one nearby is named, and how to
    // put it back.
    const meetings = await meetingsOn(uses, werkgroepId, command.date, 'cancelled').catch(
      async (err: unknown) => {
        const near = err instanceof NotFound ? await cancelledNear(uses, werkgroepId, command.date) : null;
        if (!near) throw err;
        const at = readableStart(near);
        throw new NotFound(
          w.herstelNear(readableIsoDate(command.date), at.date, at.time, putBack(prefix, near)),
        );
      },
    );
    const { from } = command;
    const [meeting, ...others] = from
      ? meetings.filter((m) => m.originalStart.startsWith(`${from}T`))
      : meetings;
    if (!meeting)
      throw new NotFound(w.herstelNoneFrom(readableIsoDate(command.date), readableIsoDate(from ?? '')));
    // More than one cancelled that day: asked which, not guessed.
    if (others.length > 0) return whichToPutBack(werkgroepId, command.date, [meeting, ...others], prefix);
    const { date, time } = readableStart(meeting.start);
    // Begun or over: nothing to go ahead any more (the meeting's time, not the day's end).
    if (startsInPast(meeting.start, uses.timeZone, uses.clock.now())) {
      const message = w.herstelPast(date, time, prefix);
      throw new InvalidInput([{ field: 'datum', message }]);
    }
    const outcome = await uses.series.restoreOccurrence(member, werkgroepId, meeting.originalStart, prefix);
    if (!outcome.restored) return say(foundByOriginalNote(meeting) + w.herstelNotCancelled(date));
    const original = readableStart(meeting.originalStart);
    const movedFrom =
      meeting.start === meeting.originalStart ? null : words().dates.moment(original.date, original.time);
    return confirm(uses, werkgroepId, w.herstel(date, time, outcome.told, movedFrom));
  },
};
