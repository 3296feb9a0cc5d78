import { words } from '../messages/catalogue/words.ts';
import { usageOf } from '../messages/commands.ts';
import { noSuchDateSaid } from '../messages/no-such-date.ts';
import { type AnywhereCommand, decline } from './command.ts';

/**
 * A known command typed in a way it cannot be read: its usage, after a date that does not exist;
 * with a month misspelt, whether the date it meant was meant.
 */
export const ongeldig: AnywhereCommand<'ongeldig'> = {
  where: 'anywhere',
  run: async (command, { prefix }) => {
    // "annuleer 23 decmber": the date meant asked after, as a command word misspelt is (onbekend).
    if (command.dateMeant)
      return decline(
        words().answers.dateMeant(command.dateMeant, `${prefix}${command.retyped ?? command.command}`),
      );
    const usage = usageOf(command.command, prefix);
    return decline(
      command.noSuchDate
        ? words().answers.noSuchDateUsage(noSuchDateSaid(command.noSuchDate), usage)
        : words().answers.ongeldig(usage),
    );
  },
};
