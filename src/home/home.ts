import type { createAgendaCommands } from '../agenda/agenda.ts';
import { dutchLocalDate, dutchMoment } from '../checkin/round-timing.ts';
import type { Clock } from '../clock.ts';
import { can } from '../domain/authorization.ts';
import type { Member } from '../domain/members.ts';
import { isOverdue } from '../messages/actiepunt-due.ts';
import { words } from '../messages/catalogue/words.ts';
import { homeMessage } from '../messages/home.ts';
import { whenForMember } from '../messages/meeting-messages.ts';
import type { Block, Message } from '../messages/model.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { todayIsoIn } from '../schedule/local-time.ts';
import type { HomeRepository } from '../store/home-repo.ts';

/** The member's overview for the Slack App Home and the Teams welcome card. */
export function createHome(d: {
  store: HomeRepository;
  clock: Clock;
  agenda: ReturnType<typeof createAgendaCommands>;
  timeZone: string;
}) {
  return {
    async home(member: Member | null, prefix: string, commandButtons = true): Promise<Message> {
      if (!member)
        return homeMessage({
          member,
          werkgroepen: [],
          stuurgroepen: [],
          openRounds: [],
          actiepunten: [],
          prefix,
        });
      const withNext = (groups: ReadonlyArray<{ id: string; name: string }>) =>
        Promise.all(
          groups.map(async (g) => ({
            name: g.name,
            next: await d.agenda.nextOccurrence(g.id).then(whenForMember, () => null),
          })),
        );
      const today = todayIsoIn(d.clock.now(), d.timeZone);
      const werkgroepen = await withNext(await d.store.werkgroepenWithNames(member.id));
      // The stuurgroep's dates are its region's calendar (`stuurgroep`); a series in its channel
      // is what the agenda knows, shown only when no date is planned there.
      const calendar = await d.store.stuurgroepenWithNames(member.id, today);
      const stuurgroepen = (await withNext(calendar)).map((g, i) => {
        const planned = calendar[i]?.planned;
        return planned ? { ...g, next: dutchLocalDate(planned) } : g;
      });
      const openRounds = (await d.store.openRoundsFor(member.id, d.clock.now())).map((r) => ({
        werkgroep: r.werkgroep,
        closes: dutchMoment(r.closes_at, d.timeZone),
      }));
      const actiepunten = (await d.store.myActiepunten(member.id)).map((a) => ({
        description: a.description,
        due: a.due_date ? readableIsoDate(a.due_date) : null,
        overdue: isOverdue(a.due_date, today),
        werkgroep: a.werkgroep,
      }));
      return withSetupButton(
        member,
        homeMessage({ member, werkgroepen, stuurgroepen, openRounds, actiepunten, prefix, commandButtons }),
      );
    },
  };
}

/** The button on the home card that opens the set-up form of a new werkgroep (onboarding.ts). */
export const NEW_WERKGROEP_ACTION = 'werkgroep_nieuw';

/** A projectleider or beheerder starts a new werkgroep from their overview, before the closing note. */
function withSetupButton(member: Member, message: Message): Message {
  if (!can(member, 'werkgroep.setup')) return message;
  const button: Block = {
    type: 'actions',
    actions: [{ id: NEW_WERKGROEP_ACTION, label: words().home.newWerkgroep, value: 'nieuw' }],
  };
  const blocks = [...message.blocks];
  blocks.splice(Math.max(blocks.length - 1, 0), 0, button);
  return { ...message, blocks };
}
