import { usageOf } from '../messages/commands.ts';
import { say, type WerkgroepCommand } from './command.ts';

/** `reeks`: the werkgroep's series, with its calendar link when this Schakel has a public address. */
export const reeks: WerkgroepCommand<'reeks'> = {
  where: 'werkgroep',
  typed: { words: ['reeks'], parse: () => ({ name: 'reeks' }) },
  action: 'werkgroep.read',
  async run(_command, { uses, prefix }, werkgroepId) {
    const stored = await uses.seriesOf(werkgroepId);
    if (!stored)
      return say(
        `Er is nog geen reeks. De projectleider maakt er een met ${usageOf('nieuwe-reeks', prefix)}`,
      );
    const link =
      uses.publicUrl && stored.icsToken
        ? `${uses.publicUrl.replace(/\/$/, '')}/ics/${stored.icsToken}.ics`
        : null;
    return {
      fallback: 'De reeks van deze werkgroep',
      blocks: [
        {
          type: 'facts',
          facts: [
            { label: 'Eerste bijeenkomst', value: stored.definition.firstStart.replace('T', ' om ') },
            { label: 'Elke', value: `${stored.definition.everyWeeks ?? 4} weken` },
            { label: 'Duur', value: `${stored.definition.durationMinutes} minuten` },
          ],
        },
        {
          type: 'text',
          text: link
            ? `Zet de reeks in je agenda (Outlook, Google): ${link}`
            : 'Een agendalink is in deze Schakel nog niet te openen; je beheerder kan dat aanzetten.',
        },
      ],
    };
  },
};
