import { InvalidInput, NotFound } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { startsInPast } from '../rhythm/not-in-past.ts';
import { putBack } from '../rhythm/put-back.ts';
import { say, type WerkgroepCommand } from './command.ts';
import { cancelledNear, confirm, originalStartOn } from './series-answers.ts';

/**
 * `herstel <datum>`: a meeting cancelled by mistake goes ahead after all, at its own time; its
 * reminders are planned again, and a werkgroep told of the cancellation is told once it is back.
 */
export const herstel: WerkgroepCommand<'herstel'> = {
  where: 'werkgroep',
  typed: {
    words: ['herstel'],
    parse(rest, read) {
      const date = read.day(rest);
      return date ? { name: 'herstel', date } : null;
    },
  },
  action: 'werkgroep.manage',
  async run(command, { uses, member, prefix }, werkgroepId) {
    const w = words().answers;
    // No meeting that day: the cancelled one nearby is named, as `herstel` wants it (a meeting moved
    // and then cancelled comes back on its own date, not on the day it had moved to).
    const start = await originalStartOn(uses, werkgroepId, command.date).catch(async (err: unknown) => {
      const near = err instanceof NotFound ? await cancelledNear(uses, werkgroepId, command.date) : null;
      if (!near) throw err;
      throw new NotFound(
        w.herstelNear(
          readableIsoDate(command.date),
          readableIsoDate(near.slice(0, 10)),
          near.slice(11),
          putBack(prefix, near),
        ),
      );
    });
    const date = readableIsoDate(command.date);
    // Begun or over: nothing to go ahead any more (the meeting's time, not the day's end).
    if (startsInPast(start, uses.timeZone, uses.clock.now())) {
      const message = w.herstelPast(date, start.slice(11), prefix);
      throw new InvalidInput([{ field: 'datum', message }]);
    }
    const outcome = await uses.series.restoreOccurrence(member, werkgroepId, start);
    if (!outcome.restored) return say(w.herstelNotCancelled(date));
    return confirm(uses, werkgroepId, w.herstel(date, start.slice(11), outcome.told));
  },
};
