import { can } from '../domain/authorization.ts';
import { dueSuffix } from '../messages/actiepunt-due.ts';
import { words } from '../messages/catalogue/words.ts';
import { klaarButtons } from '../messages/meeting-messages.ts';
import type { Message } from '../messages/model.ts';
import { schrapButtons } from '../messages/schrap-buttons.ts';
import { todayIsoIn } from '../schedule/local-time.ts';
import { say, type WerkgroepCommand } from './command.ts';

/**
 * `actiepunten`: the werkgroep's open actiepunten, each with its number, its owner (or "zonder
 * eigenaar"), a "Klaar" button where the policy lets this member finish it, and a "Schrap" button
 * (asking first) where it lets them remove it. Asked by a bare
 * `klaar` (`toFinish`) with none of them the member's own: said first, and whether any is theirs to finish.
 */
export const actiepunten: WerkgroepCommand<'actiepunten'> = {
  where: 'werkgroep',
  typed: { words: ['actiepunten'], parse: () => ({ name: 'actiepunten' }) },
  action: 'werkgroep.read',
  async run(command, { uses, member, prefix }, werkgroepId) {
    const open = await uses.openActiepunten(werkgroepId);
    const regionId = (await uses.werkgroepInfo(werkgroepId))?.regionId;
    const inWerkgroep =
      member !== null && (await uses.werkgroepenOf(member.id)).some((w) => w.id === werkgroepId);
    const finishable = open.filter((a) =>
      can(member, 'actiepunt.finish', {
        regionId,
        inWerkgroep,
        owner: member !== null && a.owner?.id === member.id,
        ownerless: a.owner === null,
      }),
    );
    // Noted by mistake: who noted it, its owner or the projectleider may remove it (the policy).
    const removable = open.filter((a) =>
      can(member, 'actiepunt.remove', {
        regionId,
        inWerkgroep,
        owner: member !== null && a.owner?.id === member.id,
        creator: member !== null && a.createdBy === member.id,
      }),
    );
    const today = todayIsoIn(uses.clock.now(), uses.timeZone);
    const w = words().answers.actiepunten;
    if (open.length === 0) return say(w.none);
    const noneOwn = command.toFinish && !open.some((a) => member !== null && a.owner?.id === member.id);
    const notOwn = noneOwn ? (finishable.length > 0 ? w.noneOwn : w.noneOwnToFinish) : null;
    return {
      fallback: notOwn ?? w.count(open.length),
      blocks: [
        { type: 'heading', text: w.heading },
        ...(notOwn ? [{ type: 'text' as const, text: notOwn }] : []),
        {
          type: 'list',
          items: open.map(
            (a) =>
              `#${a.number} ${a.description} — ${a.owner?.name ?? w.noOwner}${dueSuffix(a.dueDate, today)}`,
          ),
          more: (hidden) => words().longLists.actiepunten(hidden, prefix),
        },
        ...klaarButtons(werkgroepId, finishable, true),
        ...(finishable.length > 0 ? [{ type: 'note' as const, text: w.klaarHint(prefix) }] : []),
        ...schrapButtons(werkgroepId, removable, true),
        ...(removable.length > 0 ? [{ type: 'note' as const, text: w.schrapHint(prefix) }] : []),
      ],
    };
  },
};

/**
 * The list of open actiepunten as it is after a "Klaar" on it, with what that tap did (`done`:
 * "Afgerond: #5 …") under the list, so the renewed card shows the actiepunt done and its button gone.
 */
export function withKlaarDone(list: Message, done: string): Message {
  const at = list.blocks.findIndex((b) => b.type === 'list');
  const blocks = [...list.blocks];
  blocks.splice(at < 0 ? blocks.length : at + 1, 0, { type: 'text', text: done });
  return { ...list, blocks };
}
