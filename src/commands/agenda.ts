import { when } from '../messages/meeting-messages.ts';
import type { WerkgroepCommand } from './command.ts';

/** `agenda`: the agendapunten for the werkgroep's next meeting. */
export const agenda: WerkgroepCommand<'agenda'> = {
  where: 'werkgroep',
  typed: { words: ['agenda'], parse: () => ({ name: 'agenda' }) },
  action: 'werkgroep.read',
  async run(_command, { uses, prefix }, werkgroepId) {
    const next = await uses.agenda.nextOccurrence(werkgroepId);
    const items = await uses.agendaFor(werkgroepId, next.originalLocal);
    return {
      fallback: `Agenda voor ${when(next)}`,
      blocks: [
        { type: 'heading', text: `Agenda voor ${when(next)}` },
        {
          type: 'list',
          items:
            items.length > 0
              ? items
              : [`Nog geen agendapunten. Voeg er een toe met ${prefix}agendapunt <tekst>.`],
        },
      ],
    };
  },
};
