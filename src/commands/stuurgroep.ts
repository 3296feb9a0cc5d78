import type { AnywhereCommand } from './command.ts';

/** `stuurgroep …`: the region's stuurgroep dates and digest settings, typed anywhere in the region. */
export const stuurgroep: AnywhereCommand<'stuurgroep'> = {
  where: 'anywhere',
  run: (command, { uses, member, place, prefix }) =>
    uses.stuurgroep.stuurgroep(member, place, command, prefix),
};
