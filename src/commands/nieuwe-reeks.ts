import { words } from '../messages/catalogue/words.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { notPastCheck, PAST_MESSAGES } from '../rhythm/not-in-past.ts';
import { decline, type WerkgroepCommand } from './command.ts';
import { clock, TIME } from './read.ts';
import { confirm } from './series-answers.ts';
import { checkSeriesValues } from './series-values.ts';

/** `nieuwe-reeks <datum> <UU:MM> …`: the projectleider plans the werkgroep's series. */
export const nieuweReeks: WerkgroepCommand<'nieuwe-reeks'> = {
  where: 'werkgroep',
  typed: {
    words: ['nieuwe-reeks'],
    parse(rest, read) {
      // Without details the form opens instead.
      if (rest === '') return { name: 'formulier', form: 'reeks-nieuw' };
      const m = rest.match(
        new RegExp(
          `^(.+?) (?:om )?${TIME}(?: elke (\\d{1,2}) weken)?(?: duur (\\d{1,3})(?: minuten)?)?$`,
          'i',
        ),
      );
      const date = read.day(m?.[1]);
      return m?.[2] && date
        ? {
            name: 'nieuwe-reeks',
            date,
            time: clock(m[2]),
            everyWeeks: Number(m[3] ?? 4),
            durationMinutes: Number(m[4] ?? 90),
          }
        : null;
    },
  },
  action: 'werkgroep.manage',
  async run(command, { uses, member, prefix }, werkgroepId) {
    // A werkgroep with a series hears that first, and how to change it, whatever else was typed.
    if (await uses.series.hasSeries(werkgroepId))
      return decline(words().answers.problems.seriesExists(prefix));
    checkSeriesValues(command);
    notPastCheck(uses)(`${command.date}T${command.time}`, 'datum', PAST_MESSAGES.first);
    await uses.series.createSeries(
      member,
      werkgroepId,
      {
        firstStart: `${command.date}T${command.time}`,
        everyWeeks: command.everyWeeks,
        durationMinutes: command.durationMinutes,
      },
      prefix,
    );
    return confirm(
      uses,
      werkgroepId,
      words().answers.series.created(command.everyWeeks, readableIsoDate(command.date), command.time),
    );
  },
};
