import { count } from './counting.ts';

/** Why a reminder cannot go further ahead: it would go out before the meeting that comes first. */
const meets = (everyWeeks: number | null) =>
  everyWeeks === null
    ? ''
    : `, en niet eerder dan de bijeenkomst ervoor: deze werkgroep komt ${everyWeeks === 1 ? 'elke week' : `elke ${everyWeeks} weken`} bij elkaar`;

/** When a message goes out, counted back from the meeting: "op de dag zelf", "1 dag vooraf", "3 dagen vooraf". */
const ahead = (days: number) => (days === 0 ? 'op de dag zelf' : `${count(days, 'dag', 'dagen')} vooraf`);

/**
 * Dutch answers about the projectleider's admin commands: logboek, mislukt, herinneringen.
 * Part of the Dutch answers (nl-answers.ts); English in en-admin.ts.
 */
export const nlAdmin = {
  noOverleg: 'Dit overleg bestaat niet (meer).',
  logFallback: 'Logboek',
  logHeading: 'Logboek (laatste 20)',
  erasedMember: 'gewist lid',
  /**
   * Who the logboek names for what no member did (audit-repo.ts SystemActor): the demo set-up, or
   * the beheerder with a `schakel …` command.
   */
  doneBy: { demo: 'Schakel (demo)', cli: 'beheerder (opdrachtregel)' },
  logEmpty: 'Nog niets vastgelegd.',
  /** A meeting moved or cancelled, in the logboek: which werkgroep's, and its dates ("maandag 27 april 2026 14:00"). */
  logMoved: (werkgroep: string, from: string, to: string) =>
    `bijeenkomst van ${werkgroep} verplaatst van ${from} naar ${to}`,
  logCancelled: (werkgroep: string, date: string) => `bijeenkomst van ${werkgroep} van ${date} geannuleerd`,
  logRestored: (werkgroep: string, date: string) =>
    `bijeenkomst van ${werkgroep} van ${date} hersteld (gaat toch door)`,
  logHoliday: (label: string, from: string, to: string) => `vakantie ${label} (${from} t/m ${to}) toegevoegd`,
  logPublished: (period: string, version: number) => `samenvatting ${period} versie ${version} gepubliceerd`,
  /** An actiepunt removed (`schrap`): its number and werkgroep, never its text. */
  logActiepuntRemoved: (werkgroep: string, n: number) => `actiepunt #${n} van ${werkgroep} geschrapt`,
  noFailures: 'Geen mislukte berichten.',
  failedCount: (n: number) => `${n} mislukte berichten`,
  failedHeading: 'Mislukte berichten',
  /** What each kind of delivery is called in the list of failed ones. */
  kinds: {
    agenda_call: 'oproep agendapunten',
    reminder: 'herinnering',
    checkin_invite: 'uitnodiging check-in',
    cancel_notice: 'bericht over afgelasting',
    checkin_dm: 'check-in in een privébericht',
    checkin_nudge: 'herinnering aan de check-in',
    round_close: 'samenvatting van de check-in',
    digest_draft: 'concept van de stuurgroep-samenvatting',
    digest_publish: 'gepubliceerde stuurgroep-samenvatting',
    command_answer: 'antwoord op een opdracht',
    restore_notice: 'bericht dat een bijeenkomst toch doorgaat',
  } as Readonly<Record<string, string>>,
  failedLine: (kind: string, occurrence: string, platform: string, attempts: number) =>
    `${kind} voor ${occurrence} naar ${platform} (${count(attempts, 'poging', 'pogingen')})`,
  failedNote: 'Controleer of Schakel nog in het kanaal zit. Nieuwe berichten worden gewoon verstuurd.',
  /** Messages the scheduler did not send at all because their time had long passed (after an interruption). */
  skippedLateHeading: 'Overgeslagen: te laat om nog te sturen',
  skippedLateLine: (kind: string, occurrence: string, platform: string, due: string) =>
    `${kind} voor ${occurrence} naar ${platform} (had ${due} verstuurd moeten worden)`,
  skippedLateNote:
    'Schakel was te lang onderbroken om deze berichten nog op tijd te sturen; ze zijn niet verstuurd. Stuur zelf een bericht als dat nog nodig is.',
  undeliveredCount: (failed: number, late: number) =>
    `${count(failed, 'mislukt bericht', 'mislukte berichten')}, ${count(late, 'bericht', 'berichten')} te laat overgeslagen`,
  /** A reminder setting out of range (`herinneringen uur 25`): the allowed values and an example; `p` the command prefix. */
  hourRange: (example: number, p: string) =>
    `Kies een heel uur van 0 t/m 23 waarop de oproep en de herinnering verstuurd worden. Bijvoorbeeld: ${p}herinneringen uur ${example}`,
  hourQuiet: (hour: number, from: string, to: string, example: number, p: string) =>
    `Om ${hour}:00 valt binnen de stille uren (${from}–${to}); dan stuurt Schakel niets. Kies een uur daarbuiten. Bijvoorbeeld: ${p}herinneringen uur ${example}`,
  reminderRange: (max: number, everyWeeks: number | null, example: number, p: string) =>
    `De herinnering gaat 0 t/m ${max} dagen voor de bijeenkomst${meets(everyWeeks)}. Bijvoorbeeld: ${p}herinneringen herinnering ${example}`,
  agendaCallRange: (max: number, everyWeeks: number | null, example: number, p: string) =>
    `De oproep voor agendapunten gaat 0 t/m ${max} dagen voor de bijeenkomst${meets(everyWeeks)}. Bijvoorbeeld: ${p}herinneringen agenda ${example}`,
  /** Any other value that cannot be (not reachable by typing; a safety net). */
  badSetting: (p: string) => `Die waarde kan niet. Typ ${p}herinneringen om te zien wat er nu staat.`,
  remindersHeading: 'Herinneringen van deze werkgroep',
  remindersChanged: 'Herinneringen aangepast',
  agendaCall: 'Oproep agendapunten',
  agendaCallValue: (days: number, hour: number) => `${ahead(days)} om ${hour}:00`,
  reminder: 'Herinnering',
  reminderValue: (days: number, hour: number) => `${ahead(days)} om ${hour}:00`,
  checkinAfter: 'Check-in na afloop',
  weekend: 'Ook in het weekend',
  quietHours: 'Stille uren',
  /**
   * How each reminder setting is typed after `herinneringen`: the one source of the command's
   * usage (USAGE), the note under the settings and its line in `help alles`.
   */
  reminderSettings: 'agenda <dagen> | herinnering <dagen> | uur <0-23> | weekend ja/nee | checkin ja/nee',
  /** Under the settings: how each is changed (`p` the command prefix). */
  remindersChangeNote: (p: string) =>
    `Wijzigen: ${p}herinneringen ${nlAdmin.reminderSettings}. Bijvoorbeeld: ${p}herinneringen uur 10.`,
  yes: 'ja',
  no: 'nee',
  /** `vakantie` with the dates swapped: the same command in the right order. */
  endBeforeStart: (label: string, first: string, last: string, p: string) =>
    `De einddatum ligt voor de begindatum. Zet de eerste dag vooraan, zo: ${p}vakantie ${label} ${first} t/m ${last}`,
  /** `vakantie` with a period wholly before today: nothing noted. */
  holidayPast: (label: string, from: string, to: string) =>
    `${label} (${from} t/m ${to}) is al voorbij: geen bijeenkomst daarin krijgt nog een waarschuwing. Er is niets genoteerd; kijk het jaar na.`,
  holidaysHeading: 'Vakanties van de regio',
  holidayLine: (label: string, from: string, to: string) => `${label}: ${from} t/m ${to}`,
  holidaysRemoveHint: (p: string) =>
    `Een vakantie weghalen: ${p}vakantie weg <naam> [begindatum]. De begindatum is nodig als twee vakanties dezelfde naam hebben.`,
  /** `usage` of `vakantie` for who may add one; the others are told who can. */
  noHolidays: (usage: string | null) =>
    usage
      ? `Er staan geen vakanties. Voeg er een toe: ${usage}`
      : 'Er staan geen vakanties. De projectleider van de regio kan ze toevoegen.',
  holidayRemoved: (label: string, from: string, to: string) =>
    `${label} (${from} t/m ${to}) is weggehaald. Bijeenkomsten in die periode krijgen daarover geen waarschuwing meer.`,
  noHolidayNamed: (label: string, p: string) =>
    `Er is geen vakantie met de naam ${label}. Typ ${p}vakanties om te zien welke er zijn.`,
  noHolidayNamedFrom: (label: string, from: string, p: string) =>
    `Er is geen vakantie met de naam ${label} die begint op ${from}. Typ ${p}vakanties om te zien welke er zijn.`,
  /** `vakantie weg <naam>` when the region has several of that name: which, by start date. */
  holidayWhichOne: (n: number, label: string, list: string, example: string) =>
    `Er zijn ${n} vakanties met de naam ${label}: ${list}. Noem de begindatum, zo: ${example}`,
  /** The same vacation again (name and dates): it is kept once. */
  holidayThere: (label: string, from: string, to: string) => `${label} van ${from} t/m ${to} staat er al.`,
};
