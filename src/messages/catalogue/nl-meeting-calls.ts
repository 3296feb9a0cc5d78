/**
 * The werkgroep channel's messages around a meeting besides the reminder's own words (src/messages/
 * meeting-messages.ts): the note on a public holiday or vakantie, the call for agendapunten, a
 * cancelled meeting, the check-in invitation.
 * `moment`: the meeting as "dinsdag 6 oktober 2026, 14:00–15:30".
 */
export const nlMeetingCalls = {
  /**
   * In the reminder and the call for agendapunten of a meeting on a public holiday (feestdagen.ts)
   * or in a vakantie of the region; `problem` is conflicts.holiday or conflicts.period (joined by
   * conflicts.and): "valt op Koningsdag (feestdag)", "valt in de vakantie Kerstvakantie (… t/m …)",
   * as `volgende` and the warning when the series was made say it.
   */
  reminderOnHoliday: (problem: string) =>
    `Let op: de bijeenkomst ${problem}. Gaat ze niet door, dan kan de projectleider haar verplaatsen of laten vervallen.`,
  agendaCall: {
    fallback: (overleg: string, moment: string) => `${overleg} op ${moment}: heb je een agendapunt?`,
    heading: (overleg: string) => `Agendapunten voor ${overleg}`,
    text: (moment: string) =>
      `De volgende bijeenkomst is op ${moment}. Wil je iets bespreken? Voeg een agendapunt toe.`,
    onAgenda: 'Al op de agenda:',
  },
  cancelNotice: {
    fallback: (overleg: string, moment: string) => `${overleg} van ${moment} gaat niet door.`,
    text: (overleg: string, moment: string) =>
      `Let op: de bijeenkomst van ${overleg} op ${moment} gaat niet door.`,
  },
  /** A cancelled meeting put back (`herstel`) after the werkgroep heard it was cancelled. */
  restoreNotice: {
    fallback: (overleg: string, moment: string) => `${overleg} van ${moment} gaat toch door.`,
    text: (overleg: string, moment: string) =>
      `Goed nieuws: de bijeenkomst van ${overleg} op ${moment} gaat toch door.`,
  },
  checkinInvite: {
    /** `closesAt`: until when it can be filled in ("dinsdag 6 oktober 2026 om 18:00"), when a round is open. */
    text: (moment: string, closesAt: string | null) =>
      `Bedankt voor de bijeenkomst van ${moment}. Hoe staat de samenwerking ervoor? De check-in duurt minder dan een minuut.${closesAt ? ` Invullen kan tot ${closesAt}.` : ''}`,
  },
};
