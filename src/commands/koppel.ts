import { type AnywhereCommand, say } from './command.ts';

/** `koppel <werkgroep>`: this channel gets the werkgroep's reminders; a bare `koppel` is asked which. */
export const koppel: AnywhereCommand<'koppel'> = {
  where: 'anywhere',
  typed: {
    words: ['koppel'],
    parse: (rest) => ({ name: 'koppel', werkgroep: rest }),
  },
  run: async (command, { uses, member, user, place }) =>
    say(await uses.channelLinks.koppel(member, user, place, command.werkgroep)),
};
