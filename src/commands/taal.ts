import type { AnywhereCommand } from './command.ts';

/** `taal en`, `taal nl` (also `language …`): the language Schakel writes the member in, chosen by them. */
export const taal: AnywhereCommand<'taal'> = {
  where: 'anywhere',
  typed: {
    words: ['taal', 'language'],
    parse: (rest) => ({ name: 'taal', choice: rest === '' ? null : rest.toLowerCase() }),
  },
  run: (command, { uses, member }) => uses.chooseLanguage(member, command.choice),
};
