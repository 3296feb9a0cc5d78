import type { AnywhereCommand } from './command.ts';
import { DATE } from './read.ts';

/** `samenvatting [periode]`: the stuurgroep digest's draft; the region's, so typed anywhere. */
export const samenvatting: AnywhereCommand<'samenvatting'> = {
  where: 'anywhere',
  typed: {
    words: ['samenvatting'],
    parse(rest) {
      if (rest === '') return { name: 'samenvatting', period: null };
      if (rest.toLowerCase() === 'laatste') return { name: 'samenvatting-laatste' };
      if (new RegExp(`^(?:SG-)?${DATE}$`, 'i').test(rest))
        return { name: 'samenvatting', period: rest.toUpperCase() };
      return /^\d{4}-T[123]$/i.test(rest) ? { name: 'samenvatting', period: rest.toUpperCase() } : null;
    },
  },
  run: (command, { uses, member, place }) => uses.digest.digestDraft(member, place, command.period),
};
