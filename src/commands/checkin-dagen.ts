import { words } from '../messages/catalogue/words.ts';
import { say, type WerkgroepCommand } from './command.ts';
import { count } from './read.ts';

/** `checkin-dagen <n>`: how many days the check-in stays open after each meeting. */
export const checkinDagen: WerkgroepCommand<'checkin-dagen'> = {
  where: 'werkgroep',
  action: 'werkgroep.manage',
  typed: {
    words: ['checkin-dagen'],
    parse(rest) {
      const days = count(rest);
      return days === null ? null : { name: 'checkin-dagen', days };
    },
  },
  async run(command, { uses, member }, werkgroepId) {
    await uses.checkinSettings.setCheckinOpenDays(member, werkgroepId, command.days);
    return say(words().answers.checkinDagen(command.days));
  },
};
