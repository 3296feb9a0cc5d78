import type { WerkgroepCommand } from './command.ts';

/** `herinneringen [instelling waarde]`: the werkgroep's reminder settings, shown or changed. */
export const herinneringen: WerkgroepCommand<'herinneringen'> = {
  where: 'werkgroep',
  run: (command, { uses, member }, werkgroepId) =>
    uses.admin.reminderSettings(member, werkgroepId, command.setting),
};
