import type { AnywhereCommand } from './command.ts';

/** `samenvatting laatste`: the region's latest published digest. */
export const samenvattingLaatste: AnywhereCommand<'samenvatting-laatste'> = {
  where: 'anywhere',
  run: (_command, { uses, member, place }) => uses.digest.latestDigest(member, place),
};
