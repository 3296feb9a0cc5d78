import { DateTime } from 'luxon';
import { NotFound } from '../domain/errors.ts';
import { when } from '../messages/meeting-messages.ts';
import type { Message } from '../messages/model.ts';
import { conflictNotes } from '../rhythm/conflict-notes.ts';
import { defineSeries, expandOccurrences } from '../schedule/series.ts';
import type { CommandUses } from './uses.ts';

/** `text` (or a heading), then the next meetings with a warning for each on a holiday or in a vacation. */
export async function withUpcoming(
  uses: CommandUses,
  overlegId: string,
  intro: { text: string } | { heading: string },
  count = 4,
  canMove = true,
) {
  const { occurrences, warnings } = await uses.series.upcoming(overlegId, count);
  const first =
    'text' in intro ? intro.text : occurrences[0] ? `Volgende bijeenkomst: ${when(occurrences[0])}` : '';
  return {
    fallback: first,
    blocks: [
      'text' in intro
        ? { type: 'text' as const, text: intro.text }
        : { type: 'heading' as const, text: intro.heading },
      {
        type: 'list' as const,
        items: occurrences.map((o) => `${when(o)}${o.status === 'moved' ? ' (verplaatst)' : ''}`),
      },
      ...conflictNotes(warnings, overlegId, canMove),
    ],
    empty: occurrences.length === 0,
  };
}

/** The original start of the meeting on a date (a moved meeting is found on the date it moved to). */
export async function originalStartOn(uses: CommandUses, overlegId: string, date: string): Promise<string> {
  const stored = await uses.seriesOf(overlegId);
  if (!stored) throw new NotFound('Dit overleg heeft nog geen reeks.');
  const series = defineSeries(stored.definition);
  const day = DateTime.fromISO(date, { zone: series.timeZone });
  const found = day.isValid ? expandOccurrences(series, day, day.plus({ days: 1 }))[0] : undefined;
  if (!found) throw new NotFound(`Op ${date} staat geen bijeenkomst van deze werkgroep.`);
  return found.originalLocal;
}

/** A change confirmed, with the next meetings as they now stand. */
export async function confirm(uses: CommandUses, overlegId: string, text: string): Promise<Message> {
  const { empty: _, ...message } = await withUpcoming(uses, overlegId, { text });
  return message;
}
