import { words } from '../messages/catalogue/words.ts';
import { notPastCheck, PAST_MESSAGES } from '../rhythm/not-in-past.ts';
import type { WerkgroepCommand } from './command.ts';
import { confirm } from './series-answers.ts';

/** `nieuwe-reeks <datum> <UU:MM> …`: the projectleider plans the werkgroep's series. */
export const nieuweReeks: WerkgroepCommand<'nieuwe-reeks'> = {
  where: 'werkgroep',
  action: 'werkgroep.manage',
  async run(command, { uses, member }, werkgroepId) {
    notPastCheck(uses)(`${command.date}T${command.time}`, 'datum', PAST_MESSAGES.first);
    await uses.series.createSeries(member, werkgroepId, {
      firstStart: `${command.date}T${command.time}`,
      everyWeeks: command.everyWeeks,
      durationMinutes: command.durationMinutes,
    });
    return confirm(
      uses,
      werkgroepId,
      words().answers.series.created(command.everyWeeks, command.date, command.time),
    );
  },
};
