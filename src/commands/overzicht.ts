import type { AnywhereCommand } from './command.ts';

/**
 * `overzicht` (also `start` and a greeting: `hoi`, `hallo`, `hi`, `hey`, `hello`): the member's overview again, the card Teams greets with and
 * Slack's App Home, after another card took its place. Only ever in the member's own chat.
 */
export const overzicht: AnywhereCommand<'overzicht'> = {
  where: 'anywhere',
  typed: {
    words: ['overzicht', 'start', 'hoi', 'hallo', 'hi', 'hey', 'hello'],
    parse: () => ({ name: 'overzicht' }),
  },
  // Personal (their actiepunten, open check-ins): typed in a channel it goes to the member alone.
  run: async (_command, { uses, member, prefix }) => ({
    ...(await uses.home(member, prefix)),
    private: true,
  }),
};
