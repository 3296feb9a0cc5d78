import { words } from '../messages/catalogue/words.ts';
import type { ReminderSetting } from '../messages/commands.ts';
import { reminderDayLimitsAt } from '../schedule/reminder-limits.ts';
import {
  isQuietMinute,
  parseReminderSettings,
  type ReminderSettingsInput,
} from '../schedule/reminder-plan.ts';
import type { MeetingSeries } from '../schedule/series-definition.ts';

/**
 * Why one typed reminder setting cannot be, in words for the projectleider (the allowed values
 * and an example to type, `prefix` before the command), or null when it can. The numbers are
 * checked here rather than left to the settings' schema, whose messages are a developer's.
 */
export function reminderSettingProblem(
  setting: ReminderSetting,
  current: ReminderSettingsInput,
  series: MeetingSeries | null,
  now: Date,
  prefix: string,
): string | null {
  const w = words().answers.admin;
  const s = parseReminderSettings(current);
  if (typeof setting.value !== 'number') return null;
  const n = setting.value;
  if (setting.key === 'uur') {
    if (!Number.isInteger(n) || n < 0 || n > 23) return w.hourRange(s.sendHour, prefix);
    return isQuietMinute(n * 60, s.quietHours)
      ? w.hourQuiet(n, s.quietHours.from, s.quietHours.to, s.sendHour, prefix)
      : null;
  }
  const limits = reminderDayLimitsAt(series, now);
  const max = setting.key === 'agenda' ? limits.agendaCall : limits.reminder;
  if (Number.isInteger(n) && n >= 0 && n <= max) return null;
  return setting.key === 'agenda'
    ? w.agendaCallRange(max, limits.everyWeeks, Math.min(7, max), prefix)
    : w.reminderRange(max, limits.everyWeeks, Math.min(1, max), prefix);
}
