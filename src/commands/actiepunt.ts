import { dueSuffix, todayIn } from '../messages/actiepunt-due.ts';
import { words } from '../messages/catalogue/words.ts';
import { klaarButtons } from '../messages/meeting-messages.ts';
import type { Message } from '../messages/model.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { notPastCheck, PAST_MESSAGES } from '../rhythm/not-in-past.ts';
import { say, type WerkgroepCommand } from './command.ts';
import type { CommandUses } from './uses.ts';

type OpenActiepunt = Awaited<ReturnType<CommandUses['openActiepunten']>>[number];

// A date written in figures ("2027-02-29", "31-06") or with a month ("30 februari"): after "tot"
// it is meant as the deadline, even when no such day exists, and is never kept as part of the text.
const DATE_IN_FIGURES = /^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{2,4})?$/;

/** The same words, whatever the capitals, spaces or closing full stop: "Folder  rondsturen." = "folder rondsturen". */
const sameWords = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.!]+$/, '')
    .trim();

/**
 * `actiepunt <tekst> [tot <datum>]`: an actiepunt with the member as its owner (the use case
 * authorizes). The answer names its number, owner and deadline; the same open actiepunt of the
 * same owner typed again (a double send, a second tap) is not noted twice but pointed to.
 */
export const actiepunt: WerkgroepCommand<'actiepunt'> = {
  where: 'werkgroep',
  typed: {
    words: ['actiepunt'],
    parse(rest, read) {
      const m = rest.match(/^(.+) tot (.+)$/i);
      const due = read.day(m?.[2]);
      if (m?.[1] && due) return { name: 'actiepunt', text: m[1], dueDate: due };
      if (m?.[2] && (DATE_IN_FIGURES.test(m[2].trim()) || read.noSuchDate)) return null;
      return rest ? { name: 'actiepunt', text: rest, dueDate: null } : null;
    },
  },
  async run(command, { uses, member, prefix }, werkgroepId) {
    // A deadline is for today or later: one already past is most likely a slip.
    if (command.dueDate) notPastCheck(uses)(`${command.dueDate}T23:59`, 'datum', PAST_MESSAGES.from);
    const today = todayIn(uses.clock.now(), uses.timeZone);
    const mine = (a: OpenActiepunt) => a.owner !== null && a.owner.id === member?.id;
    const twin = (await uses.openActiepunten(werkgroepId)).find(
      (a) => mine(a) && sameWords(a.description) === sameWords(command.text),
    );
    const w = words().answers.actiepunt;
    if (twin) return say(w.duplicate(twin.number, dueSuffix(twin.dueDate, today), prefix));
    const id = await uses.agenda.addActiepunt(member, werkgroepId, {
      description: command.text,
      ownerId: member?.id ?? null,
      dueDate: command.dueDate,
    });
    const made = (await uses.openActiepunten(werkgroepId)).find((a) => a.id === id);
    return made ? noted(made, werkgroepId, prefix) : say(w.noted);
  },
};

/** "Actiepunt genoteerd" with what was noted: number, text, owner, deadline, and its Klaar button. */
function noted(a: OpenActiepunt, werkgroepId: string, prefix: string): Message {
  const w = words().answers.actiepunt;
  return {
    fallback: `${w.noted} #${a.number} ${a.description}`,
    blocks: [
      { type: 'text', text: w.noted },
      {
        type: 'facts',
        facts: [
          { label: w.number, value: `#${a.number}` },
          { label: w.description, value: a.description },
          { label: w.owner, value: a.owner?.name ?? '' },
          { label: w.due, value: a.dueDate ? readableIsoDate(a.dueDate) : w.noDue },
        ],
      },
      ...klaarButtons(werkgroepId, [a]),
      { type: 'note', text: w.note(a.number, prefix) },
    ],
  };
}
