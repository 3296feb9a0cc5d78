import type { StuurgroepCommand } from '../messages/commands.ts';
import { countedBack } from './actiepunt.ts';
import type { AnywhereCommand } from './command.ts';
import type { Reader } from './read.ts';

/** `stuurgroep …`: the region's stuurgroep dates and digest settings, typed anywhere in the region. */
export const stuurgroep: AnywhereCommand<'stuurgroep'> = {
  where: 'anywhere',
  typed: { words: ['stuurgroep'], parse: (rest, read) => parseStuurgroep(rest, read) },
  run: (command, { uses, member, place, prefix }) =>
    uses.stuurgroep.stuurgroep(member, place, command, prefix),
};

function parseStuurgroep(rest: string, read: Reader): StuurgroepCommand | null {
  const name = 'stuurgroep';
  if (rest === '') return { name, action: 'lijst' };
  const removed = /^weg /i.test(rest);
  const typed = removed ? rest.slice(4) : rest;
  const date = read.day(typed);
  if (date) return { name, action: removed ? 'weg' : 'toevoegen', date, ...countedBack(typed) };
  const s = rest
    .toLowerCase()
    .match(
      /^instellingen(?: dagen (\d{1,3}))?(?: periode (tertiaal|sinds[- ]vorige))?(?: dagen (\d{1,3}))?$/,
    );
  if (!s || (s[1] && s[3])) return null;
  const days = s[1] ?? s[3];
  const periodKind = s[2] === 'tertiaal' ? s[2] : s[2] ? 'sinds-vorige' : null;
  return { name, action: 'instellingen', days: days ? Number(days) : null, periodKind };
}
