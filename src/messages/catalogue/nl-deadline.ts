/**
 * Dutch answers to `deadline <n> <datum|geen>`: an open actiepunt's deadline set, changed or
 * removed; and the line under any deadline that falls on a day off (after `actiepunt … tot` too).
 * Part of the Dutch answers (nl-answers.ts); English in en-deadline.ts.
 */
export const nlDeadline = {
  set: (n: number, description: string, day: string, owner: string) =>
    `De deadline van actiepunt #${n} ${description} is nu ${day}. Eigenaar: ${owner}.`,
  removed: (n: number, description: string, owner: string) =>
    `Actiepunt #${n} ${description} heeft geen deadline meer. Eigenaar: ${owner}.`,
  /** The owner's name when the actiepunt has none (any more). */
  noOwner: 'niemand',
  done: (n: number, description: string, p: string) =>
    `Actiepunt #${n} is al afgerond (${description}), dus de deadline is niet gewijzigd. Typ ${p}actiepunten voor de open actiepunten.`,
  /** The words after the number could not be read as a date: not repeated, they may hold a client's details. */
  unreadDate: (n: number, p: string) =>
    `Die datum kan ik niet lezen, dus de deadline van #${n} is niet gewijzigd. Schrijf hem als 15 januari, 15-01-2027, 15 januari 2027 of vrijdag 15 januari (${p}deadline ${n} 15 januari), of typ ${p}deadline ${n} geen om hem weg te halen.`,
  /** Unread with a month's slip in it ("3 decmber"): the date meant asked after, typed in full (number and date only). */
  unreadDateMeant: (n: number, meant: string, p: string) =>
    `Die datum kan ik niet lezen, dus de deadline van #${n} is niet gewijzigd. Bedoel je ${meant}? Typ dan ${p}deadline ${n} ${meant}.`,
  /** The deadline ("vrijdag 25 december 2026") is a public holiday, named as people say it. */
  onHoliday: (day: string, holiday: string) => `Let op: ${day} is ${holiday}.`,
  /** The deadline ("zaterdag 19 december 2026") falls on a Saturday or Sunday. */
  inWeekend: (day: string) => `Let op: ${day} valt in het weekend.`,
  /** After either, the working day before it, as it is typed ("24 december 2026"). */
  workdayBefore: (n: number, typed: string, p: string) =>
    `Liever de werkdag ervoor? Typ ${p}deadline ${n} ${typed}.`,
};
