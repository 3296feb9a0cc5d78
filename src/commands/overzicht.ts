import type { AnywhereCommand } from './command.ts';

/**
 * `overzicht` (also `start`, `hoi`): the member's overview again, the card Teams greets with and
 * Slack's App Home, after another card took its place.
 */
export const overzicht: AnywhereCommand<'overzicht'> = {
  where: 'anywhere',
  typed: { words: ['overzicht', 'start', 'hoi'], parse: () => ({ name: 'overzicht' }) },
  run: (_command, { uses, member, prefix }) => uses.home(member, prefix),
};
