import type { AnywhereCommand } from './command.ts';

/** `help [alles]`: what Schakel can do for this member. */
export const help: AnywhereCommand<'help'> = {
  where: 'anywhere',
  typed: { words: ['', 'help', 'hulp'], parse: (rest) => ({ name: 'help', all: /^all/i.test(rest) }) },
  run: (command, { uses, member, prefix }) => uses.help(member, prefix, command.all),
};
