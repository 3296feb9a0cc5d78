import { klaarButtons } from '../messages/meeting-messages.ts';
import { say, type WerkgroepCommand } from './command.ts';

/** `actiepunten`: the werkgroep's open actiepunten, each with its number and a "Klaar" button. */
export const actiepunten: WerkgroepCommand<'actiepunten'> = {
  where: 'werkgroep',
  typed: { words: ['actiepunten'], parse: () => ({ name: 'actiepunten' }) },
  action: 'werkgroep.read',
  async run(_command, { uses, prefix }, werkgroepId) {
    const open = await uses.openActiepunten(werkgroepId);
    if (open.length === 0) return say('Er staan geen open actiepunten.');
    return {
      fallback: `${open.length} open actiepunten`,
      blocks: [
        { type: 'heading', text: 'Open actiepunten' },
        {
          type: 'list',
          items: open.map(
            (a) =>
              `#${a.number} ${a.description}${a.owner ? ` — ${a.owner.name}` : ''}${a.dueDate ? ` (uiterlijk ${a.dueDate})` : ''}`,
          ),
        },
        ...klaarButtons(werkgroepId, open),
        { type: 'note', text: `Of typ ${prefix}klaar <nummer>; een nummer blijft bij zijn actiepunt.` },
      ],
    };
  },
};
