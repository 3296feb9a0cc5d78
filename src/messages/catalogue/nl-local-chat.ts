import type { PlayedAs } from '../../domain/demo-region.ts';
import { NL_ROLE_NAMES } from './nl-avg.ts';

/** The browser chat of local mode (adapters/local-chat): its own lines, beside Schakel's answers. */
export const nlLocalChat = {
  /** When the page cannot reach Schakel lokaal at all. */
  onbereikbaar:
    'Schakel reageert niet. Kijk of Schakel nog draait (npm start) en probeer het opnieuw; blijft het misgaan, meld het dan bij je beheerder.',
  /** Under a file Schakel offers: here there is no OneDrive, the file is downloaded from the page. */
  bestandAanbod: 'Schakel wil je dit bestand sturen. Sta je het toe, dan kun je het hier downloaden.',
  file: 'Bestand',
  allow: 'Toestaan',
  refuse: 'Weigeren',
  /** Under a message Schakel changed afterwards (as Teams marks it). */
  updated: 'Bijgewerkt',
  /** In the header, on every width: which person the page plays now (name, and what they are). */
  playingAs: (name: string, playedAs: string) => `als ${name} (${playedAs})`,
  /** What each person the page plays is, in the header and under the picker (domain/demo-region.ts): the role as `mijn-gegevens` names it. */
  playedAs: {
    projectleider: NL_ROLE_NAMES.projectleider,
    werkgroeplidGgz: `${NL_ROLE_NAMES.lid} GGZ`,
    werkgroeplidWi: `${NL_ROLE_NAMES.lid} W&I`,
    stuurgroeplid: NL_ROLE_NAMES.stuurgroeplid,
    landelijk: NL_ROLE_NAMES.landelijk,
  } satisfies Record<PlayedAs, string>,
  /** The sidebar's button that lets the next werkgroep meeting happen now. */
  finishMeeting: 'Bijeenkomst afronden',
  /** Under "Bijeenkomst afronden": which meeting the button lets happen. */
  nextMeeting: (werkgroep: string, when: string) => `Volgende: ${werkgroep}, ${when}.`,
  noMeeting: 'Er is geen werkgroepbijeenkomst gepland om af te ronden.',
  /** Under "Bijeenkomst afronden" for a person in no werkgroep (a stuurgroeplid). */
  noWerkgroep:
    'Je zit in geen werkgroep: er is geen bijeenkomst van jou om af te ronden. Speel een werkgroeplid om er een af te ronden.',
  meetingEnded: (werkgroep: string, when: string) => `De bijeenkomst van ${werkgroep} (${when}) is afgerond.`,
  /** The same, for a werkgroep without a channel: Schakel planned nothing for it, so no check-in came. */
  meetingEndedNotLinked: (werkgroep: string, when: string) =>
    `De bijeenkomst van ${werkgroep} (${when}) is afgerond. Er kwam geen check-in: de werkgroep heeft nog geen kanaal. Typ koppel ${werkgroep} in een kanaal om het te koppelen.`,
  /** In the sidebar: what a restart does not keep (the demo's clock and the chat's history live in memory). */
  restartNote:
    'Na een herstart (npm start) loopt de tijd in Schakel weer gelijk met nu en zijn de gesprekken hier leeg; wat Schakel in zijn database bewaart, blijft.',
  /**
   * Nobody to play: the local chat plays the demo regions' fictional people, and a database with
   * a real region (schakel import) has none of them; a region's own members have no local identity.
   */
  noneToPlay:
    'Er is hier niemand om te spelen. De lokale chat speelt de verzonnen mensen van de demoregio’s, en die zijn niet aangemaakt: deze database heeft een echte regio. De leden van een echte regio komen niet in de lokale chat; zij praten met Schakel in Slack of Teams. Voor de demo: start Schakel met een lege map als SCHAKEL_DATA_DIR (SCHAKEL_DATA_DIR=./demo npm start). Voor je eigen regio: zie de README, Local mode en Operations (Slack of Teams koppelen).',
  /** The played person was erased (vergeet-mij): the page plays the first one left. */
  forgotten: (name: string, next: string) =>
    `${name} is uit Schakel gewist en kan hier niet meer gespeeld worden. Je speelt nu ${next}.`,
  /**
   * The page's fixed words (sidebar, header, where one types), in the played person's language;
   * the page is sent with them and changes them when another person is played. `dateLocale`: how
   * the sidebar's clock writes a date.
   */
  sidebar: {
    dateLocale: 'nl-NL',
    sidebarLabel: 'Gesprekken en instellingen',
    playing: 'Je speelt',
    conversations: 'Gesprekken',
    chat: 'Chat',
    /** Above the channels when there is no team to name (a real region, nobody to play). */
    channels: 'Kanalen',
    timeLabel: 'Tijd in Schakel',
    dayButton: 'Een dag verder',
    weekButton: 'Een week verder',
    onThisComputer: 'Alles blijft op deze computer. Alle personen zijn verzonnen.',
    menu: 'Gesprekken tonen',
    title: 'Chat met Schakel',
    typing: 'Schakel typt',
    messageLabel: 'Bericht aan Schakel',
    placeholder: 'Typ bijvoorbeeld help',
    send: 'Verstuur',
    /** On a conversation in the sidebar: how many messages came in since it was last open. */
    unread: (n: string) => `${n} nieuw`,
  },
  dayLater: 'Een dag later.',
  weekLater: 'Een week later.',
  /** A request that names a person or conversation the page does not have (or not together). */
  unknownPlace: 'Onbekende rol of onbekend gesprek.',
  emptyMessage: 'Typ eerst een bericht.',
  /** A message request whose fields (`rol`, `gesprek`, `tekst`) are missing or no text (a number, say). */
  notText: (fields: readonly string[]) =>
    fields.length === 1
      ? `Dit verzoek klopt niet: ${fields[0]} moet een tekst (string) zijn.`
      : `Dit verzoek klopt niet: ${fields.slice(0, -1).join(', ')} en ${fields.at(-1)} moeten een tekst (string) zijn.`,
  unknownButton: 'Deze knop ken ik niet.',
  unknownFile: 'Dit bestand ken ik niet.',
  /** A file offer answered after Schakel forgot it (a restart). */
  fileForgotten: 'Dit bestand ken ik niet meer. Vraag het opnieuw aan.',
  /** A download link of a file the chat no longer keeps. */
  fileGone: 'Dit bestand is er niet meer. Vraag het opnieuw aan.',
  /** A file put in the chat's "OneDrive" that is larger than it keeps: refused, nothing stored. */
  fileTooLarge: (mb: number) => `Dit bestand is te groot: de lokale chat bewaart bestanden tot ${mb} MB.`,
  unknownStep: 'Onbekende stap.',
  /** Refused: another website, or another host name, tried to use the chat. */
  notFromThisPage: 'Dit verzoek komt niet van de lokale chat.',
  /** Where a message stood that Schakel deleted. */
  deleted: 'Dit bericht is verwijderd.',
  /** The connector's refusals (to Schakel's own calls, shown in its log). */
  unknownUser: 'Onbekende gebruiker.',
  invalidAddress: 'Dit adres is niet geldig.',
  notAnActivity: 'Dit is geen activiteit.',
  /** On a file offer once the member chose, as Teams greys the card out. */
  fileAllowed: (name: string) => `Je hebt ${name} toegestaan.`,
  fileRefused: (name: string) => `Je hebt ${name} geweigerd.`,
  /** Where the person's message stood that Schakel refused (client data): the text is taken out of the chat. */
  refusedTaken:
    'Dit bericht is uit de chat gehaald: het leek gegevens van een cliënt te bevatten. Niemand kan het hier nog lezen.',
  /** The same for a message refused only for a sign that changes its reading direction. */
  directionTaken:
    'Dit bericht is uit de chat gehaald: het bevatte een onzichtbaar teken dat de leesrichting verandert. Niemand kan het hier nog lezen.',
  /** A date field in a card: typed day first, or picked from the calendar under it. */
  date: {
    placeholder: 'dd-mm-jjjj',
    /** `example`: a date near today, as typed (9-3-2026); `written`: with its month's name (9 maart 2026). */
    hint: (example: string, written: string) =>
      `Dag-maand-jaar, bijvoorbeeld ${example} of ${written}; of zoals in een opdracht: volgende week dinsdag.`,
    calendar: 'Kalender',
    previousMonth: 'Vorige maand',
    nextMonth: 'Volgende maand',
    notADate: (example: string) => `Dit is geen datum. Schrijf dag-maand-jaar, bijvoorbeeld ${example}.`,
    /** A date no calendar has (31-02-2027), `said` as the commands say it: "31 februari 2027 bestaat niet". */
    noSuchDate: (said: string, example: string) =>
      `${said}. Schrijf dag-maand-jaar, bijvoorbeeld ${example}.`,
    /** Schakel did not answer when asked to read the date (GET /api/datum failed). */
    unreadable: 'Schakel kon de datum nu niet lezen; probeer het zo opnieuw.',
    beforeMin: (date: string) => `Kies een datum vanaf ${date}.`,
    afterMax: (date: string) => `Kies een datum t/m ${date}.`,
  },
  /** A time field in a card: the 24-hour clock, typed. */
  time: {
    placeholder: 'uu:mm',
    hint: 'Uren en minuten, bijvoorbeeld 14:00.',
    notATime: 'Dit is geen tijd. Schrijf uren en minuten, bijvoorbeeld 14:00.',
    beforeMin: (time: string) => `Kies een tijd vanaf ${time}.`,
    afterMax: (time: string) => `Kies een tijd t/m ${time}.`,
  },
};
