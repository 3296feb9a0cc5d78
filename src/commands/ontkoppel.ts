import { type AnywhereCommand, say } from './command.ts';

/** `ontkoppel [werkgroep]`: this channel no longer gets the reminders of its (named) werkgroep. */
export const ontkoppel: AnywhereCommand<'ontkoppel'> = {
  where: 'anywhere',
  typed: { words: ['ontkoppel'], parse: (rest) => ({ name: 'ontkoppel', werkgroep: rest || null }) },
  run: async (command, { uses, member, place }) =>
    say(await uses.channelLinks.ontkoppel(member, place, command.werkgroep)),
};
