import type { AnywhereCommand } from './command.ts';

/** `nieuwe-werkgroep [naam]`: the set-up form; setting up happens in the region, from any channel. */
export const nieuweWerkgroep: AnywhereCommand<'nieuwe-werkgroep'> = {
  where: 'anywhere',
  typed: {
    words: ['nieuwe-werkgroep'],
    parse: (rest) => ({ name: 'nieuwe-werkgroep', naam: rest || null }),
  },
  run: (command, { uses, member, user, place }) =>
    uses.onboarding.openForm(member, user, place, command.naam),
};
