import { count } from './counting.ts';
import { nextYear, nlActiepunt } from './nl-actiepunt.ts';
import { nlActiepunten } from './nl-actiepunten-list.ts';
import { nlAdmin } from './nl-admin.ts';
import { nlAvg } from './nl-avg.ts';
import { nlChannelLinks } from './nl-channel-links.ts';
import { nlDeadline } from './nl-deadline.ts';
import { nlDigestReview } from './nl-digest-review.ts';
import { nlNational } from './nl-national.ts';
import { nlSeries } from './nl-series.ts';
import { nlStuurgroep } from './nl-stuurgroep.ts';

/** How to type an agendapunt, by an example; `p` as the command is typed where the member is. */
const agendapuntUsage = (p: string) =>
  `${p}agendapunt met je punt erachter. Bijvoorbeeld: ${p}agendapunt Evaluatie pilot IPS`;

/**
 * Dutch answers to the text commands (src/commands/) and the use cases they call: what one member
 * reads after typing a command. Part of the Dutch catalogue (nl.ts), so English (en-answers.ts)
 * has the same keys.
 */
export const nlAnswers = {
  nextYear,
  actiepunt: nlActiepunt,
  actiepunten: nlActiepunten,
  deadline: nlDeadline,
  klaar: {
    noSuch: (n: number, p: string) =>
      `Er is geen actiepunt met nummer ${n}. Typ ${p}actiepunten voor de lijst.`,
    already: (n: number, description: string) => `Actiepunt #${n} was al afgerond: ${description}.`,
    done: (n: number, description: string) => `Afgerond: #${n} ${description}.`,
    /** `klaar` or `deadline` for one that was removed (`schrap`): it no longer exists to be finished. */
    removed: (n: number) =>
      `Actiepunt #${n} is geschrapt: het staat niet meer bij de open actiepunten en kan niet meer worden afgerond of gewijzigd.`,
  },
  /** `schrap actiepunt <n>`: an actiepunt noted by mistake removed; it counts nowhere any more. */
  schrap: {
    removed: (n: number, description: string) =>
      `Geschrapt: #${n} ${description}. Het staat niet meer bij de open actiepunten en telt nergens mee.`,
    already: (n: number) => `Actiepunt #${n} was al geschrapt.`,
    done: (n: number, description: string) =>
      `Actiepunt #${n} is al afgerond: ${description}. Alleen een open actiepunt kun je schrappen.`,
  },
  agenda: {
    heading: (when: string) => `Agenda voor ${when}`,
    empty: (p: string) => `Nog geen agendapunten. Voeg er een toe: ${agendapuntUsage(p)}`,
  },
  agendapunt: (when: string) => `Genoteerd voor de bijeenkomst van ${when}.`,
  /** The same agendapunt again for that meeting: not added twice. */
  agendapuntAlready: (when: string) => `Dit punt staat al op de agenda van de bijeenkomst van ${when}.`,
  /**
   * `werkgroep` named as `series.movedTo` names it; `undo`: the command that puts the meeting back
   * (`herstel <datum>`), as typed here.
   */
  annuleer: (werkgroep: string, date: string, undo: string) =>
    `De bijeenkomst van ${werkgroep} op ${date} gaat niet door. De werkgroep krijgt één kort bericht in plaats van de herinneringen. Gaat ze toch door? Typ ${undo} of kies de knop.`,
  /** `annuleer` of a meeting already cancelled: nothing changes, no second message to the werkgroep. */
  annuleerAlready: (werkgroep: string, date: string) =>
    `De bijeenkomst van ${werkgroep} op ${date} was al afgezegd; er verandert niets en de werkgroep krijgt geen tweede bericht.`,
  /** The button under the `annuleer` answer that puts the meeting back, and its question first. */
  herstelButton: 'Toch laten doorgaan',
  herstelTitle: 'Bijeenkomst toch laten doorgaan?',
  herstelQuestion: (date: string) =>
    `De bijeenkomst van ${date} gaat dan toch door, zoals ze gepland stond. Heeft de werkgroep al gehoord dat de bijeenkomst niet doorgaat? Dan krijgt de werkgroep één bericht dat ze toch doorgaat.`,
  herstelYes: 'Ja, laten doorgaan',
  /**
   * `herstel <datum>` done: `told` when the werkgroep had heard of the cancellation and now hears
   * this; `movedFrom` ("dinsdag 12 januari 2027 om 14:00") when it comes back where it had been moved to.
   */
  herstel: (date: string, time: string, told: boolean, movedFrom: string | null = null) =>
    `De bijeenkomst van ${date} om ${time} gaat toch door${movedFrom ? `; ze blijft verplaatst (oorspronkelijk ${movedFrom})` : ''}. De herinneringen staan weer gepland.${told ? ' De werkgroep krijgt één bericht dat ze toch doorgaat.' : ''}`,
  /** `annuleer`/`herstel` of the date a meeting was moved away from: which meeting the answer is about. */
  movedAwayFrom: (original: string, moved: string, time: string) =>
    `De bijeenkomst van ${original} was verplaatst naar ${moved} om ${time}; het gaat om die bijeenkomst.`,
  /** `herstel` of a meeting that is not cancelled (or put back just now by the same request sent twice). */
  herstelNotCancelled: (date: string) =>
    `De bijeenkomst van ${date} is niet afgezegd; ze gaat gewoon door. Er verandert niets.`,
  /** `herstel` of a meeting that has already begun or is over: what happened, and where to look instead. */
  herstelPast: (date: string, time: string, p: string) =>
    `De bijeenkomst van ${date} om ${time} is al begonnen of voorbij. Een afzegging kun je dan niet meer terugdraaien; er is niets veranderd. Typ ${p}volgende om te zien wanneer de werkgroep weer bijeenkomt.`,
  /** `herstel` of a day without a meeting, with a cancelled one nearby (`command` puts that one back). */
  herstelNear: (date: string, cancelled: string, time: string, command: string) =>
    `Op ${date} staat geen bijeenkomst van deze werkgroep. Afgezegd is wel de bijeenkomst van ${cancelled} om ${time}. Moet die toch doorgaan? Typ ${command}. Er is niets veranderd.`,
  /** `herstel` of a day with more than one cancelled meeting: which one (`command` types the first). */
  herstelWhich: (date: string, n: number, command: string) =>
    `Op ${date} zijn ${n} bijeenkomsten afgezegd. Welke moet toch doorgaan? Kies een van de knoppen, of typ bijvoorbeeld ${command}. Er is nog niets veranderd.`,
  /** A button of that choice: the time, and where it was moved from ("dinsdag 27 oktober 2026 om 14:00"). */
  herstelWhichButton: (time: string, movedFrom: string | null) =>
    movedFrom ? `${time}, verplaatst van ${movedFrom}` : `${time}, zoals gepland`,
  /** `herstel <datum> van <datum>` when no cancelled meeting on that day came from that date. */
  herstelNoneFrom: (date: string, from: string) =>
    `Op ${date} staat geen afgezegde bijeenkomst die oorspronkelijk op ${from} stond. Er is niets veranderd.`,
  /** `checkin-dagen 99`: the allowed number of days. */
  checkinDagenRange: 'Een check-in staat 1 t/m 28 dagen open. Kies een heel aantal dagen.',
  checkinDagen: (days: number) =>
    `De check-in staat voortaan ${count(days, 'dag', 'dagen')} open na elke bijeenkomst.`,
  vakantie: (label: string, from: string, to: string) =>
    `Genoteerd voor de hele regio: ${label} van ${from} t/m ${to}.`,
  /** After `vakantie`: each meeting in the period still to come, as vakantieMeeting words it; none, and what happens to later ones. */
  vakantieMeetings: (meetings: readonly string[]) =>
    meetings.length === 0
      ? 'Er valt nu geen bijeenkomst in; wordt er een in gepland, dan krijgt die een waarschuwing.'
      : `${meetings.length === 1 ? 'Deze bijeenkomst valt erin en krijgt' : 'Deze bijeenkomsten vallen erin en krijgen'} een waarschuwing in de herinnering en de oproep voor agendapunten: ${meetings.join('; ')}.`,
  /** One meeting in a new vakantie: "Werkgroep Oost op vrijdag 25 december 2026". */
  vakantieMeeting: (overleg: string, date: string) => `${overleg} op ${date}`,
  onbekend: (p: string) => `Dat commando ken ik niet. Typ ${p}help voor wat ik kan.`,
  /** "knelpunten" or "knelpunt …" typed as if a command: how they are brought in and where seen. */
  knelpuntenWhere: (p: string) =>
    `Knelpunten breng je in met de check-in na een bijeenkomst: typ ${p}checkin. Daarin staan ook de knelpunten die nog open staan, om bij te werken. De belangrijkste knelpunten van de werkgroepen staan in de samenvatting voor de stuurgroep: ${p}samenvatting laatste (voor projectleider en stuurgroep).`,
  onbekendAsked: (p: string, command: string) =>
    `Dat commando ken ik niet. Bedoel je het commando ${p}${command}? Typ ${p}help voor wat ik kan.`,
  ongeldig: (usage: string) => `Zo begrijp ik het niet. Gebruik: ${usage}`,
  /** A month misspelt in a command's date ("annuleer 23 decmber"): the date meant, asked; nothing was done. */
  dateMeant: (date: string, retyped: string) =>
    `Die datum lees ik niet. Bedoel je ${date}? Typ dan: ${retyped}. Er is nog niets veranderd.`,
  /** A usage told by an example instead of <tekst> and [tot <datum>]; `p` as the command is typed there. */
  usageByExample: {
    agendapunt: agendapuntUsage,
    actiepunt: (p: string) =>
      `${p}actiepunt met wat er moet gebeuren, en eventueel wanneer. Bijvoorbeeld: ${p}actiepunt Contactlijst rondsturen voor 15 januari`,
  },
  /**
   * A typed date that no calendar has ("30 februari 2027"), or a month 13: the same words in a
   * command's answer (`noSuchDateUsage`, with its usage) and under a form's date field.
   */
  noSuchDate: (date: string) => `${date} bestaat niet`,
  noSuchMonth: (month: number) => `Maand ${month} bestaat niet: een jaar heeft 12 maanden`,
  noSuchDateUsage: (said: string, usage: string) => `${said}. Gebruik: ${usage}`,
  reeks: {
    none: (usage: string) => `Er is nog geen reeks. De projectleider maakt er een met ${usage}`,
    fallback: 'De reeks van deze werkgroep',
    first: 'Eerste bijeenkomst',
    firstValue: (date: string, time: string) => `${date} om ${time}`,
    next: 'Volgende bijeenkomst',
    movedFrom: (date: string) => ` (verplaatst, stond op ${date})`,
    every: 'Elke',
    weeks: (n: number) => count(n, 'week', 'weken'),
    duration: 'Duur',
    minutes: (n: number) => `${n} minuten`,
    link: (url: string) => `Zet de reeks in je agenda (Outlook, Google): ${url}`,
    noLink: 'Een agendalink is in deze Schakel nog niet te openen; je beheerder kan dat aanzetten.',
  },
  /** Opening a form (Slack modal, Teams card): its title and this, in plain words beside it. */
  formFillIn: (title: string) => `${title}: vul het formulier in.`,
  roundForm: {
    noRound: 'Er is nog geen check-in geweest voor deze werkgroep. Die start na de eerste bijeenkomst.',
  },
  series: {
    nextMeeting: (when: string) => `Volgende bijeenkomst: ${when}`,
    moved: ' (verplaatst)',
    noSeries: 'Dit overleg heeft nog geen reeks.',
    /** A date without a meeting; `nearest`: the meetings that stand nearest before and after it, as a way on. */
    noMeetingOn: (nearest: readonly string[], date: string) =>
      `Op ${date} staat geen bijeenkomst van deze werkgroep. Er is niets veranderd.${
        nearest.length === 0
          ? ''
          : nearest.length === 1
            ? ` De dichtstbijzijnde bijeenkomst is op ${nearest[0]}.`
            : ` De dichtstbijzijnde bijeenkomsten zijn op ${nearest.join(' en op ')}.`
      }`,
    alreadyMoved: (from: string, to: string, time: string) =>
      `Dit voorstel is al overgenomen: de bijeenkomst van ${from} staat al op ${to} om ${time}.`,
    created: (weeks: number, date: string, time: string) =>
      `De reeks staat: elke ${weeks === 1 ? 'week' : `${weeks} weken`} vanaf ${date} om ${time}.`,
    movedTo: (werkgroep: string, date: string, time: string) =>
      `De bijeenkomst van ${werkgroep} is verplaatst naar ${date} om ${time}. De herinneringen volgen de nieuwe datum.`,
    changedFrom: (date: string) =>
      `De reeks is gewijzigd vanaf ${date}. Eerdere bijeenkomsten blijven zoals ze waren.`,
    upcomingHeading: 'Volgende bijeenkomsten',
    noneplanned: 'Er is nog geen bijeenkomst gepland.',
    pastFirst: 'Deze datum ligt in het verleden. Kies een eerste bijeenkomst vanaf vandaag.',
    pastMoved: 'Deze datum ligt in het verleden. Kies een nieuwe datum vanaf vandaag.',
    pastFrom: 'Deze datum ligt in het verleden. Kies een datum vanaf vandaag.',
    pastTimeToday: (time: string) =>
      `Vandaag om ${time} is al voorbij. Kies een later tijdstip, of een dag na vandaag.`,
    /** Today chosen without a time, at the day's very end: no time is named that was never typed. */
    pastDayToday: 'Die dag is al voorbij. Kies een dag na vandaag.',
  },
  /** What the agenda and the series refuse, worded for the member. */
  problems: {
    fillInText: 'Vul een tekst in.',
    noNextMeeting: 'Er is nog geen volgende bijeenkomst gepland.',
    ownerNotMember: 'De eigenaar moet lid zijn van dit overleg.',
    noActiepunt: 'Dit actiepunt bestaat niet (meer).',
    seriesChangedMeanwhile: 'De reeks is net door iemand anders gewijzigd. Probeer het opnieuw.',
    /** A series refused for what it says (series-definition.ts). */
    series: nlSeries,
    /** `p`: how the platform's commands start. */
    seriesExists: (p: string) =>
      `Dit overleg heeft al een reeks. Wijzig die vanaf een datum met ${p}wijzig vanaf <datum> [elke N weken] [om UU:MM], of typ ${p}wijzig voor het formulier.`,
    /** A meeting moved onto a day that has one: that one's day and time, and what to do instead. */
    meetingThatDay: (day: string, time: string, iso: string, p: string) =>
      `Op ${day} staat al een bijeenkomst, om ${time}. Twee op één dag kan niet. Kies een andere datum, of laat eerst een van de twee vervallen met ${p}annuleer ${iso}.`,
    /** `herstel` of a meeting whose day has another meeting since: that one's time, and what to do first. */
    restoreDayTaken: (day: string, time: string, iso: string, p: string) =>
      `Op ${day} staat intussen een andere bijeenkomst, om ${time}. Twee op één dag kan niet: verplaats of annuleer die eerst (${p}verplaats ${iso} naar <datum>, of ${p}annuleer ${iso}). Er is niets veranderd.`,
    /** `verplaats` of a cancelled meeting: put it back first, so the werkgroep hears it goes ahead. */
    moveCancelled: (iso: string, p: string) =>
      `Deze bijeenkomst is afgezegd. Zet haar eerst terug met ${p}herstel ${iso} (de werkgroep hoort dan dat ze toch doorgaat) en verplaats haar daarna. Er is niets veranderd.`,
    noMeetingThen: 'Op dat moment staat geen bijeenkomst van deze reeks.',
    skippedHour: (time: string, day: string) =>
      `${time} bestaat niet op ${day}: de klok gaat dan een uur vooruit (zomertijd). Kies een andere tijd.`,
    noCheckin: 'Deze check-in bestaat niet (meer).',
    unknownCheckinButton: 'Deze knop ken ik niet. Vraag een nieuwe check-in aan.',
    draftNotSaved: 'Het concept kon niet worden bewaard. Probeer het opnieuw.',
    draftMembersChanging:
      'Het concept is niet gemaakt: terwijl Schakel eraan werkte, veranderden de leden van de regio steeds. Er is niets bewaard. Probeer het over een paar minuten opnieuw.',
    noRegion: (id: string) => `Regio ${id} bestaat niet.`,
  },
  choice: {
    ask: 'Je zit in meer dan één werkgroep. Voor welke werkgroep is dit?',
    /** After that choice: the answer's heading, naming the werkgroep it answers for. */
    headingFor: (heading: string, werkgroep: string) => `${heading} — ${werkgroep}`,
    /** After that choice, an answer without a heading: its first line names the werkgroep. */
    textFor: (text: string, werkgroep: string) => `${werkgroep}: ${text}`,
    notYours: 'Die werkgroep hoort niet (meer) bij jou. Typ het commando opnieuw.',
    noWerkgroep: 'Je bent nog niet aan een werkgroep gekoppeld. Vraag je projectleider.',
    /** A werkgroep command from a stuurgroeplid (in no werkgroep): what is theirs instead. */
    stuurgroeplid: (p: string) =>
      `Dit commando is voor werkgroepleden. Als stuurgroeplid typ je ${p}volgende voor de volgende stuurgroep van je regio, of ${p}samenvatting laatste voor de laatst gepubliceerde samenvatting.`,
    /** A werkgroep command from the programme office (landelijk, in no werkgroep): what is theirs instead. */
    landelijk: (p: string) =>
      `Dit commando is voor werkgroepleden. Als lid van het landelijk team typ je ${p}landelijk voor het landelijk overzicht van alle regio's.`,
    typeInChannel: 'Je zit in meer dan één werkgroep: typ dit in het kanaal van de werkgroep.',
    unknownButton: (p: string) =>
      `Deze knop ken ik niet (meer). Typ ${p}klaar met het nummer van het actiepunt.`,
    unknownSchrapButton: (p: string) =>
      `Deze knop ken ik niet (meer). Typ ${p}schrap actiepunt met het nummer van het actiepunt.`,
    unknownChoice: 'Deze keuze ken ik niet (meer). Typ het commando opnieuw.',
    /** The button beside a step that asks first (let-be.ts), and its answer: nothing changed. */
    letBe: 'Nee, laat maar',
    letBeAnswer: 'Goed, er verandert niets.',
  },
  admin: nlAdmin,
  links: nlChannelLinks,
  /** `stuurgroep …`: the stuurgroep's dates and when its digest draft comes. */
  stuurgroep: nlStuurgroep,
  /** `landelijk`: the national overview for the programme office. */
  national: nlNational,
  /** The projectleider's review of a digest draft: its buttons and forms. */
  digest: nlDigestReview,
  avg: nlAvg,
};
