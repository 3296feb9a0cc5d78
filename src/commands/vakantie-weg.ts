import { words } from '../messages/catalogue/words.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { say, type WerkgroepCommand } from './command.ts';

/** `vakantie weg <naam>`: the region's holiday period of that name goes (typed as `vakantie`, vakantie.ts). */
export const vakantieWeg: WerkgroepCommand<'vakantie-weg'> = {
  where: 'werkgroep',
  action: 'werkgroep.manage',
  async run(command, { uses, member, prefix }, werkgroepId) {
    const removed = await uses.admin.removeHolidayPeriod(member, werkgroepId, command.label);
    const w = words().answers.admin;
    if (removed.length === 0) return say(w.noHolidayNamed(command.label, prefix));
    return say(
      removed.map((h) => w.holidayRemoved(h.name, readableIsoDate(h.from), readableIsoDate(h.to))).join(' '),
    );
  },
};
