import { words } from '../messages/catalogue/words.ts';
import { usageOf } from '../messages/commands.ts';
import { whenForMember } from '../messages/meeting-messages.ts';
import { readableDate, readableIsoDate } from '../messages/readable-date.ts';
import { epochDayOf } from '../schedule/local-time.ts';
import { say, type WerkgroepCommand } from './command.ts';

/**
 * `reeks`: the werkgroep's series and its coming meeting (moved or not), with its calendar link
 * when this Schakel has a public address.
 */
export const reeks: WerkgroepCommand<'reeks'> = {
  where: 'werkgroep',
  typed: { words: ['reeks'], parse: () => ({ name: 'reeks' }) },
  action: 'werkgroep.read',
  async run(_command, { uses, prefix }, werkgroepId) {
    const stored = await uses.seriesOf(werkgroepId);
    const w = words().answers.reeks;
    if (!stored) return say(w.none(usageOf('nieuwe-reeks', prefix)));
    const [firstDate = '', firstTime = ''] = stored.definition.firstStart.split('T');
    // The coming meeting as it now stands: a moved one on its new date, saying where it was.
    const next = await uses.agenda.nextOccurrence(werkgroepId).catch(() => null);
    const nextValue =
      next &&
      `${whenForMember(next)}${next.status === 'moved' ? w.movedFrom(readableDate(epochDayOf(next.originalStart))) : ''}`;
    const link =
      uses.publicUrl && stored.icsToken
        ? `${uses.publicUrl.replace(/\/$/, '')}/ics/${stored.icsToken}.ics`
        : null;
    return {
      fallback: w.fallback,
      blocks: [
        {
          type: 'facts',
          facts: [
            { label: w.first, value: w.firstValue(readableIsoDate(firstDate), firstTime) },
            ...(nextValue ? [{ label: w.next, value: nextValue }] : []),
            { label: w.every, value: w.weeks(stored.definition.everyWeeks ?? 4) },
            { label: w.duration, value: w.minutes(stored.definition.durationMinutes) },
          ],
        },
        {
          type: 'text',
          text: link ? w.link(link) : w.noLink,
        },
      ],
    };
  },
};
