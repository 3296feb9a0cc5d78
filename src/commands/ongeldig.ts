import { words } from '../messages/catalogue/words.ts';
import { usageOf } from '../messages/commands.ts';
import type { NoSuchDate } from '../schedule/dutch-date.ts';
import { type AnywhereCommand, decline } from './command.ts';

/** A known command typed in a way it cannot be read: its usage, after a date that does not exist. */
export const ongeldig: AnywhereCommand<'ongeldig'> = {
  where: 'anywhere',
  run: async (command, { prefix }) => {
    const usage = usageOf(command.command, prefix);
    return decline(
      command.noSuchDate ? noSuchDateText(command.noSuchDate, usage) : words().answers.ongeldig(usage),
    );
  },
};

/** "30 februari 2027 bestaat niet." ("30 februari" without a year), or that month 13 does not. */
function noSuchDateText({ year, month, day }: NoSuchDate, usage: string): string {
  const w = words();
  const name = w.dates.months[month - 1];
  if (name === undefined) return w.answers.noSuchMonth(month, usage);
  return w.answers.noSuchDate(year === null ? `${day} ${name}` : `${day} ${name} ${year}`, usage);
}
