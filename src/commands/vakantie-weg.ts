import { words } from '../messages/catalogue/words.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { decline, say, type WerkgroepCommand } from './command.ts';

/**
 * `vakantie weg <naam> [begindatum]`: the region's holiday period of that name goes (typed as
 * `vakantie`, vakantie.ts). Several of that name (one each year): they are listed, and the start
 * date says which one goes.
 */
export const vakantieWeg: WerkgroepCommand<'vakantie-weg'> = {
  where: 'werkgroep',
  regional: true,
  action: 'werkgroep.manage',
  async run(command, { uses, member, prefix }, werkgroepId) {
    // What was typed passes the guard before any answer repeats it.
    uses.guard.check({ vakantie: command.label });
    const outcome = await uses.admin.removeHolidayPeriod(member, werkgroepId, command.label, command.from);
    const w = words().answers.admin;
    const period = (h: { from: string; to: string }) =>
      [readableIsoDate(h.from), readableIsoDate(h.to)] as const;
    if (outcome.kind === 'choose') {
      const list = outcome.periods.map((h) => w.holidayLine(h.name, ...period(h))).join('; ');
      const first = outcome.periods[0]!;
      return say(
        w.holidayWhichOne(
          outcome.periods.length,
          first.name,
          list,
          `${prefix}vakantie weg ${first.name} ${first.from}`,
        ),
      );
    }
    if (outcome.removed.length === 0) {
      return decline(
        command.from
          ? w.noHolidayNamedFrom(command.label, readableIsoDate(command.from), prefix)
          : w.noHolidayNamed(command.label, prefix),
      );
    }
    const removed = outcome.removed.map((h) => w.holidayRemoved(h.name, ...period(h)));
    return say([...removed, ...(outcome.notPlanned ? [outcome.notPlanned] : [])].join(' '));
  },
};
