import { words } from '../messages/catalogue/words.ts';
import { type AnywhereCommand, say } from './command.ts';

/**
 * A word Schakel does not know as a command. Nothing typed is kept, but text with a client's
 * details gets the privacy explanation (the guard's refusal) rather than "I don't know that".
 */
export const onbekend: AnywhereCommand<'onbekend'> = {
  where: 'anywhere',
  run: async (command, { prefix, uses }) => {
    uses.guard.check({ bericht: command.text });
    return say(words().answers.onbekend(prefix));
  },
};
