import type { createAgendaCommands } from '../agenda/agenda.ts';
import { NotFound } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import type { Command } from '../messages/commands.ts';
import { klaarButtons, when } from '../messages/meeting-messages.ts';
import type { Message } from '../messages/model.ts';
import { agendaFor, findActiepuntByNumber, openActiepunten } from '../store/agenda-repo.ts';
import type { Database } from '../store/database.ts';

type AgendaCommand = Extract<
  Command,
  { name: 'agenda' | 'agendapunt' | 'actiepunt' | 'actiepunten' | 'klaar' }
>;

const say = (text: string): Message => ({ fallback: text, blocks: [{ type: 'text', text }] });

/** The typed commands about a werkgroep's agenda and its actiepunten, in the werkgroep `overlegId`. */
export async function agendaChat(
  d: { db: Database; agenda: ReturnType<typeof createAgendaCommands> },
  command: AgendaCommand,
  member: Member | null,
  overlegId: string,
  prefix: string,
): Promise<Message> {
  switch (command.name) {
    case 'agenda': {
      const next = await d.agenda.nextOccurrence(overlegId);
      const items = await agendaFor(d.db.pool, overlegId, next.originalLocal);
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
    }
    case 'agendapunt': {
      const next = await d.agenda.addAgendaItem(member, overlegId, command.text);
      return say(`Genoteerd voor de bijeenkomst van ${when(next)}.`);
    }
    case 'actiepunt': {
      await d.agenda.addActiepunt(member, overlegId, {
        description: command.text,
        ownerId: member?.id ?? null,
        dueDate: command.dueDate,
      });
      return say(
        'Actiepunt genoteerd, met jou als eigenaar. Het staat in elke herinnering tot je het afrondt.',
      );
    }
    case 'actiepunten': {
      const open = await openActiepunten(d.db.pool, overlegId);
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
          ...klaarButtons(overlegId, open),
          { type: 'note', text: `Of typ ${prefix}klaar <nummer>; een nummer blijft bij zijn actiepunt.` },
        ],
      };
    }
    case 'klaar': {
      const a = await findActiepuntByNumber(d.db.pool, overlegId, command.number);
      if (!a)
        throw new NotFound(
          `Er is geen actiepunt met nummer ${command.number}. Typ ${prefix}actiepunten voor de lijst.`,
        );
      if (a.done) return say(`Actiepunt #${command.number} was al afgerond: ${a.description}.`);
      await d.agenda.markActiepuntDone(member, a.id);
      return say(`Afgerond: #${command.number} ${a.description}.`);
    }
  }
}
