import { InvalidInput, NotFound } from '../domain/errors.ts';
import { dayOffNote } from '../messages/actiepunt-due.ts';
import { words } from '../messages/catalogue/words.ts';
import { currentLocale } from '../messages/locale.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { todayIsoIn } from '../schedule/local-time.ts';
import { countedBack, refusePast } from './actiepunt.ts';
import { decline, say, type WerkgroepCommand } from './command.ts';
import { listNumber } from './read.ts';

/** The word people add before the date: "deadline 3 tot vrijdag", "deadline 3 naar 18 december". */
const JOINING = /^(#?\s?\d+|[a-zé]+) (?:(?:tot|naar|op|voor|per) )?(.+)$/i;
/** To a member who chose English, the English words too ("deadline 3 until Friday"), as actiepunt reads them. */
const JOINING_EN = /^(#?\s?\d+|[a-zé]+) (?:(?:tot|naar|op|voor|per|until|by|before|to|on) )?(.+)$/i;

/**
 * `deadline <nummer> <datum>` (the number as in klaar: "6", "#6", "zes") sets or changes the deadline of an open actiepunt (the date read as
 * after actiepunt's "tot", and refused when past, in the same words); `deadline <nummer> geen`
 * removes it. Who may finish the actiepunt may change it (the use case authorizes); the answer
 * names the actiepunt, its new deadline in full and its owner, and when that is a day off, says so.
 */
export const deadline: WerkgroepCommand<'deadline'> = {
  where: 'werkgroep',
  typed: {
    words: ['deadline'],
    parse(rest, read) {
      const m = rest.match(currentLocale() === 'en' ? JOINING_EN : JOINING);
      const number = listNumber(m?.[1] ?? '');
      if (!m?.[2] || number === null) return null;
      // "deadline twee weken": a period ("over twee weken"), no actiepunt named by a number word.
      if (!/\d/.test(m[1] ?? '') && /^(?:dagen|dag|weken|week|maanden|maand)\b/i.test(m[2])) return null;
      if (/^geen\.?$/i.test(m[2])) return { name: 'deadline', number, dueDate: null };
      const dueDate = read.deadline(m[2]);
      if (dueDate) return { name: 'deadline', number, dueDate, ...countedBack(m[2]) };
      // A day that does not exist (30 februari) is named by `ongeldig`; other words are refused in run.
      if (read.noSuchDate) return null;
      const dateMeant = read.mended(m[2]);
      return { name: 'deadline', number, dueDate: null, unread: m[2], ...(dateMeant ? { dateMeant } : {}) };
    },
  },
  // Only the werkgroep's own members (and its projectleider) hear anything about its actiepunten.
  action: 'werkgroep.read',
  async run(command, { uses, member, prefix }, werkgroepId) {
    const w = words().answers;
    if (command.unread !== undefined) {
      // What was typed passes the guard first; the answer repeats none of it.
      uses.guard.check({ deadline: command.unread });
      const { number, dateMeant } = command;
      const message = dateMeant
        ? w.deadline.unreadDateMeant(number, dateMeant, prefix)
        : w.deadline.unreadDate(number, prefix);
      throw new InvalidInput([{ field: 'datum', message }]);
    }
    const n = command.number;
    const a = await uses.actiepuntByNumber(werkgroepId, n);
    if (!a) throw new NotFound(w.klaar.noSuch(n, prefix));
    if (a.removed) return decline(w.klaar.removed(n));
    const done = () =>
      new InvalidInput([{ field: 'nummer', message: w.deadline.done(n, a.description, prefix) }]);
    if (a.done) throw done();
    if (command.dueDate) refusePast(command.dueDate, uses, command.countedBack);
    await uses.agenda.setActiepuntDeadline(member, a.id, command.dueDate);
    const changed = (await uses.openActiepunten(werkgroepId)).find((o) => o.id === a.id);
    // Finished in the meantime (another tap on Klaar): nothing was changed.
    if (!changed) throw done();
    const owner = changed.owner?.name ?? w.deadline.noOwner;
    if (!command.dueDate) return say(w.deadline.removed(n, a.description, owner));
    const set = w.deadline.set(n, a.description, readableIsoDate(command.dueDate), owner);
    const today = todayIsoIn(uses.clock.now(), uses.timeZone);
    const dayOff = dayOffNote(command.dueDate, today, n, prefix);
    return say(dayOff ? `${set} ${dayOff}` : set);
  },
};
