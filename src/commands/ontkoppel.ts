import { type AnywhereCommand, say } from './command.ts';

/** `ontkoppel`: this channel no longer gets a werkgroep's reminders. */
export const ontkoppel: AnywhereCommand<'ontkoppel'> = {
  where: 'anywhere',
  typed: { words: ['ontkoppel'], parse: () => ({ name: 'ontkoppel' }) },
  run: async (_command, { uses, member, place }) => say(await uses.channelLinks.ontkoppel(member, place)),
};
