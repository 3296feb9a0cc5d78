import { englishHoliday } from './en-holidays.ts';
import type { nlDeadline } from './nl-deadline.ts';

/** English answers to `deadline <n> <datum|geen>`; the keys are the Dutch ones (nl-deadline.ts). */
export const enDeadline: typeof nlDeadline = {
  set: (n, description, day, owner) =>
    `The deadline of action item #${n} ${description} is now ${day}. Owner: ${owner}.`,
  removed: (n, description, owner) =>
    `Action item #${n} ${description} no longer has a deadline. Owner: ${owner}.`,
  noOwner: 'nobody',
  done: (n, description, p) =>
    `Action item #${n} is already done (${description}), so its deadline was not changed. Type ${p}actiepunten for the open action items.`,
  unreadDate: (n, p) =>
    `I cannot read that date, so the deadline of #${n} was not changed. Write it as 15 January, 15-01-2027, 15 January 2027 or Friday 15 January (${p}deadline ${n} 15 January), or type ${p}deadline ${n} geen to remove it.`,
  unreadDateMeant: (n, meant, p) =>
    `I cannot read that date, so the deadline of #${n} was not changed. Did you mean ${meant}? Then type ${p}deadline ${n} ${meant}.`,
  onHoliday: (day, holiday) =>
    `Note: ${day} is ${englishHoliday(holiday)}, a public holiday in the Netherlands.`,
  inWeekend: (day) => `Note: ${day} is in the weekend.`,
  workdayBefore: (n, typed, p) => `Rather the working day before? Type ${p}deadline ${n} ${typed}.`,
};
