import type { Platform } from '../domain/members.ts';
import { words } from '../messages/catalogue/words.ts';
import { whenForMember } from '../messages/meeting-messages.ts';
import type { Block, Message } from '../messages/model.ts';
import { conflictNotes } from '../rhythm/conflict-notes.ts';
import type { createSeriesCommands } from '../rhythm/series-changes.ts';
import type { WerkgroepSetupRepository } from '../store/werkgroep-setup-store.ts';
import { prefixOf } from './channel-links.ts';

/**
 * What the projectleider reads once a werkgroep is made: what was made, the first meeting with
 * the same holiday warnings as `volgende`, and what to do next. Built from what is stored, so a
 * resubmitted form gets the same answer.
 */
export async function createdMessage(
  d: {
    store: Pick<WerkgroepSetupRepository, 'findOverleg' | 'memberCountOf' | 'channelsOf' | 'findSeries'>;
    series: ReturnType<typeof createSeriesCommands>;
  },
  overlegId: string,
  platform: Platform,
): Promise<Message> {
  const p = prefixOf(platform);
  const w = words().forms.created;
  const overleg = await d.store.findOverleg(overlegId);
  const name = overleg?.name ?? w.kinds.werkgroep;
  const members = await d.store.memberCountOf(overlegId);
  const linked = (await d.store.channelsOf(overlegId)).length > 0;
  const stored = await d.store.findSeries(overlegId);
  const { occurrences, warnings } = await d.series.upcoming(overlegId, 1);
  const first = occurrences[0];
  const made = w.made(overleg ? w.kinds[overleg.kind] : w.kinds.werkgroep, name, members);
  const blocks: Block[] = [
    { type: 'text', text: made },
    {
      type: 'text',
      text: first ? w.first(whenForMember(first), stored?.definition.everyWeeks ?? 4) : w.noMeeting,
    },
    ...conflictNotes(warnings, overlegId, true),
    {
      type: 'text',
      text: linked ? w.linked : w.notLinked(p, name),
    },
    {
      type: 'list',
      items: [w.agendapunten(p), w.volgende(p), w.reminders],
    },
  ];
  return { fallback: made, blocks };
}
