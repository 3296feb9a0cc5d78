import type { WerkgroepCommand } from './command.ts';

/** `mislukt`: the werkgroep's messages that could not be sent. */
export const mislukt: WerkgroepCommand<'mislukt'> = {
  where: 'werkgroep',
  action: 'werkgroep.manage',
  typed: { words: ['mislukt'], parse: () => ({ name: 'mislukt' }) },
  run: (_command, { uses, member }, werkgroepId) => uses.admin.failedMessages(member, werkgroepId),
};
