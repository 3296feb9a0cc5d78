import { words } from '../messages/catalogue/words.ts';
import { say, type WerkgroepCommand } from './command.ts';

/** `vakantie <naam> <datum> t/m <datum>`: a holiday period; meetings in it get a warning. */
export const vakantie: WerkgroepCommand<'vakantie'> = {
  where: 'werkgroep',
  async run(command, { uses, member }, werkgroepId) {
    await uses.admin.addHolidayPeriod(member, werkgroepId, command);
    return say(words().answers.vakantie(command.label, command.from, command.to));
  },
};
