import { can } from '../domain/authorization.ts';
import { words } from '../messages/catalogue/words.ts';
import { USAGE } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { say, type WerkgroepCommand } from './command.ts';

/**
 * `vakanties`: the region's holiday periods, in date order, for everyone in the werkgroep; how to
 * add or remove one only for who may (the region's projectleider).
 */
export const vakanties: WerkgroepCommand<'vakanties'> = {
  where: 'werkgroep',
  regional: true,
  action: 'werkgroep.read',
  typed: { words: ['vakanties'], parse: (rest) => (rest ? null : { name: 'vakanties' }) },
  async run(_command, { uses, member, prefix }, werkgroepId) {
    const periods = await uses.admin.holidayPeriods(werkgroepId);
    const w = words().answers.admin;
    // Adding and removing are the same action as `vakantie` itself: the hints only for who may.
    const info = await uses.werkgroepInfo(werkgroepId);
    const removes = info !== null && can(member, 'werkgroep.manage', { regionId: info.regionId });
    if (periods.length === 0) return say(w.noHolidays(removes ? `${prefix}${USAGE.vakantie}` : null));
    const lines = periods.map((h) => w.holidayLine(h.name, readableIsoDate(h.from), readableIsoDate(h.to)));
    const message: Message = {
      fallback: w.holidaysHeading,
      blocks: [
        { type: 'heading', text: w.holidaysHeading },
        { type: 'list', items: lines },
        ...(removes ? [{ type: 'note' as const, text: w.holidaysRemoveHint(prefix) }] : []),
      ],
    };
    return message;
  },
};
