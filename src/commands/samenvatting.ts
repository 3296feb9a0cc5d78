import type { AnywhereCommand } from './command.ts';

/** `samenvatting [periode]`: the stuurgroep digest's draft; the region's, so typed anywhere. */
export const samenvatting: AnywhereCommand<'samenvatting'> = {
  where: 'anywhere',
  run: (command, { uses, member, place }) => uses.digest.digestDraft(member, place, command.period),
};
