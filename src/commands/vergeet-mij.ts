import type { AnywhereCommand } from './command.ts';

/** `vergeet-mij [bevestig]`: the member's data erased, after confirming (AVG). */
export const vergeetMij: AnywhereCommand<'vergeet-mij'> = {
  where: 'anywhere',
  typed: {
    words: ['vergeet-mij'],
    parse: (rest) => ({ name: 'vergeet-mij', confirmed: rest.toLowerCase() === 'bevestig' }),
  },
  run: (command, { uses, member, prefix }) => uses.avg.vergeten(member, command.confirmed, prefix),
};
