import { PrivacyRefusal } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { type AnywhereCommand, say } from './command.ts';

/**
 * A word Schakel does not know as a command. Nothing typed is kept, but text with a client's
 * details is told so (what the guard found, never the text itself) before the usual hint.
 */
export const onbekend: AnywhereCommand<'onbekend'> = {
  where: 'anywhere',
  run: async (command, { prefix, uses }) => {
    const hint = words().answers.onbekend(prefix);
    try {
      uses.guard.check({ bericht: command.text });
    } catch (err) {
      if (!(err instanceof PrivacyRefusal)) throw err;
      const found = err.problems.map((p) => p.message).join(' ');
      return say(`${words().errors.privacyHeading} ${found} ${hint}`);
    }
    return say(hint);
  },
};
