import { count } from './counting.ts';

/**
 * Dutch lines under a list shown in part, when all of it does not fit in one message (Teams takes
 * about 28 KB, Slack 50 blocks; src/messages/fit.ts): how many are left out and where to see them.
 * `p` is how a command is typed there. English in en-long-lists.ts.
 */
export const nlLongLists = {
  /** Under the `actiepunten` answer: the nearest deadlines come first, so the rest come later. */
  actiepunten: (n: number, p: string) =>
    `En nog ${count(n, 'open actiepunt', 'open actiepunten')} met een latere of geen deadline; meer past niet in één bericht. Je eigen actiepunten zie je allemaal met ${p}overzicht.`,
  /** Under the actiepunten of the reminder, the `actiepunten` answer shows more. */
  reminderActiepunten: (n: number, p: string) =>
    `En nog ${count(n, 'open actiepunt', 'open actiepunten')} met een latere of geen deadline: typ ${p}actiepunten voor de lijst.`,
  /** Under the agenda of the reminder or the call for agendapunten: `agenda` shows more. */
  reminderAgenda: (n: number, p: string) =>
    `En nog ${count(n, 'agendapunt', 'agendapunten')}: typ ${p}agenda voor de hele agenda.`,
  /** Under the `agenda` answer itself: nowhere else shows more. */
  agenda: (n: number) =>
    `En nog ${count(n, 'agendapunt', 'agendapunten')}, die niet meer in één bericht passen.`,
  /** Under the member's own actiepunten in the overview (the list of each werkgroep has them too). */
  home: (n: number, p: string) =>
    `En nog ${count(n, 'actiepunt', 'actiepunten')} van jou met een latere of geen deadline: typ ${p}actiepunten in het kanaal van de werkgroep.`,
  /** Teams refused an answer as too large (413): asking again gives the same answer. */
  tooLarge:
    'Dit antwoord is te groot voor één bericht in Teams, dus Schakel kon het niet sturen. Opnieuw vragen helpt niet: laat het je beheerder weten.',
};
