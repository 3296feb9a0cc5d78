import { type AnywhereCommand, say } from './command.ts';

/** `koppel <werkgroep>`: this channel gets the werkgroep's reminders. */
export const koppel: AnywhereCommand<'koppel'> = {
  where: 'anywhere',
  typed: {
    words: ['koppel'],
    parse: (rest) => (rest ? { name: 'koppel', werkgroep: rest } : null),
  },
  run: async (command, { uses, member, user, place }) =>
    say(await uses.channelLinks.koppel(member, user, place, command.werkgroep)),
};
