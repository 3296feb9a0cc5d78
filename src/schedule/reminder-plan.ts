import type { DateTime } from 'luxon';
import { z } from 'zod';
import { epochDayOf, isWeekendDay, parseLocalTime, resolveOnDay, weekdayOfEpochDay } from './local-time.ts';
import { MAX_AGENDA_CALL_DAYS, MAX_REMINDER_DAYS } from './reminder-limits.ts';
import type { Occurrence } from './series.ts';
import { dutchZodErrors } from './series-schema.ts';

/**
 * When the bot talks to a werkgroep about one meeting. All times are local in the series' zone
 * (the zone of occurrence.start), so "09:00" is 09:00 in winter and in summer.
 *
 * - agenda_call: sendHour, agendaCallDaysBefore days before the meeting day;
 * - reminder: sendHour, reminderDaysBefore days before the meeting day;
 *   both move to the previous working day (Friday) when they fall in a weekend and weekends are
 *   not allowed, and are dropped when they would not come before the meeting starts;
 * - checkin_invite: right when the meeting ends, or the next moment outside quiet hours and
 *   (unless allowed) outside the weekend;
 * - a cancelled meeting gets only a cancel_notice, at the reminder time, or at `now` when that is
 *   past (moved out of quiet hours unless that would be after the meeting was due to start:
 *   a late-evening notice beats members arriving for nothing); nothing once it was due to start;
 * - a meeting put back after a cancellation (`herstel`) also gets a restore_notice, timed the same
 *   way; each carries the round of the cancellation it is about, so cancelled again and put back
 *   again, the werkgroep hears each once.
 * A moved meeting plans from its new start. Planned times in the past are kept for the other
 * kinds: whether something was already sent is the job runner's knowledge, not the plan's.
 */

export type SendKind = 'agenda_call' | 'reminder' | 'checkin_invite' | 'cancel_notice' | 'restore_notice';

const clock = z.string().refine((s) => parseLocalTime(s) !== null, 'verwacht een tijd als UU:MM');

export const reminderSettingsSchema = z
  .strictObject({
    agendaCallDaysBefore: z.number().int().min(0).max(MAX_AGENDA_CALL_DAYS).default(7),
    reminderDaysBefore: z.number().int().min(0).max(MAX_REMINDER_DAYS).default(1),
    checkinAfterEnd: z.boolean().default(true),
    /** Local hour (0-23) at which agenda calls and reminders go out. */
    sendHour: z.number().int().min(0).max(23).default(9),
    /** From `from` up to (not including) `to`; may wrap past midnight. Equal times: no quiet hours. */
    quietHours: z.strictObject({ from: clock, to: clock }).default({ from: '18:00', to: '08:00' }),
    allowWeekend: z.boolean().default(false),
  })
  .refine((s) => !isQuietMinute(s.sendHour * 60, s.quietHours), {
    message: 'het verzenduur valt binnen de stille uren',
    path: ['sendHour'],
  });

export type ReminderSettingsInput = z.input<typeof reminderSettingsSchema>;
export type ReminderSettings = z.output<typeof reminderSettingsSchema>;

export interface PlannedSend {
  readonly kind: SendKind;
  readonly at: DateTime;
  /** Identity of the occurrence the message is about. */
  readonly originalLocal: string;
  readonly index: number;
  /** For a cancel or restore notice: which cancellation it is about (its delivery key says it). */
  readonly round?: number;
}

function minutesOf(text: string): number {
  const t = parseLocalTime(text);
  if (!t) throw new Error(`validated time did not parse: ${text}`);
  return t.hour * 60 + t.minute;
}

