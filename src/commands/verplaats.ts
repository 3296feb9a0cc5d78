import { words } from '../messages/catalogue/words.ts';
import { nextYearTyped, withNextYear } from '../messages/next-year.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { werkgroepName } from '../messages/werkgroep-name.ts';
import { notPastCheck, PAST_MESSAGES } from '../rhythm/not-in-past.ts';
import { todayIsoIn } from '../schedule/local-time.ts';
import { countedBack } from './actiepunt.ts';
import type { WerkgroepCommand } from './command.ts';
import { clock, TIME } from './read.ts';
import { alreadyMovedTo, confirm, originalStartOn } from './series-answers.ts';
import { checkSeriesValues } from './series-values.ts';

/** `verplaats <datum> naar <datum> [UU:MM]`: one meeting moves; its reminders follow. */
export const verplaats: WerkgroepCommand<'verplaats'> = {
  where: 'werkgroep',
  typed: {
    words: ['verplaats'],
    parse(rest, read) {
      if (rest === '') return { name: 'formulier', form: 'bijeenkomst' };
      const m = rest.match(new RegExp(`^(.+?) naar (.+?)(?: (?:om )?${TIME})?$`, 'i'));
      const [date, toDate] = [read.day(m?.[1]), read.day(m?.[2])];
      return m && date && toDate
        ? { name: 'verplaats', date, toDate, toTime: m[3] ? clock(m[3]) : null, ...countedBack(m[2] ?? '') }
        : null;
    },
  },
  action: 'werkgroep.manage',
  async run(command, { uses, member, prefix }, werkgroepId) {
    checkSeriesValues({ time: command.toTime });
    const { date, toDate, toTime } = command;
    // Pressed again on an older card, or sent twice at once: said so, with the meetings as they stand.
    const already = async (taken: string) => {
      const w = words().answers.series;
      return confirm(
        uses,
        werkgroepId,
        w.alreadyMoved(readableIsoDate(date), readableIsoDate(toDate), taken),
      );
    };
    const taken = await alreadyMovedTo(uses, werkgroepId, date, toDate, toTime);
    if (taken) return already(taken);
    const start = await originalStartOn(uses, werkgroepId, command.date);
    const time = command.toTime ?? start.slice(11);
    // "naar 3 dec" typed on 6 December: how to type next year's, as for a deadline.
    const nextYear = command.countedBack
      ? null
      : nextYearTyped(command.toDate, todayIsoIn(uses.clock.now(), uses.timeZone));
    notPastCheck(uses)(`${command.toDate}T${time}`, 'datum', withNextYear(PAST_MESSAGES.moved, nextYear));
    const outcome = await uses.series.moveOccurrence(
      member,
      werkgroepId,
      start,
      `${command.toDate}T${time}`,
      prefix,
    );
    if (outcome === 'unchanged') return already(time);
    // It may replace the card that told how to link the channel: named, in words, and that said again.
    const info = await uses.werkgroepInfo(werkgroepId);
    const day = readableIsoDate(command.toDate);
    const w = words();
    const moved = await confirm(uses, werkgroepId, w.answers.series.movedTo(werkgroepName(info), day, time));
    if (!info || info.linked) return moved;
    return {
      ...moved,
      blocks: [...moved.blocks, { type: 'text', text: w.forms.created.notLinked(prefix, info.name) }],
    };
  },
};
