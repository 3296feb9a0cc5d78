import { count } from './counting.ts';
import type { nlAdmin } from './nl-admin.ts';

/** Why a reminder cannot go further ahead: it would go out before the meeting that comes first. */
const meets = (everyWeeks: number | null) =>
  everyWeeks === null
    ? ''
    : `, and not before the meeting before it: this werkgroep meets ${everyWeeks === 1 ? 'every week' : `every ${everyWeeks} weeks`}`;

/** When a message goes out, counted back from the meeting: "on the day itself", "1 day before". */
const ahead = (days: number) => (days === 0 ? 'on the day itself' : `${count(days, 'day', 'days')} before`);

/**
 * English answers about the projectleider's admin commands: logboek, mislukt, herinneringen;
 * the keys are the Dutch ones (nl-admin.ts).
 */
export const enAdmin: typeof nlAdmin = {
  noOverleg: 'This werkgroep does not exist (any more).',
  logFallback: 'Audit log',
  logHeading: 'Audit log (last 20)',
  erasedMember: 'erased member',
  doneBy: { demo: 'Schakel (demo)', cli: 'administrator (command line)' },
  logEmpty: 'Nothing recorded yet.',
  logMoved: (werkgroep, from, to) => `meeting of ${werkgroep} moved from ${from} to ${to}`,
  logCancelled: (werkgroep, date) => `meeting of ${werkgroep} on ${date} cancelled`,
  logRestored: (werkgroep, date) => `meeting of ${werkgroep} on ${date} restored (goes ahead after all)`,
  logHoliday: (label, from, to) => `holiday ${label} (${from} to ${to}) added`,
  logPublished: (period, version) => `summary ${period} version ${version} published`,
  logActiepuntRemoved: (werkgroep, n) => `action item #${n} of ${werkgroep} removed`,
  noFailures: 'No failed messages.',
  failedCount: (n) => count(n, 'failed message', 'failed messages'),
  failedHeading: 'Failed messages',
  kinds: {
    agenda_call: 'call for agenda items',
    reminder: 'reminder',
    checkin_invite: 'check-in invitation',
    cancel_notice: 'cancellation notice',
    checkin_dm: 'check-in in a private message',
    checkin_nudge: 'check-in reminder',
    round_close: 'check-in summary',
    digest_draft: 'draft of the stuurgroep summary',
    digest_publish: 'published stuurgroep summary',
    command_answer: 'answer to a command',
    restore_notice: 'notice that a meeting goes ahead after all',
  },
  failedLine: (kind, occurrence, platform, attempts) =>
    `${kind} for ${occurrence} to ${platform} (${count(attempts, 'attempt', 'attempts')})`,
  failedNote: 'Check that Schakel is still in the channel. New messages are sent as usual.',
  skippedLateHeading: 'Skipped: too late to send',
  skippedLateLine: (kind, occurrence, platform, due) =>
    `${kind} for ${occurrence} to ${platform} (due ${due})`,
  skippedLateNote:
    'Schakel was interrupted for too long to send these messages on time; they were not sent. Send a message yourself if it is still needed.',
  undeliveredCount: (failed, late) =>
    `${count(failed, 'failed message', 'failed messages')}, ${count(late, 'message', 'messages')} skipped as too late`,
  hourRange: (example, p) =>
    `Choose a whole hour from 0 to 23 at which the call for agenda items and the reminder go out. For example: ${p}herinneringen uur ${example}`,
  hourQuiet: (hour, from, to, example, p) =>
    `${hour}:00 is within the quiet hours (${from}–${to}), when Schakel sends nothing. Choose an hour outside them. For example: ${p}herinneringen uur ${example}`,
  reminderRange: (max, everyWeeks, example, p) =>
    `The reminder goes out 0 to ${max} days before the meeting${meets(everyWeeks)}. For example: ${p}herinneringen herinnering ${example}`,
  agendaCallRange: (max, everyWeeks, example, p) =>
    `The call for agenda items goes out 0 to ${max} days before the meeting${meets(everyWeeks)}. For example: ${p}herinneringen agenda ${example}`,
  badSetting: (p) => `That value is not possible. Type ${p}herinneringen to see the current settings.`,
  remindersHeading: "This werkgroep's reminders",
  remindersChanged: 'Reminders changed',
  agendaCall: 'Call for agenda items',
  agendaCallValue: (days, hour) => `${ahead(days)} at ${hour}:00`,
  reminder: 'Reminder',
  reminderValue: (days, hour) => `${ahead(days)} at ${hour}:00`,
  checkinAfter: 'Check-in afterwards',
  weekend: 'Also at weekends',
  quietHours: 'Quiet hours',
  // Typed in Dutch, its placeholders too, as every command in `help alles` (commandsNote explains them).
  reminderSettings: 'agenda <dagen> | herinnering <dagen> | uur <0-23> | weekend ja/nee | checkin ja/nee',
  remindersChangeNote: (p) =>
    `To change: ${p}herinneringen ${enAdmin.reminderSettings} (<dagen>: a number of days before the meeting). For example: ${p}herinneringen uur 10.`,
  yes: 'yes',
  no: 'no',
  endBeforeStart: (label: string, first: string, last: string, p: string) =>
    `The end date is before the start date. Put the first day first, like this: ${p}vakantie ${label} ${first} t/m ${last}`,
  holidayPast: (label: string, from: string, to: string) =>
    `${label} (${from} to ${to}) is already over: no meeting in it can still get a warning. Nothing was noted; check the year.`,
  holidaysHeading: 'Holidays of the region',
  holidayLine: (label: string, from: string, to: string) => `${label}: ${from} to ${to}`,
  holidaysRemoveHint: (p: string) =>
    `To remove a holiday: ${p}vakantie weg <name> [start date]. The start date is needed when two holidays share a name.`,
  noHolidays: (usage: string | null) =>
    usage
      ? `There are no holidays. Add one: ${usage}`
      : 'There are no holidays. The projectleider of the region can add them.',
  holidayRemoved: (label: string, from: string, to: string) =>
    `${label} (${from} to ${to}) has been removed. Meetings in that period no longer get a warning about it.`,
  noHolidayNamed: (label: string, p: string) =>
    `There is no holiday named ${label}. Type ${p}vakanties to see which there are.`,
  noHolidayNamedFrom: (label: string, from: string, p: string) =>
    `There is no holiday named ${label} starting on ${from}. Type ${p}vakanties to see which there are.`,
  holidayWhichOne: (n: number, label: string, list: string, example: string) =>
    `There are ${n} holidays named ${label}: ${list}. Give the start date, like this: ${example}`,
  holidayThere: (label: string, from: string, to: string) =>
    `${label} from ${from} to ${to} is already there.`,
};
