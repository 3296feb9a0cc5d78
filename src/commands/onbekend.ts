import { words } from '../messages/catalogue/words.ts';
import { type AnywhereCommand, say } from './command.ts';

/**
 * A word Schakel does not know as a command. Nothing typed is kept, but text with a client's
 * details is refused as any other (the guard's PrivacyRefusal): the platform's answer says what
 * was found, never the text itself, and in a shared channel that the writer should delete it.
 * The unknown-command hint would only distract from that, so it is left out then.
 */
export const onbekend: AnywhereCommand<'onbekend'> = {
  where: 'anywhere',
  run: async (command, { prefix, uses }) => {
    uses.guard.check({ bericht: command.text });
    return say(words().answers.onbekend(prefix));
  },
};
