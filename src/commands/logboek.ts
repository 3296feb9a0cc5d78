import type { WerkgroepCommand } from './command.ts';

/** `logboek`: the region's audit log (its projectleider, or a beheerder). */
export const logboek: WerkgroepCommand<'logboek'> = {
  where: 'werkgroep',
  action: 'audit.read',
  typed: { words: ['logboek'], parse: () => ({ name: 'logboek' }) },
  run: (_command, { uses, member }, werkgroepId) => uses.admin.auditLog(member, werkgroepId),
};
