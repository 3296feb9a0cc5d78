import type { AnywhereCommand } from './command.ts';

/** `landelijk [periode]`: the national overview across regions, for the programme office. */
export const landelijk: AnywhereCommand<'landelijk'> = {
  where: 'anywhere',
  run: (command, { uses, member, prefix }) => uses.national(member, command.period, prefix),
};
