import { DateTime } from 'luxon';
import type { Clock } from '../clock.ts';
import type { PlatformUser } from '../domain/members.ts';
import { expandOccurrences, type Occurrence } from '../schedule/series.ts';
import { storedSeriesOrNull } from '../schedule/stored-series.ts';
import type { RhythmRepository } from '../store/rhythm-store.ts';

/** The werkgroep meeting that ends first from now: the one of this channel, else any of the member's. */
export interface NextMeeting {
  readonly werkgroep: string;
  readonly end: Date;
  /** The meeting itself, in its series' zone: to name its date and time. */
  readonly occurrence: Occurrence;
  /** Whether its werkgroep has a channel: without one, nothing is planned for it (no check-in). */
  readonly linked: boolean;
}

/**
 * For the local chat's "Bijeenkomst afronden": which meeting to let happen. A meeting in progress
 * counts (its end is still ahead); a cancelled one does not.
 */
export function createNextMeeting(d: {
  meetings: Pick<
    RhythmRepository,
    | 'overlegForChannel'
    | 'findMemberByIdentity'
    | 'werkgroepenOf'
    | 'findSeries'
    | 'findOverleg'
    | 'channelsOf'
  >;
  clock: Clock;
}) {
  return async function nextMeeting(
    user: PlatformUser,
    place: { platform: PlatformUser['platform']; workspace: string; channelId: string },
  ): Promise<NextMeeting | null> {
    const linked = await d.meetings.overlegForChannel(place);
    const member = linked ? null : await d.meetings.findMemberByIdentity(user);
    const ids = linked ? [linked] : member ? await d.meetings.werkgroepenOf(member.id) : [];
    const now = DateTime.fromJSDate(d.clock.now());
    let best: (Omit<NextMeeting, 'linked'> & { id: string }) | null = null;
    for (const id of ids) {
      const stored = await d.meetings.findSeries(id);
      if (!stored) continue;
      // A series an older import stored against the rules has no next meeting to offer.
      const series = storedSeriesOrNull(stored.definition);
      if (!series) continue;
      const next = expandOccurrences(series, now.minus({ days: 1 }), now.plus({ days: 370 })).find(
        (o) => o.status !== 'cancelled' && o.end > now,
      );
      if (!next || (best && best.end.getTime() <= next.end.toMillis())) continue;
      const overleg = await d.meetings.findOverleg(id);
      best = { id, werkgroep: overleg?.name ?? '', end: next.end.toJSDate(), occurrence: next };
    }
    if (!best) return null;
    const { id, ...meeting } = best;
    return { ...meeting, linked: (await d.meetings.channelsOf(id)).length > 0 };
  };
}
