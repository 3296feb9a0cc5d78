import { words } from '../messages/catalogue/words.ts';
import { type AnywhereCommand, say } from './command.ts';

/** A word Schakel does not know as a command. */
export const onbekend: AnywhereCommand<'onbekend'> = {
  where: 'anywhere',
  run: async (_command, { prefix }) => say(words().answers.onbekend(prefix)),
};
