import { words } from '../messages/catalogue/words.ts';
import { USAGE } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { say, type WerkgroepCommand } from './command.ts';

/** `vakanties`: the region's holiday periods, in date order, for everyone in the werkgroep. */
export const vakanties: WerkgroepCommand<'vakanties'> = {
  where: 'werkgroep',
  action: 'werkgroep.read',
  typed: { words: ['vakanties'], parse: (rest) => (rest ? null : { name: 'vakanties' }) },
  async run(_command, { uses, prefix }, werkgroepId) {
    const periods = await uses.admin.holidayPeriods(werkgroepId);
    const w = words().answers.admin;
    if (periods.length === 0) return say(w.noHolidays(`${prefix}${USAGE.vakantie}`));
    const lines = periods.map((h) => w.holidayLine(h.name, readableIsoDate(h.from), readableIsoDate(h.to)));
    const message: Message = {
      fallback: w.holidaysHeading,
      blocks: [
        { type: 'heading', text: w.holidaysHeading },
        { type: 'list', items: lines },
        { type: 'note', text: w.holidaysRemoveHint(prefix) },
      ],
    };
    return message;
  },
};
