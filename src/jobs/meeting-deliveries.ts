import type { BuiltDelivery } from '../checkin/checkin-deliveries.ts';
import { openRoundForInvite } from '../checkin/open-round.ts';
import { dutchMoment } from '../checkin/round-timing.ts';
import {
  COMMAND_KIND,
  type Delivery,
  isCheckinKind,
  isDigestKind,
  type OverlegDelivery,
  SKIPPED_AS_LATE,
} from '../domain/deliveries.ts';
import {
  agendaCallMessage,
  cancelNoticeMessage,
  channelPrefix,
  checkinInviteMessage,
  type MeetingContext,
  reminderMessage,
  restoreNoticeMessage,
} from '../messages/meeting-messages.ts';
import { todayIsoIn } from '../schedule/local-time.ts';
import { findOccurrence, type SeriesInput } from '../schedule/series.ts';
import { restoredRoundOf } from '../schedule/series-schema.ts';
import { storedSeriesOrNull } from '../schedule/stored-series.ts';
import type { Channel } from '../store/channels-repo.ts';
import type { SchedulerStore } from '../store/scheduler-store.ts';
import type { Skipped } from './delivery-builders.ts';
import { DELIVERY_KIND_RULES } from './delivery-kinds.ts';
import { earlierNoticeKeys, isNoticeKind, noticeVerdict } from './notice-order.ts';

/**
 * The messages of a werkgroep's meeting (agenda call, reminder, check-in invitation, cancellation)
 * for one claimed batch: the meetings are read once for the whole batch, each message is built
 * from them as it should read at sending time.
 */

/** The message as it should read now (agenda and actiepunten as they are at sending time). */
export async function buildDelivery(
  store: Pick<SchedulerStore, 'checkin'> & { deliveries: Pick<SchedulerStore['deliveries'], 'sentKeys'> },
  d: OverlegDelivery,
  contexts: Promise<ReadonlyMap<string, MeetingState | null>>,
  channels: ReadonlyMap<string, readonly Channel[]>,
  now: Date,
): Promise<BuiltDelivery | Skipped | null> {
  const channel = channels
    .get(d.overlegId)
    ?.find((c) => c.platform === d.platform && c.workspace === d.workspace && c.channelId === d.channelId);
  const id = `${d.overlegId}|${d.occurrence}`;
  const context = (await contexts).get(id) ?? null;
  const kind = d.kind;
  if (!channel || !context || isCheckinKind(kind) || isDigestKind(kind) || kind === COMMAND_KIND) return null;
  if (kind === 'checkin_invite') {
    // The invitation opens the meeting's check-in round (once, whichever channel is first).
    const round = await openRoundForInvite(store.checkin, d.overlegId, context.occurrence, now);
    const closesAt = dutchMoment(round.closesAt, round.timeZone);
    return {
      target: channel,
      message: checkinInviteMessage(context, { id: round.id, closesAt }),
      direct: false,
    };
  }
  // Claimed on time but held up until the meeting began (deliver-due judges lateness at pick-up):
  // a call, reminder or cancellation about a meeting under way or over says nothing true any more;
  // skipped as late, so `mislukt` lists it.
  if (now.getTime() >= context.occurrence.start.toMillis()) return { skip: SKIPPED_AS_LATE };
  // Called off or put back: only what still stands, in order after what the channel heard before.
  if (isNoticeKind(kind)) {
    const notice = { ...d, kind };
    const sent = await store.deliveries.sentKeys(earlierNoticeKeys(notice));
    const state = {
      cancelled: context.occurrence.status === 'cancelled',
      restoredRound: context.restoredRound,
    };
    const verdict = noticeVerdict(notice, state, sent);
    if (verdict !== 'send') return { ...verdict, unlessSentTo: channel };
  }
  const today = todayIsoIn(now, context.occurrence.start.zoneName ?? 'UTC');
  const prefix = channelPrefix(channel.platform);
  const build = {
    agenda_call: (c: MeetingContext) => agendaCallMessage(c, prefix),
    reminder: (c: MeetingContext) => reminderMessage(c, today, prefix),
    cancel_notice: cancelNoticeMessage,
    restore_notice: restoreNoticeMessage,
  }[kind];
  return { target: channel, message: build(context), direct: false };
}

/** A meeting as its messages read now, with how often it was put back (for its notices' order). */
export interface MeetingState extends MeetingContext {
  /** The round of the last cancellation undone (`herstel`); 0 when never put back. */
  readonly restoredRound: number;
}

/** Every meeting in the batch as its messages read now, by `${overlegId}|${originalLocal}`. */
export async function meetingContexts(
  meetingsOf: SchedulerStore['meetings'],
  claimed: readonly Delivery[],
): Promise<ReadonlyMap<string, MeetingState | null>> {
  const meetings = new Map<string, { overlegId: string; occurrence: string }>();
  for (const d of claimed) {
    if (d.overlegId === null || DELIVERY_KIND_RULES[d.kind].family !== 'meeting') continue;
    meetings.set(`${d.overlegId}|${d.occurrence}`, { overlegId: d.overlegId, occurrence: d.occurrence });
  }
  if (meetings.size === 0) return new Map();
  const ids = [...new Set([...meetings.values()].map((m) => m.overlegId))];
  const [overleggen, agendas, actiepunten] = await Promise.all([
    meetingsOf.overleggenWithSeries(ids),
    meetingsOf.agendasOfMany([...meetings.values()]),
    meetingsOf.openActiepuntenOfMany(ids),
  ]);
  // The vakanties of the regions in the batch: the reminder and the agenda call warn of them.
  const regions = [...new Set([...overleggen.values()].map((o) => o.overleg.regionId))];
  const holidayPeriods = await meetingsOf.holidayPeriodsOfRegions(regions);
  const contexts = new Map<string, MeetingState | null>();
  for (const [id, { overlegId, occurrence: originalLocal }] of meetings) {
    const found = overleggen.get(overlegId);
    const series = found?.series;
    const occurrence = series && occurrenceOf(series.definition, originalLocal);
    contexts.set(
      id,
      found && series && occurrence
        ? {
            overlegId,
            overlegName: found.overleg.name,
            occurrence,
            agenda: agendas.get(id) ?? [],
            actiepunten: actiepunten.get(overlegId) ?? [],
            holidayPeriods: holidayPeriods.get(found.overleg.regionId) ?? [],
            restoredRound: restoredRoundOf(series.definition, originalLocal),
          }
        : null,
    );
  }
  return contexts;
}

/**
 * The meeting in a stored series; null when the series breaks its rules (stored by an older
 * import that did not check them): its messages are skipped, the rest of the batch goes out.
 */
function occurrenceOf(definition: SeriesInput, originalLocal: string) {
  const series = storedSeriesOrNull(definition);
  return series && findOccurrence(series, originalLocal);
}
