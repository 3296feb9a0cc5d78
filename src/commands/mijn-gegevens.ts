import type { AnywhereCommand } from './command.ts';

/** `mijn-gegevens`: the member's inzage (AVG). */
export const mijnGegevens: AnywhereCommand<'mijn-gegevens'> = {
  where: 'anywhere',
  typed: { words: ['mijn-gegevens'], parse: () => ({ name: 'mijn-gegevens' }) },
  run: (_command, { uses, member }) => uses.avg.inzage(member),
};
