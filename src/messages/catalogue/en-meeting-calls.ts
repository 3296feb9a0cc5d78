import type { Words } from './nl.ts';

/** The werkgroep channel's messages around a meeting, in English (nl-meeting-calls.ts). */
export const enMeetingCalls: Words['meetingCalls'] = {
  reminderOnHoliday: (problem) =>
    `Please note: the meeting ${problem}. If it does not go ahead, the projectleider can move or cancel it.`,
  agendaCall: {
    fallback: (overleg, moment) => `${overleg} on ${moment}: do you have an agenda item?`,
    heading: (overleg) => `Agenda items for ${overleg}`,
    text: (moment) =>
      `The next meeting is on ${moment}. Would you like to discuss something? Add an agenda item.`,
    onAgenda: 'Already on the agenda:',
  },
  cancelNotice: {
    fallback: (overleg, moment) => `The meeting of ${overleg} on ${moment} is cancelled.`,
    text: (overleg, moment) => `Please note: the meeting of ${overleg} on ${moment} is cancelled.`,
  },
  restoreNotice: {
    fallback: (overleg, moment) => `The meeting of ${overleg} on ${moment} goes ahead after all.`,
    text: (overleg, moment) => `Good news: the meeting of ${overleg} on ${moment} goes ahead after all.`,
  },
  checkinInvite: {
    text: (moment, closesAt) =>
      `Thank you for the meeting of ${moment}. How is the collaboration going? The check-in takes less than a minute.${closesAt ? ` You can fill it in until ${closesAt}.` : ''}`,
  },
};
