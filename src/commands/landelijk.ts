import type { AnywhereCommand } from './command.ts';
import { DATE } from './read.ts';

/** `landelijk [periode]`: the national overview across regions, for the programme office. */
export const landelijk: AnywhereCommand<'landelijk'> = {
  where: 'anywhere',
  typed: {
    words: ['landelijk'],
    parse(rest) {
      if (rest === '') return { name: 'landelijk', period: null };
      // One tertiaal, or VAN..TOT with dates or tertialen as `schakel national` takes them.
      const period = rest.toUpperCase().replace(/ ?\.\. ?/, '..');
      const bound = `(?:\\d{4}-T[123]|${DATE})`;
      return new RegExp(`^${bound}(?:\\.\\.${bound})?$`).test(period) ? { name: 'landelijk', period } : null;
    },
  },
  run: (command, { uses, member, prefix }) => uses.national(member, command.period, prefix),
};
