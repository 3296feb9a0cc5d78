import { words } from '../messages/catalogue/words.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { notPastDayCheck, PAST_MESSAGES } from '../rhythm/not-in-past.ts';
import type { WerkgroepCommand } from './command.ts';
import { clock, TIME } from './read.ts';
import { confirm } from './series-answers.ts';
import { checkSeriesValues } from './series-values.ts';

/** `wijzig vanaf <datum> …`: the series changes from a day on; earlier meetings stay. */
export const wijzig: WerkgroepCommand<'wijzig'> = {
  where: 'werkgroep',
  typed: {
    words: ['wijzig'],
    parse(rest, read) {
      if (rest === '') return { name: 'formulier', form: 'reeks-wijzig' };
      const m = rest.match(new RegExp(`^vanaf (.+?)(?: elke (\\d{1,2}) weken)?(?: om ${TIME})?$`, 'i'));
      const from = read.day(m?.[1]);
      return m && from && (m[2] || m[3])
        ? { name: 'wijzig', from, everyWeeks: m[2] ? Number(m[2]) : null, time: m[3] ? clock(m[3]) : null }
        : null;
    },
  },
  action: 'werkgroep.manage',
  async run(command, { uses, member }, werkgroepId) {
    checkSeriesValues(command);
    // A change from a day counts from its start; a change from today is still allowed.
    notPastDayCheck(uses)(command.from, 'datum', PAST_MESSAGES.from);
    await uses.series.changeSeriesFrom(member, werkgroepId, {
      effectiveFrom: command.from,
      ...(command.everyWeeks !== null ? { everyWeeks: command.everyWeeks } : {}),
      ...(command.time ? { time: command.time } : {}),
    });
    return confirm(uses, werkgroepId, words().answers.series.changedFrom(readableIsoDate(command.from)));
  },
};
