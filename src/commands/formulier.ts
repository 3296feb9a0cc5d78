import type { WerkgroepCommand } from './command.ts';

/** `nieuwe-reeks`, `wijzig`, `verplaats` or `annuleer` without details: the form instead. */
export const formulier: WerkgroepCommand<'formulier'> = {
  where: 'werkgroep',
  run: (command, { uses, member, prefix }, werkgroepId) =>
    uses.forms.openForm(member, command.form, werkgroepId, prefix),
};
