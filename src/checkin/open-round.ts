import type { Round } from '../domain/round.ts';
import { deliveryKey } from '../jobs/plan-deliveries.ts';
import { DEFAULT_TIME_ZONE, localDateOf } from '../schedule/local-time.ts';
import { parseReminderSettings, type ReminderSettings } from '../schedule/reminder-plan.ts';
import type { Occurrence } from '../schedule/series.ts';
import { directTargetsOf } from '../store/checkin-deliveries-repo.ts';
import { openDaysOf, openRound } from '../store/checkin-repo.ts';
import type { Database, Queryable } from '../store/database.ts';
import type { PlannedDelivery } from '../store/deliveries-repo.ts';
import { addDeliveries } from '../store/deliveries-repo.ts';
import { channelsOf, reminderSettingsOf } from '../store/rhythm-repo.ts';
import { roundTimes, summaryTime } from './round-timing.ts';

/**
 * Opens the check-in round of a meeting when its invitation goes out, and writes down the
 * round's own deliveries: a direct message to every member now, one nudge halfway (whether it
 * goes out is decided when it is due), and the summary to each channel when the round closes.
 * Runs once per channel the invitation goes to; the second time changes nothing.
 */
export async function openRoundForInvite(
  db: Database,
  overlegId: string,
  occurrence: Occurrence,
  now: Date,
): Promise<Round> {
  return db.transaction(async (tx) => {
    const zone = occurrence.start.zoneName ?? DEFAULT_TIME_ZONE;
    const settings = parseReminderSettings(await reminderSettingsOf(tx, overlegId));
    const times = roundTimes(now, await openDaysOf(tx, overlegId), settings, zone);
    const { round } = await openRound(tx, {
      overlegId,
      occurrence: occurrence.originalLocal,
      meetingDate: localDateOf(occurrence.start, zone),
      timeZone: zone,
      openedAt: now,
      // Stored even when there is no room for a nudge; then it equals closing and none is planned.
      nudgeAt: times.nudgeAt ?? times.closesAt,
      closesAt: times.closesAt,
    });
    await addDeliveries(tx, await roundDeliveries(tx, round, settings));
    return round;
  });
}

async function roundDeliveries(tx: Queryable, round: Round, settings: ReminderSettings) {
  const planned: PlannedDelivery[] = [];
  const add = (
    kind: PlannedDelivery['kind'],
    target: { platform: 'slack' | 'teams'; workspace: string; channelId: string },
    dueAt: Date,
  ) => {
    const base = { overlegId: round.overlegId, occurrence: round.occurrence, kind, ...target };
    planned.push({ ...base, key: deliveryKey(base), dueAt });
  };
  for (const t of await directTargetsOf(tx, round.overlegId)) {
    const to = { platform: t.platform, workspace: t.workspace, channelId: t.userId };
    add('checkin_dm', to, round.openedAt);
    if (round.nudgeAt < round.closesAt) add('checkin_nudge', to, round.nudgeAt);
  }
  const summaryAt = summaryTime(round.closesAt, settings, round.timeZone);
  for (const c of await channelsOf(tx, round.overlegId)) {
    add('round_close', { platform: c.platform, workspace: c.workspace, channelId: c.channelId }, summaryAt);
  }
  return planned;
}
