import type { PlannedDelivery } from '../domain/deliveries.ts';
import type { Round } from '../domain/round.ts';
import { deliveryKey } from '../jobs/delivery-key.ts';
import { DEFAULT_TIME_ZONE, localDateOf } from '../schedule/local-time.ts';
import { parseReminderSettings, type ReminderSettings } from '../schedule/reminder-plan.ts';
import type { Occurrence } from '../schedule/series.ts';
import type { CheckinRepository } from '../store/checkin-store.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import { roundTimes, summaryTime } from './round-timing.ts';

/** What opening a round reads and writes, in one transaction. */
export type OpenRoundData = Pick<
  CheckinRepository,
  'reminderSettingsOf' | 'openDaysOf' | 'openRound' | 'directTargetsOf' | 'channelsOf' | 'addDeliveries'
>;

/**
 * Opens the check-in round of a meeting when its invitation goes out, and writes down the
 * round's own deliveries: a direct message to every member now, one nudge halfway (whether it
 * goes out is decided when it is due), and the summary to each channel when the round closes.
 * Runs once per channel the invitation goes to; the second time changes nothing.
 */
export async function openRoundForInvite(
  store: Pick<UnitOfWork<OpenRoundData>, 'transaction'>,
  overlegId: string,
  occurrence: Occurrence,
  now: Date,
): Promise<Round> {
  return store.transaction(async (tx) => {
    const zone = occurrence.start.zoneName ?? DEFAULT_TIME_ZONE;
    const settings = parseReminderSettings(await tx.reminderSettingsOf(overlegId));
    const times = roundTimes(now, await tx.openDaysOf(overlegId), settings, zone);
    const { round } = await tx.openRound({
      overlegId,
      occurrence: occurrence.originalLocal,
      meetingDate: localDateOf(occurrence.start, zone),
      timeZone: zone,
      openedAt: now,
      // Stored even when there is no room for a nudge; then it equals closing and none is planned.
      nudgeAt: times.nudgeAt ?? times.closesAt,
      closesAt: times.closesAt,
    });
    await tx.addDeliveries(await roundDeliveries(tx, round, settings));
    return round;
  });
}

async function roundDeliveries(tx: OpenRoundData, round: Round, settings: ReminderSettings) {
  const planned: PlannedDelivery[] = [];
  const add = (
    kind: PlannedDelivery['kind'],
    target: { platform: 'slack' | 'teams'; workspace: string; channelId: string },
    dueAt: Date,
  ) => {
    const base = { overlegId: round.overlegId, occurrence: round.occurrence, kind, ...target };
    planned.push({ ...base, key: deliveryKey(base), dueAt });
  };
  for (const t of await tx.directTargetsOf(round.overlegId)) {
    const to = { platform: t.platform, workspace: t.workspace, channelId: t.userId };
    add('checkin_dm', to, round.openedAt);
    if (round.nudgeAt < round.closesAt) add('checkin_nudge', to, round.nudgeAt);
  }
  const summaryAt = summaryTime(round.closesAt, settings, round.timeZone);
  for (const c of await tx.channelsOf(round.overlegId)) {
    add('round_close', { platform: c.platform, workspace: c.workspace, channelId: c.channelId }, summaryAt);
  }
  return planned;
}
