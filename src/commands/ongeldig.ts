import { words } from '../messages/catalogue/words.ts';
import { usageOf } from '../messages/commands.ts';
import { type AnywhereCommand, say } from './command.ts';

/** A known command typed in a way it cannot be read: its usage. */
export const ongeldig: AnywhereCommand<'ongeldig'> = {
  where: 'anywhere',
  run: async (command, { prefix }) => say(words().answers.ongeldig(usageOf(command.command, prefix))),
};
