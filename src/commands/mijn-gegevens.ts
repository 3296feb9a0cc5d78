import type { AnywhereCommand } from './command.ts';

/** `mijn-gegevens`: the member's inzage (AVG). */
export const mijnGegevens: AnywhereCommand<'mijn-gegevens'> = {
  where: 'anywhere',
  run: (_command, { uses, member }) => uses.avg.inzage(member),
};
