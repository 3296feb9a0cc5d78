import { words } from '../messages/catalogue/words.ts';
import { readableDate, readableIsoDate } from '../messages/readable-date.ts';
import { epochDayOf } from '../schedule/local-time.ts';
import { say, type WerkgroepCommand } from './command.ts';

/** `vakantie <naam> <datum> t/m <datum>`: a holiday period, with the meetings in it (they get a warning) (`vakantie weg <naam>`: vakantie-weg.ts). */
export const vakantie: WerkgroepCommand<'vakantie'> = {
  where: 'werkgroep',
  regional: true,
  action: 'werkgroep.manage',
  typed: {
    words: ['vakantie'],
    parse(rest, read) {
      // `vakantie weg` without a name: how to remove one, not how to add one.
      if (/^weg$/i.test(rest)) return { name: 'ongeldig', command: 'vakantie-weg' };
      const removed = rest.match(/^weg (.+)$/i);
      if (removed?.[1] && !/ t\/m /i.test(rest)) {
        // A start date after the name picks one period when the region reuses the name every year.
        const dated = removed[1].trim().match(/^(.+) (\d{4}-\d{2}-\d{2})$/);
        const from = read.day(dated?.[2]);
        if (dated?.[1] && from) return { name: 'vakantie-weg', label: dated[1], from };
        return { name: 'vakantie-weg', label: removed[1].trim() };
      }
      // The name may hold spaces, so each split before " t/m " is tried for a date.
      const m = rest.match(/^(.+) t\/m (.+)$/i);
      const to = read.day(m?.[2]);
      const words = (m?.[1] ?? '').split(' ');
      for (let i = 1; to && i < words.length; i++) {
        const from = read.day(words.slice(i).join(' '));
        if (from) return { name: 'vakantie', label: words.slice(0, i).join(' '), from, to };
      }
      return null;
    },
  },
  async run(command, { uses, member, prefix }, werkgroepId) {
    const { notPlanned, meetings } = await uses.admin.addHolidayPeriod(member, werkgroepId, command, prefix);
    const w = words().answers;
    const inIt = meetings.map((m) => w.vakantieMeeting(m.overlegName, readableDate(epochDayOf(m.start))));
    const added = `${w.vakantie(command.label, readableIsoDate(command.from), readableIsoDate(command.to))} ${w.vakantieMeetings(inIt)}`;
    return say(notPlanned ? `${added} ${notPlanned}` : added);
  },
};
