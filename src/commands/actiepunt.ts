import { words } from '../messages/catalogue/words.ts';
import { say, type WerkgroepCommand } from './command.ts';

/** `actiepunt <tekst> [tot <datum>]`: an actiepunt with the member as its owner (the use case authorizes). */
export const actiepunt: WerkgroepCommand<'actiepunt'> = {
  where: 'werkgroep',
  typed: {
    words: ['actiepunt'],
    parse(rest, read) {
      const m = rest.match(/^(.+) tot (.+)$/i);
      const due = read.day(m?.[2]);
      if (m?.[1] && due) return { name: 'actiepunt', text: m[1], dueDate: due };
      return rest ? { name: 'actiepunt', text: rest, dueDate: null } : null;
    },
  },
  async run(command, { uses, member }, werkgroepId) {
    await uses.agenda.addActiepunt(member, werkgroepId, {
      description: command.text,
      ownerId: member?.id ?? null,
      dueDate: command.dueDate,
    });
    return say(words().answers.actiepunt);
  },
};
