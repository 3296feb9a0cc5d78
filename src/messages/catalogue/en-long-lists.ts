import { count } from './counting.ts';
import type { nlLongLists } from './nl-long-lists.ts';

/** English lines under a list shown in part; the keys are the Dutch ones (nl-long-lists.ts). */
export const enLongLists: typeof nlLongLists = {
  actiepunten: (n, p) =>
    `And ${count(n, 'more open action item', 'more open action items')} with a later deadline or none; no more fit in one message. You see all of your own with ${p}overzicht.`,
  reminderActiepunten: (n, p) =>
    `And ${count(n, 'more open action item', 'more open action items')} with a later deadline or none: type ${p}actiepunten for the list.`,
  reminderAgenda: (n, p) =>
    `And ${count(n, 'more agenda item', 'more agenda items')}: type ${p}agenda for the whole agenda.`,
  agenda: (n) =>
    `And ${count(n, 'more agenda item', 'more agenda items')} that no longer fit in one message.`,
  home: (n, p) =>
    `And ${count(n, 'more action item', 'more action items')} of yours with a later deadline or none: type ${p}actiepunten in the werkgroep's channel.`,
  tooLarge:
    'This answer is too large for one message in Teams, so Schakel could not send it. Asking again will not help: please tell your administrator.',
};
