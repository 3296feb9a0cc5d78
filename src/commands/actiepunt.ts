import { words } from '../messages/catalogue/words.ts';
import { notPastCheck, PAST_MESSAGES } from '../rhythm/not-in-past.ts';
import { say, type WerkgroepCommand } from './command.ts';

// A date written in figures ("2027-02-29", "31-06"): after "tot" it is meant as the deadline,
// even when no such day exists, and is never silently kept as part of the text.
const DATE_IN_FIGURES = /^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{2,4})?$/;

/** `actiepunt <tekst> [tot <datum>]`: an actiepunt with the member as its owner (the use case authorizes). */
export const actiepunt: WerkgroepCommand<'actiepunt'> = {
  where: 'werkgroep',
  typed: {
    words: ['actiepunt'],
    parse(rest, read) {
      const m = rest.match(/^(.+) tot (.+)$/i);
      const due = read.day(m?.[2]);
      if (m?.[1] && due) return { name: 'actiepunt', text: m[1], dueDate: due };
      if (m?.[2] && DATE_IN_FIGURES.test(m[2].trim())) return null;
      return rest ? { name: 'actiepunt', text: rest, dueDate: null } : null;
    },
  },
  async run(command, { uses, member }, werkgroepId) {
    // A deadline is for today or later: one already past is most likely a slip.
    if (command.dueDate) notPastCheck(uses)(`${command.dueDate}T23:59`, 'datum', PAST_MESSAGES.from);
    await uses.agenda.addActiepunt(member, werkgroepId, {
      description: command.text,
      ownerId: member?.id ?? null,
      dueDate: command.dueDate,
    });
    return say(words().answers.actiepunt);
  },
};
