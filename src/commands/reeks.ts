import { words } from '../messages/catalogue/words.ts';
import { usageOf } from '../messages/commands.ts';
import { say, type WerkgroepCommand } from './command.ts';

/** `reeks`: the werkgroep's series, with its calendar link when this Schakel has a public address. */
export const reeks: WerkgroepCommand<'reeks'> = {
  where: 'werkgroep',
  typed: { words: ['reeks'], parse: () => ({ name: 'reeks' }) },
  action: 'werkgroep.read',
  async run(_command, { uses, prefix }, werkgroepId) {
    const stored = await uses.seriesOf(werkgroepId);
    const w = words().answers.reeks;
    if (!stored) return say(w.none(usageOf('nieuwe-reeks', prefix)));
    const [firstDate = '', firstTime = ''] = stored.definition.firstStart.split('T');
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
            { label: w.first, value: w.firstValue(firstDate, firstTime) },
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
