import { LEVEL_CHANGE_LABELS } from '../../national/levels.ts';
import { count } from './counting.ts';
import { nlAvg } from './nl-avg.ts';
import { nlDeadline } from './nl-deadline.ts';
import { nlStuurgroep } from './nl-stuurgroep.ts';

/** How to type an agendapunt, by an example; `p` as the command is typed where the member is. */
const agendapuntUsage = (p: string) =>
  `${p}agendapunt met je punt erachter. Bijvoorbeeld: ${p}agendapunt Evaluatie pilot IPS`;

/** After a date that passed ("3 december" typed on 6 December): how to type next year's. */
const nextYear = (date: string) => `bedoel je volgend jaar, typ dan ${date}`;

/**
 * Dutch answers to the text commands (src/commands/) and the use cases they call: what one member
 * reads after typing a command. Part of the Dutch catalogue (nl.ts), so English (en-answers.ts)
 * has the same keys.
 */
export const nlAnswers = {
  nextYear,
  actiepunt: {
    noted: 'Actiepunt genoteerd, met jou als eigenaar.',
    number: 'Nummer',
    description: 'Actiepunt',
    owner: 'Eigenaar',
    due: 'Uiterlijk',
    noDue: 'geen datum afgesproken',
    /** Owners are not read from the text ("Ruben stuurt …"): the card says who owns it and how. */
    ownerIsTypist:
      'Eigenaar is wie het actiepunt typt. Is het voor iemand anders? Laat diegene het dan zelf noteren.',
    note: (n: number, p: string) =>
      `Het staat in elke herinnering tot je het afrondt. Klaar? Typ ${p}klaar ${n} of kies de knop.`,
    /** A text ending in a date, noted without a deadline ("… over twee weken"): how to give one. */
    deadlineHint: (n: number, date: string, p: string) =>
      `Bedoelde je een deadline? Typ dan ${p}deadline ${n} ${date}.`,
    duplicate: (n: number, due: string, p: string) =>
      `Dit actiepunt staat al open als #${n}, met jou als eigenaar${due}. Ik heb het niet nog een keer genoteerd. Typ ${p}actiepunten voor de lijst, of ${p}klaar ${n} als het af is.`,
    /** A deadline already past ("3 december" on 6 December); `nextYear` as it is typed, when that one is still to come. */
    pastDue: (date: string, next: string | null) =>
      `De datum ${date} ligt in het verleden. Kies een datum vanaf vandaag${next ? `; ${nextYear(next)}` : ''}.`,
    /**
     * Words after "tot"/"voor" meant as a date that cannot be read ("3 decembr"): named by the
     * deadline word only, as they may hold a client's details.
     */
    unreadDate: (after: string) =>
      `De datum na ‘${after}’ kan ik niet lezen. Schrijf hem als 15 januari, 15-01-2027, 15 januari 2027 of vrijdag 15 januari; het actiepunt is nog niet genoteerd.`,
  },
  actiepunten: {
    none: 'Er staan geen open actiepunten.',
    count: (n: number) => count(n, 'open actiepunt', 'open actiepunten'),
    heading: 'Open actiepunten',
    due: (date: string, overdue: boolean) => ` (uiterlijk ${date}${overdue ? ' — te laat' : ''})`,
    klaarHint: (p: string) => `Of typ ${p}klaar <nummer>; een nummer blijft bij zijn actiepunt.`,
    klaarButton: (n: number) => `Klaar #${n}`,
    klaarTitle: 'Actiepunt afronden',
    klaarQuestion: 'Welk actiepunt is klaar?',
    klaarPlaceholder: 'Kies een actiepunt',
    klaarSubmit: 'Klaar melden',
    klaarChoose: 'Kies eerst het actiepunt dat klaar is.',
  },
  deadline: nlDeadline,
  klaar: {
    noSuch: (n: number, p: string) =>
      `Er is geen actiepunt met nummer ${n}. Typ ${p}actiepunten voor de lijst.`,
    already: (n: number, description: string) => `Actiepunt #${n} was al afgerond: ${description}.`,
    done: (n: number, description: string) => `Afgerond: #${n} ${description}.`,
  },
  agenda: {
    heading: (when: string) => `Agenda voor ${when}`,
    empty: (p: string) => `Nog geen agendapunten. Voeg er een toe: ${agendapuntUsage(p)}`,
  },
  agendapunt: (when: string) => `Genoteerd voor de bijeenkomst van ${when}.`,
  annuleer: (date: string) =>
    `De bijeenkomst van ${date} gaat niet door. De werkgroep krijgt één kort bericht in plaats van de herinneringen.`,
  checkinDagen: (days: number) =>
    `De check-in staat voortaan ${count(days, 'dag', 'dagen')} open na elke bijeenkomst.`,
  vakantie: (label: string, from: string, to: string) =>
    `Genoteerd: ${label} van ${from} t/m ${to}. Bijeenkomsten in die periode krijgen een waarschuwing.`,
  onbekend: (p: string) => `Dat commando ken ik niet. Typ "${p}help" voor wat ik kan.`,
  onbekendAsked: (p: string, command: string) =>
    `Dat commando ken ik niet. Bedoel je "${p}${command}"? Typ "${p}help" voor wat ik kan.`,
  ongeldig: (usage: string) => `Zo begrijp ik het niet. Gebruik: ${usage}`,
  /** A usage told by an example instead of <tekst> and [tot <datum>]; `p` as the command is typed there. */
  usageByExample: {
    agendapunt: agendapuntUsage,
    actiepunt: (p: string) =>
      `${p}actiepunt met wat er moet gebeuren, en eventueel wanneer. Bijvoorbeeld: ${p}actiepunt Contactlijst rondsturen voor 15 januari`,
  },
  /** A typed date that no calendar has: "30 februari 2027". */
  noSuchDate: (date: string, usage: string) => `${date} bestaat niet. Gebruik: ${usage}`,
  noSuchMonth: (month: number, usage: string) =>
    `Maand ${month} bestaat niet: een jaar heeft 12 maanden. Gebruik: ${usage}`,
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
  roundForm: {
    noRound: 'Er is nog geen check-in geweest voor deze werkgroep. Die start na de eerste bijeenkomst.',
    fillIn: (title: string) => `${title}: vul het formulier in.`,
  },
  series: {
    nextMeeting: (when: string) => `Volgende bijeenkomst: ${when}`,
    moved: ' (verplaatst)',
    noSeries: 'Dit overleg heeft nog geen reeks.',
    noMeetingOn: (date: string) => `Op ${date} staat geen bijeenkomst van deze werkgroep.`,
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
  },
  /** What the agenda and the series refuse, worded for the member. */
  problems: {
    fillInText: 'Vul een tekst in.',
    noNextMeeting: 'Er is nog geen volgende bijeenkomst gepland.',
    ownerNotMember: 'De eigenaar moet lid zijn van dit overleg.',
    noActiepunt: 'Dit actiepunt bestaat niet (meer).',
    seriesChangedMeanwhile: 'De reeks is net door iemand anders gewijzigd. Probeer het opnieuw.',
    seriesExists: 'Dit overleg heeft al een reeks. Wijzig die vanaf een datum.',
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
    typeInChannel: 'Je zit in meer dan één werkgroep: typ dit in het kanaal van de werkgroep.',
    unknownButton: 'Deze knop ken ik niet (meer). Typ klaar met het nummer van het actiepunt.',
    unknownChoice: 'Deze keuze ken ik niet (meer). Typ het commando opnieuw.',
  },
  admin: {
    noOverleg: 'Dit overleg bestaat niet (meer).',
    logFallback: 'Logboek',
    logHeading: 'Logboek (laatste 20)',
    erasedMember: 'gewist lid',
    logEmpty: 'Nog niets vastgelegd.',
    /** A meeting moved or cancelled, in the logboek: which werkgroep's, and its dates ("maandag 27 april 2026 14:00"). */
    logMoved: (werkgroep: string, from: string, to: string) =>
      `bijeenkomst van ${werkgroep} verplaatst van ${from} naar ${to}`,
    logCancelled: (werkgroep: string, date: string) => `bijeenkomst van ${werkgroep} van ${date} geannuleerd`,
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
    badValue: (why: string) => `Die waarde kan niet: ${why}.`,
    invalid: 'ongeldig',
    remindersHeading: 'Herinneringen van deze werkgroep',
    remindersChanged: 'Herinneringen aangepast',
    agendaCall: 'Oproep agendapunten',
    agendaCallValue: (days: number, hour: number) => `${count(days, 'dag', 'dagen')} vooraf om ${hour}:00`,
    reminder: 'Herinnering',
    reminderValue: (days: number, hour: number) => `${count(days, 'dag', 'dagen')} vooraf om ${hour}:00`,
    checkinAfter: 'Check-in na afloop',
    weekend: 'Ook in het weekend',
    quietHours: 'Stille uren',
    yes: 'ja',
    no: 'nee',
    endBeforeStart: 'De einddatum ligt voor de begindatum.',
  },
  links: {
    personal: (p: string) =>
      `Dit is je privégesprek met Schakel. Koppel het kanaal van de werkgroep door daar ${p}koppel <naam> te typen.`,
    notAdded:
      'Schakel is nog niet aan dit kanaal toegevoegd, dus ik kan hier geen herinneringen sturen. Voeg Schakel toe aan het team of de chat (Apps → Schakel → Toevoegen) en probeer het daarna opnieuw.',
    /** `names`: the region's werkgroepen, ", " between them ("" when it has none). */
    noSuch: (names: string, region: string, p: string) =>
      names === ''
        ? `${region} heeft nog geen werkgroepen. Maak er een aan met ${p}nieuwe-werkgroep.`
        : `${region} heeft geen werkgroep met die naam. De werkgroepen zijn: ${names}. Typ de naam zoals hij daar staat, of maak een nieuwe aan met ${p}nieuwe-werkgroep.`,
    already: (name: string) => `Dit kanaal is al gekoppeld aan ${name}.`,
    linkedElsewhere: (other: string, name: string) =>
      `Dit kanaal is al gekoppeld aan ${other}. Typ eerst ontkoppel als het voortaan bij ${name} hoort.`,
    linked: (name: string) =>
      `Dit kanaal is gekoppeld aan ${name}. De herinneringen en de check-in komen voortaan hier.`,
    notLinked: 'Dit kanaal is aan geen werkgroep gekoppeld.',
    notLinkedTo: (names: string, p: string) =>
      `Dit kanaal is gekoppeld aan ${names}, niet aan de werkgroep die je noemt. Ik heb niets losgekoppeld; typ ${p}ontkoppel om dit kanaal los te koppelen van ${names}.`,
    afterwards: (p: string) =>
      `Koppel daarna het kanaal van de werkgroep: typ daar ${p}koppel <naam van de werkgroep>.`,
    belongsTo: (name: string, p: string) =>
      `Dit kanaal hoort al bij ${name}; koppel de nieuwe werkgroep daarna in zijn eigen kanaal met ${p}koppel <naam>.`,
    and: ' en ',
    unlinked: (names: string, p: string, first: string) =>
      `Dit kanaal is losgekoppeld van ${names}. Herinneringen komen hier niet meer; koppel een ander kanaal met ${p}koppel ${first}.`,
  },
  /** `stuurgroep …`: the stuurgroep's dates and when its digest draft comes. */
  stuurgroep: nlStuurgroep,
  /** `landelijk`: the national overview for the programme office. */
  national: {
    span: (from: string, to: string) => `${from} t/m ${to}`,
    title: (period: string) => `Landelijk overzicht ${period}`,
    regionsNote: (regions: number, min: number) =>
      `${count(regions, 'regio', "regio's")}. Alleen aantallen regio's, geen namen. Een regio met minder dan ${min} antwoorden telt als niet beschikbaar.`,
    checklistHeading: 'Randvoorwaarden (checklist): ja / in ontwikkeling / nee',
    /** The 2018 report's short names of the checklist items, numbered as CHECKLIST_ITEMS. */
    shortNames: [
      'Toegeruste projectleider',
      'Projectplan',
      'Bestuurlijk draagvlak',
      'Tijd en capaciteit',
      'Lange termijnvisie',
      'Face-to-face kennisgemaakt',
      'Uitvoering, beleid en management betrokken',
      'Cliënt- en werkgeversperspectief',
      'Effectieve contactmomenten',
      'Bekendheid met expertise',
      'Commitment naar acties',
      '(Conflicterende) belangen',
      'Elkaars taal',
      'Duidelijke afspraken',
      'Transparantie over privacy',
      'Gedragen afsprakenkader',
      'Structureel contact',
      'Sense of urgency',
      'Financiële afspraken',
      'Inzicht in risicofactoren',
    ] as readonly string[],
    levelHeading: 'Verandering in samenwerkingsniveau sinds de start',
    levelChanges: LEVEL_CHANGE_LABELS,
    regions: (n: number) => count(n, 'regio', "regio's"),
    fullTables: (p: string) =>
      `De volledige tabellen, met de tekst van elk onderdeel, kan de beheerder van Schakel voor je als bestand maken. Een andere periode: ${p}landelijk JJJJ-Tn of ${p}landelijk JJJJ-MM-DD..JJJJ-MM-DD.`,
  },
  /** The projectleider's review of a digest draft: its buttons and forms. */
  digest: {
    expired: 'Dit concept bestaat niet (meer). Typ samenvatting voor een nieuw concept.',
    withdrawn:
      'Deze versie van de samenvatting is ingetrokken: de gegevens van een lid zijn gewist, en dit concept telde hun antwoorden nog mee. Typ samenvatting voor een nieuw concept; pas daarin de tekst opnieuw aan en laat opnieuw onderdelen weg als je dat wilt.',
    alreadyPublished: (version: number, period: string) =>
      `Versie ${version} is al gepubliceerd. Typ samenvatting ${period} voor een correctie.`,
    unknownForm: 'Dit formulier ken ik niet (meer).',
    noChannel:
      'De stuurgroep van deze regio heeft nog geen kanaal waarin Schakel kan plaatsen. Er is niets gepubliceerd.',
    /** Under "Gepubliceerd": what went out, as the card with the draft is replaced by this answer. */
    publishedSummary: (firstSentence: string) => `Wat de stuurgroep leest begint met: ${firstSentence}`,
    publishedPdf: (url: string) => `De gepubliceerde versie als PDF: ${url}`,
    published: (version: number, period: string, channels: number) =>
      `Gepubliceerd: versie ${version} van ${period} wordt nu naar ${channels === 1 ? 'het kanaal' : `${channels} kanalen`} van de stuurgroep gestuurd. Lukt dat niet meteen, dan probeert Schakel het opnieuw (typ mislukt om te zien wat niet aankwam).`,
    periodProblem: 'Geef een tertiaal als JJJJ-Tn of een stuurgroepdatum als JJJJ-MM-DD.',
    noneYet: 'Er is nog geen samenvatting gepubliceerd voor deze regio.',
    readerOnly: (p: string) =>
      `Alleen de projectleider van deze regio stelt het concept van de samenvatting op. De laatst gepubliceerde samenvatting lees je met ${p}samenvatting laatste.`,
    readLatest: 'Laatste samenvatting',
  },
  avg: nlAvg,
};
