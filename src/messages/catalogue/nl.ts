import { REFUSALS } from '../../domain/refusals.ts';
import { CONFLICT_WORDING, MONTH_NAMES, WEEKDAY_NAMES } from '../../schedule/conflicts.ts';
import { nlAnswers } from './nl-answers.ts';
import { nlCheckin } from './nl-checkin.ts';
import { nlCli } from './nl-cli.ts';
import { nlDocuments } from './nl-documents.ts';
import { nlForms } from './nl-forms.ts';
import { nlHelp } from './nl-help.ts';
import { nlImports } from './nl-imports.ts';
import { nlLegal } from './nl-legal.ts';
import { nlLocalChat } from './nl-local-chat.ts';
import { nlLongLists } from './nl-long-lists.ts';
import { nlMeetingCalls } from './nl-meeting-calls.ts';
import { nlPrivacy } from './nl-privacy.ts';
import { nlWeb } from './nl-web.ts';

/**
 * Dutch, the first language: every text of the conversation surface (help, the check-in, its
 * form and confirmations, refusals and errors, the digest preview) in one place. The English
 * catalogue (en.ts) has the type of this one, so the compiler asks for every key in both.
 * Commands stay Dutch words in both languages: that is how people type them.
 */
export const nl = {
  dates: {
    weekdays: WEEKDAY_NAMES as readonly string[],
    months: MONTH_NAMES as readonly string[],
    /** "dinsdag 13 oktober 2026 om 15:31" */
    moment: (date: string, time: string) => `${date} om ${time}`,
    /** A tertiaal as read: "september t/m december 2026" (short: "sep t/m dec 2026"). */
    tertiaal: (first: string, last: string, year: number) => `${first} t/m ${last} ${year}`,
    /** A tertiaal by its name, for readers who never saw '2026-T2': "tweede tertiaal 2026 (mei t/m augustus)". */
    tertiaalName: (number: 1 | 2 | 3, year: number, first: string, last: string) =>
      `${['eerste', 'tweede', 'derde'][number - 1]} tertiaal ${year} (${first} t/m ${last})`,
  },
  errors: {
    privacyFallback: 'Niet opgeslagen: dit lijkt op gegevens van een cliënt.',
    privacyHeading: 'Niet opgeslagen: je tekst lijkt gegevens van een cliënt te bevatten.',
    privacyNote: 'Schrijf het algemener en probeer het opnieuw.',
    /** Instead, a text refused only for a sign that changes its reading direction (no client data found). */
    directionFallback: 'Niet opgeslagen: je tekst bevat een teken dat de leesrichting verandert.',
    directionHeading: 'Niet opgeslagen: je tekst bevat een onzichtbaar teken dat de leesrichting verandert.',
    /** In a channel others read: the refused message is still there, and only its writer can remove it. */
    privacyDeleteOwn:
      'Je bericht staat nog in dit kanaal, waar anderen het kunnen lezen: verwijder het zelf, Schakel kan dat niet.',
    /** Instead, where the platform takes the refused message out itself (the local chat). */
    privacyTakenOut: 'Je bericht is uit dit kanaal gehaald, ook voor de anderen.',
    unexpected:
      'Er ging iets mis in Schakel. Probeer het over een paar minuten opnieuw; blijft het misgaan, meld het dan bij je beheerder.',
    notFound: 'Niet gevonden.',
    /**
     * A button no part of Schakel knows: of a message or card an older Schakel sent, or not as the
     * platform sends it. `p` is how a command is typed there ("/schakel " on Slack, "" on Teams).
     */
    unknownButton: (p: string) => `Deze knop ken ik niet (meer). Typ ${p}help voor wat je nu kunt doen.`,
  },
  refusals: REFUSALS,
  privacy: nlPrivacy,
  help: nlHelp,
  language: {
    set: 'Goed, ik schrijf je voortaan in het Nederlands. (Type "taal en" for English.)',
    unknown: 'Die taal ken ik niet. Kies "taal nl" voor Nederlands of "taal en" voor Engels.',
    current: 'Ik schrijf je in het Nederlands. Type "taal en" for English.',
    unknownMember: `${REFUSALS['unknown-member']()} Tot dan kan ik je taal niet onthouden.`,
  },
  ...nlCheckin,
  digest: {
    sections: {
      successen: 'Wat ging goed',
      knelpunten: 'Knelpunten',
      checklist: 'Checklist',
      voortgang: 'Voortgang',
    },
    levelNow: 'Samenwerkingsniveau nu',
    trend: 'Verloop',
    startTarget: 'Begin en doel',
    response: 'Respons',
    topKnelpunten: 'Belangrijkste knelpunten',
    named: (label: string, times: number) => `${label}: ${times}× genoemd`,
    noKnelpunten: 'Geen knelpunten genoemd in deze periode.',
    solved: (list: string) => `Opgelost: ${list}`,
    checklistHeading: (since: string) => `Checklist (veranderd sinds ${since})`,
    checklistChange: (item: number | string, text: string, from: string, to: string) =>
      `Punt ${item}, ‘${text}’: ${from} → ${to}`,
    noChanges: 'Geen veranderingen.',
    draft: (title: string) => `Concept: ${title}`,
    /** `withdrawn`: the numbers between the corrected version and this one, drafts taken back after an erasure. */
    versionNote: (
      period: string,
      version: number,
      correctionOf: number | null,
      withdrawn: readonly number[] = [],
    ) =>
      `${period}. Versie ${version}${correctionOf ? `, correctie op versie ${correctionOf}` : ''}.${withdrawn.length === 0 ? '' : ` ${withdrawn.length === 1 ? `Versie ${withdrawn[0]} is` : `Versies ${withdrawn[0]} t/m ${withdrawn.at(-1)} zijn`} ingetrokken en nooit verstuurd: er stonden antwoorden in van iemand wiens gegevens zijn gewist.`} Alleen jij ziet dit tot je publiceert.`,
    /** A draft made before its period ended (`until`, its last day). */
    stillRunning: (until: string) =>
      `Let op: deze periode loopt nog t/m ${until}; wat er tot dan nog gebeurt, staat hier niet in.`,
    /** On a published version made before its period ended: what the stuurgroep reads. */
    publishedWhileRunning: (made: string, until: string) =>
      `Let op: deze samenvatting is gemaakt op ${made}, voordat de periode afliep (die liep t/m ${until}); wat daarna nog gebeurde, staat er niet in.`,
    /** A new version that starts from the projectleider's own text of the version it corrects. */
    ownTextKept: (version: number) =>
      `Dit is je eigen tekst van versie ${version}. De cijfers hieronder zijn sindsdien opnieuw geteld: kijk of je tekst nog klopt en pas hem zo nodig aan met Tekst aanpassen.`,
    omitted: (list: string) => `Weggelaten: ${list}.`,
    pdfLink: (url: string) => `Zo ziet de PDF eruit (concept, geheime link): ${url}`,
    /** Under the published digest: its chart and its PDF (the files are Dutch). */
    files: (png: string, pdf: string) =>
      `Grafiek van het samenwerkingsniveau: ${png}\nDe hele samenvatting als PDF: ${pdf}`,
    noFiles:
      'De grafiek en de PDF zijn in deze Schakel nog niet als link te openen; je beheerder kan dat aanzetten.',
    correctionMark: 'Correctie',
    publish: 'Publiceren',
    publishTitle: 'Samenvatting publiceren?',
    publishText:
      'De stuurgroep krijgt deze versie in haar kanaal. Publiceren kun je niet terugdraaien; een latere correctie komt als nieuwe versie.',
    publishYes: 'Ja, publiceren',
    publishNo: 'Nog niet',
    editText: 'Tekst aanpassen',
    omit: 'Onderdelen weglaten',
    /** Above the draft sent to the projectleider before a stuurgroep meeting (auto-draft.ts). */
    autoDraftIntro: (meeting: string) =>
      `De stuurgroep vergadert op ${meeting}. Hier is het concept van de samenvatting: kijk het na, pas het zo nodig aan en publiceer het.`,
  },
  /** The card in the werkgroep's channel the day before a meeting (meeting-messages.ts). */
  reminder: {
    fallback: (overleg: string, moment: string) => `Herinnering: ${overleg} op ${moment}.`,
    /** `daysAhead`: from the day it is sent to the meeting's day, in the werkgroep's zone. */
    heading: (overleg: string, daysAhead: number) =>
      `${daysAhead <= 0 ? 'Vandaag' : daysAhead === 1 ? 'Morgen' : `Over ${daysAhead} dagen`}: ${overleg}`,
    when: 'Wanneer',
    where: 'Waar',
    whereUnknown: 'nog niet bekend',
    /**
     * How to report being away: members have no command for it, the projectleider keeps the list.
     * One post in the werkgroep's channel, read by the projectleider too, who may take part and be
     * away herself: she tells the werkgroep, not herself.
     */
    afmelden:
      'Kun je niet, bijvoorbeeld door vakantie? Meld je af bij de projectleider; ben je zelf de projectleider, laat het de werkgroep hier weten.',
    agenda: 'Agenda',
    noAgenda: 'Nog geen agendapunten ingediend.',
    actiepunten: 'Open actiepunten',
    noActiepunten: 'Geen open actiepunten.',
  },
  /** A meeting on a holiday, in a vacation or at a weekend (src/schedule/conflicts.ts words it in Dutch). */
  conflicts: CONFLICT_WORDING,
  /** The member's overview: the Slack App Home and the Teams welcome card. */
  home: {
    // A welcome, not a refusal: a newcomer is not asked whether they had their data erased.
    stranger:
      'Welkom bij Schakel. Ik ken je nog niet: vraag je projectleider om je aan je werkgroep te koppelen; daarna kun je meteen verder.',
    fallback: (first: string) => `Hoi ${first}, dit is je overzicht in Schakel.`,
    heading: (first: string) => `Hoi ${first}`,
    werkgroepen: 'Je werkgroepen',
    nextMeeting: (when: string) => `volgende bijeenkomst ${when}`,
    noMeeting: 'nog geen bijeenkomst gepland',
    noWerkgroep: 'Je bent nog niet aan een werkgroep gekoppeld. Vraag je projectleider.',
    openCheckins: 'Open check-ins',
    /**
     * One open check-in; `checkin` works where the member reads this, as does the button under the
     * list. `elsewhere`: read where nothing can be typed (the Slack App Home), so it says where.
     */
    openCheckin: (werkgroep: string, closes: string, p: string, elsewhere = false) =>
      `${werkgroep} — invullen kan tot ${closes} (typ ${p}checkin${elsewhere ? ' in een kanaal of chat met Schakel' : ''})`,
    noOpenCheckins: 'Geen open check-ins. Dank je wel!',
    actiepunten: 'Jouw actiepunten',
    due: (date: string, overdue: boolean) => `, uiterlijk ${date}${overdue ? ' — te laat' : ''}`,
    noActiepunten: 'Geen open actiepunten.',
    forProjectleider: 'Voor de projectleider',
    nieuweReeks: 'een reeks bijeenkomsten aanmaken',
    verplaats: 'één bijeenkomst verplaatsen of laten vervallen',
    samenvatting: 'de samenvatting voor de stuurgroep opstellen',
    mislukt: 'berichten die niet aankwamen',
    stuurgroep: 'Je stuurgroep',
    forStuurgroep: 'Voor de stuurgroep',
    forLandelijk: 'Voor het programmabureau',
    helpNote: (p: string) => `Typ ${p}help voor alles wat Schakel kan.`,
    newWerkgroep: 'Nieuwe werkgroep',
  },
  /** The projectleider's forms (nl-forms.ts). */
  forms: nlForms,
  /** What a member reads after typing a command (nl-answers.ts). */
  answers: nlAnswers,
  /** The browser chat of local mode (nl-local-chat.ts). */
  localChat: nlLocalChat,
  /** Schakel's web server: its errors and pages (nl-web.ts). */
  web: nlWeb,
  meetingCalls: nlMeetingCalls,
  /** The privacy statement and the terms of use the web server serves (nl-legal.ts). */
  legal: nlLegal,
  /** The `schakel` command line's words about files and folders (nl-cli.ts). */
  cli: nlCli,
  documents: nlDocuments,
  /** What the import commands say about a file, line by line (nl-imports.ts). */
  imports: nlImports,
  /** Lines under a list shown in part (src/messages/fit.ts). */
  longLists: nlLongLists,
  adapters: {
    formProblems: 'Nog niet alles is goed ingevuld. Onder elk veld dat nog niet klopt staat wat er mis is.',
    chooseDate: 'Kies een datum',
    chooseTime: 'Kies een tijd',
    cancel: 'Annuleren',
    /** The button that closes a Slack modal that only says something. */
    close: 'Sluiten',
    /** What the member sees at once when a command's answer takes long; the answer takes its place. */
    busy: 'Bezig… het antwoord verschijnt zo hier.',
    sentPrivately: 'Ik heb je een privébericht gestuurd.',
    /** A private answer asked for in a shared conversation, when the member's personal chat could not be reached. */
    privateChatUnreachable:
      'Ik kon je geen privébericht sturen, dus dit antwoord staat nergens. Open je chat met Schakel (in Teams: Chat, of Apps en dan Schakel) en vraag het daar.',
    /** Said to the one who pressed a button on a card others read too: the card stays, the answer follows it. */
    answerBelow: 'Je antwoord staat hieronder als nieuw bericht.',
    /** After a refusal of what was typed in a card's own field (an agendapunt under the call): that field is emptied. */
    quickInputEmptied:
      'Daarom heb ik het veld leeggemaakt: zo blijft je tekst nergens staan, ook niet in dit gesprek.',
    /** A colleague mentioned in typed text whose name Slack did not give: "@iemand". */
    someone: 'iemand',
    formAgain: 'Typ het commando nog eens om het formulier te openen.',
    fileDeclined: 'Goed, dan stuur ik het bestand niet. Typ mijn-gegevens als je het later toch wilt.',
    fileFailed:
      'Het bestand kon niet worden verstuurd. Probeer het over een paar minuten nog eens met mijn-gegevens.',
    /** A link to a digest's chart or PDF that no longer leads anywhere, opened in a browser. */
    fileGoneTitle: 'Dit bestand is er niet meer',
    fileGone:
      'Deze link naar de samenvatting werkt niet meer: het concept is vervangen door een nieuwere versie of ingetrokken, of de link is niet helemaal gekopieerd. Typ samenvatting laatste in de chat met Schakel voor de laatst gepubliceerde samenvatting, of vraag de projectleider om de nieuwste link.',
  },
};

/** The shape every language fills in: Dutch decides which keys exist. */
export type Words = typeof nl;
