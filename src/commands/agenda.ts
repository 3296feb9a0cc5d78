import { words } from '../messages/catalogue/words.ts';
import { whenForMember } from '../messages/meeting-messages.ts';
import type { WerkgroepCommand } from './command.ts';

/** `agenda`: the agendapunten for the werkgroep's next meeting. */
export const agenda: WerkgroepCommand<'agenda'> = {
  where: 'werkgroep',
  typed: { words: ['agenda'], parse: () => ({ name: 'agenda' }) },
  action: 'werkgroep.read',
  async run(_command, { uses, prefix }, werkgroepId) {
    const next = await uses.agenda.nextOccurrence(werkgroepId);
    const items = await uses.agendaFor(werkgroepId, next.originalLocal);
    const w = words().answers.agenda;
    return {
      fallback: w.heading(whenForMember(next)),
      blocks: [
        { type: 'heading', text: w.heading(whenForMember(next)) },
        {
          type: 'list',
          items: items.length > 0 ? items : [w.empty(prefix)],
          more: (hidden) => words().longLists.agenda(hidden),
        },
      ],
    };
  },
};