/** Whether a local minute of the day falls in the quiet hours. */
export function isQuietMinute(minute: number, quiet: { from: string; to: string }): boolean {
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  if (from === to) return false;
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/** Checks settings, filling in defaults. Throws a ZodError with Dutch messages. */
export function parseReminderSettings(input: ReminderSettingsInput = {}): ReminderSettings {
  return reminderSettingsSchema.parse(input, { error: dutchZodErrors });
}

/** The first moment ≥ t that is outside quiet hours and, unless allowed, not in a weekend. */
export function nextAllowedMoment(t: DateTime, settings: ReminderSettings): DateTime {
  const zone = t.zoneName ?? 'UTC';
  const quietEnd = minutesOf(settings.quietHours.to);
  const quietEndTime = { hour: Math.floor(quietEnd / 60), minute: quietEnd % 60 };
  let candidate = t;
  // Each step either returns or jumps to a later day boundary; a few steps always suffice.
  for (let step = 0; step < 8; step++) {
    const day = epochDayOf(candidate);
    if (!settings.allowWeekend && isWeekendDay(day)) {
      candidate = resolveOnDay(day + (8 - weekdayOfEpochDay(day)), { hour: 0, minute: 0 }, zone);
      continue;
    }
    const minute = candidate.hour * 60 + candidate.minute;
    if (isQuietMinute(minute, settings.quietHours)) {
      candidate = resolveOnDay(minute < quietEnd ? day : day + 1, quietEndTime, zone);
      continue;
    }
    return candidate;
  }
  return candidate;
}

/** sendHour on the day `daysBefore` before the meeting, pulled back out of a weekend; null if not before start. */
function beforeMeeting(start: DateTime, daysBefore: number, settings: ReminderSettings): DateTime | null {
  let day = epochDayOf(start) - daysBefore;
  if (!settings.allowWeekend) {
    while (isWeekendDay(day)) day--;
  }
  const at = resolveOnDay(day, { hour: settings.sendHour, minute: 0 }, start.zoneName ?? 'UTC');
  return at.toMillis() < start.toMillis() ? at : null;
}

/**
 * When a werkgroep hears a meeting's change of plan (cancelled, or back after all): at the
 * reminder time, or `now` when that is past (moved out of quiet hours unless that would be after
 * the meeting was due to start); null once it was due to start.
 */
function changeNoticeAt(start: DateTime, settings: ReminderSettings, now: DateTime): DateTime | null {
  if (now.toMillis() >= start.toMillis()) return null;
  const reminderAt = beforeMeeting(start, settings.reminderDaysBefore, settings);
  if (reminderAt && reminderAt.toMillis() > now.toMillis()) return reminderAt;
  const nowLocal = now.setZone(start.zone);
  const polite = nextAllowedMoment(nowLocal, settings);
  return polite.toMillis() < start.toMillis() ? polite : nowLocal;
}

/** How often a meeting was cancelled (its current cancellation's round) and put back since. */
export interface NoticeRounds {
  /** The round of its cancellation, when it stands cancelled (1 the first time). */
  readonly cancelled: number;
  /** The round of the last cancellation undone by `herstel`; 0 when never put back. */
  readonly restored: number;
}

const NEVER_CANCELLED: NoticeRounds = { cancelled: 1, restored: 0 };

export function planReminders(
  occurrence: Occurrence,
  settingsInput: ReminderSettingsInput | ReminderSettings,
  now: DateTime,
  rounds: NoticeRounds = NEVER_CANCELLED,
): PlannedSend[] {
  const settings = parseReminderSettings(settingsInput);
  const about = { originalLocal: occurrence.originalLocal, index: occurrence.index };
  const { start, end } = occurrence;

  if (occurrence.status === 'cancelled') {
    const at = changeNoticeAt(start, settings, now);
    return at ? [{ kind: 'cancel_notice', at, round: rounds.cancelled, ...about }] : [];
  }

  const plan: PlannedSend[] = [];
  const agendaAt = beforeMeeting(start, settings.agendaCallDaysBefore, settings);
  if (agendaAt) plan.push({ kind: 'agenda_call', at: agendaAt, ...about });
  const reminderAt = beforeMeeting(start, settings.reminderDaysBefore, settings);
  if (reminderAt) plan.push({ kind: 'reminder', at: reminderAt, ...about });
  if (settings.checkinAfterEnd) {
    plan.push({ kind: 'checkin_invite', at: nextAllowedMoment(end, settings), ...about });
  }
  // Put back after a cancellation: "gaat toch door", as the cancel notice was timed. Planned to
  // every channel; the planner keeps it for the channels that were told of that cancellation.
  const restoreAt = rounds.restored > 0 ? changeNoticeAt(start, settings, now) : null;
  if (restoreAt) plan.push({ kind: 'restore_notice', at: restoreAt, round: rounds.restored, ...about });
  return plan.sort((a, b) => a.at.toMillis() - b.at.toMillis());
}
