import type { Platform } from '../domain/members.ts';
import { when } from '../messages/meeting-messages.ts';
import type { Block, Message } from '../messages/model.ts';
import { conflictNotes } from '../rhythm/conflict-notes.ts';
import type { createSeriesCommands } from '../rhythm/series-changes.ts';
import type { WerkgroepSetupRepository } from '../store/werkgroep-setup-store.ts';
import { prefixOf } from './channel-links.ts';

const KIND_NAMES = {
  werkgroep: 'De werkgroep',
  casusoverleg: 'Het casusoverleg',
  leerbijeenkomst: 'De leerbijeenkomst',
  stuurgroep: 'De stuurgroep',
} as const;

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
  const overleg = await d.store.findOverleg(overlegId);
  const name = overleg?.name ?? 'De werkgroep';
  const members = await d.store.memberCountOf(overlegId);
  const linked = (await d.store.channelsOf(overlegId)).length > 0;
  const stored = await d.store.findSeries(overlegId);
  const { occurrences, warnings } = await d.series.upcoming(overlegId, 1);
  const first = occurrences[0];
  const made = `${overleg ? KIND_NAMES[overleg.kind] : 'De werkgroep'} ${name} is aangemaakt, met ${members} ${members === 1 ? 'lid' : 'leden'}.`;
  const blocks: Block[] = [
    { type: 'text', text: made },
    {
      type: 'text',
      text: first
        ? `Eerste bijeenkomst: ${when(first)}, daarna elke ${stored?.definition.everyWeeks ?? 4} weken.`
        : 'Er staat nog geen bijeenkomst gepland.',
    },
    ...conflictNotes(warnings, overlegId, true),
    {
      type: 'text',
      text: linked
        ? 'Dit kanaal is gekoppeld: de herinneringen en de check-in komen hier.'
        : `Er is nog geen kanaal gekoppeld. Typ ${p}koppel ${name} in het kanaal van de werkgroep, dan komen de herinneringen daar.`,
    },
    {
      type: 'list',
      items: [
        `Zet agendapunten klaar met ${p}agendapunt <tekst> in het kanaal van de werkgroep.`,
        `Typ ${p}volgende voor de komende bijeenkomsten, ${p}verplaats of ${p}annuleer als er een niet doorgaat.`,
        'Voor elke bijeenkomst stuur ik de werkgroep een herinnering met de agenda en de open actiepunten.',
      ],
    },
  ];
  return { fallback: made, blocks };
}
