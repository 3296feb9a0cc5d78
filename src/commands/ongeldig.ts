import { words } from '../messages/catalogue/words.ts';
import { usageOf } from '../messages/commands.ts';
import { noSuchDateSaid } from '../messages/no-such-date.ts';
import { type AnywhereCommand, decline } from './command.ts';

/** A known command typed in a way it cannot be read: its usage, after a date that does not exist. */
export const ongeldig: AnywhereCommand<'ongeldig'> = {
  where: 'anywhere',
  run: async (command, { prefix }) => {
    const usage = usageOf(command.command, prefix);
    return decline(
      command.noSuchDate
        ? words().answers.noSuchDateUsage(noSuchDateSaid(command.noSuchDate), usage)
        : words().answers.ongeldig(usage),
    );
  },
};
