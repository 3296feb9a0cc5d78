import { can } from '../domain/authorization.ts';
import { words } from '../messages/catalogue/words.ts';
import { COMMAND_ACTION } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';
import type { AnywhereCommand } from './command.ts';
import { DATE } from './read.ts';
import { typedTertiaal } from './typed-tertiaal.ts';

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
      const tertiaal = typedTertiaal(rest);
      return tertiaal ? { name: 'samenvatting', period: tertiaal } : null;
    },
  },
  async run(command, { uses, member, place, prefix }) {
    // A stuurgroeplid reads the summary but does not draft it: pointed to what they can read.
    if (can(member, 'digest.read') && !can(member, 'digest.draft')) return readerOnly(prefix);
    return uses.digest.digestDraft(member, place, command.period);
  },
};

/** For a reader of the summary: who drafts it, and the published one one tap away. */
function readerOnly(prefix: string): Message {
  const w = words().answers.digest;
  const text = w.readerOnly(prefix);
  return {
    fallback: text,
    blocks: [
      { type: 'text', text },
      {
        type: 'actions',
        actions: [{ id: COMMAND_ACTION, label: w.readLatest, value: 'samenvatting laatste' }],
      },
    ],
  };
}
