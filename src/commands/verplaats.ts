import { words } from '../messages/catalogue/words.ts';
import { notPastCheck, PAST_MESSAGES } from '../rhythm/not-in-past.ts';
import type { WerkgroepCommand } from './command.ts';
import { confirm, originalStartOn } from './series-answers.ts';

/** `verplaats <datum> naar <datum> [UU:MM]`: one meeting moves; its reminders follow. */
export const verplaats: WerkgroepCommand<'verplaats'> = {
  where: 'werkgroep',
  action: 'werkgroep.manage',
  async run(command, { uses, member }, werkgroepId) {
    const start = await originalStartOn(uses, werkgroepId, command.date);
    const time = command.toTime ?? start.slice(11);
    notPastCheck(uses)(`${command.toDate}T${time}`, 'datum', PAST_MESSAGES.moved);
    await uses.series.moveOccurrence(member, werkgroepId, start, `${command.toDate}T${time}`);
    return confirm(uses, werkgroepId, words().answers.series.movedTo(command.toDate, time));
  },
};
