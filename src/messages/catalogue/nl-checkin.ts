import {
  CHECKLIST_ANSWER_LABELS,
  CHECKLIST_GROUPS,
  CHECKLIST_ITEMS,
  type ChecklistGroup,
} from '../../domain/checklist.ts';
import { KNELPUNT_CATEGORIES, KNELPUNT_UPDATE_LABELS } from '../../domain/knelpunten.ts';
import { LADDER } from '../../domain/ladder.ts';
import { HIDDEN_TEXT } from '../../privacy/small-groups.ts';

/** The ministry's long texts for 4, 5 and 6 shortened to fit a choice (75 characters), keeping their meaning. */
const SHORTENED: Readonly<Record<number, string>> = {
  4: 'werken, vanuit regulier overleg, operationeel volop samen',
  5: 'maken en voeren samen beleid uit, in geïntegreerde werkprocessen',
  6: 'stellen ook kwantitatieve doelen en meten of die gehaald worden',
};

/** The check-in's words in Dutch: its DM and buttons, the form, its fields and confirmations, the checklist, the ladder and the knelpunten. */
export const nlCheckin = {
  checkin: {
    openButton: 'Check-in invullen',
    changeButton: 'Wijzigen',
    changeCheckinButton: 'Check-in wijzigen',
    changeChecklistButton: 'Checklist wijzigen',
    changeProgressButton: 'Voortgang wijzigen',
    checklistButton: 'Checklist invullen',
    progressButton: 'Voortgang invullen',
    agreedChecklistButton: 'Afgesproken checklist',
    dmFallback: (werkgroep: string) => `Hoe ging ${werkgroep}? Vul de check-in in.`,
    dmHeading: (werkgroep: string) => `Check-in: ${werkgroep}`,
    dmText: (date: string, closesAt: string) =>
      `Hoe ging de bijeenkomst van ${date}? De check-in duurt minder dan een minuut. Invullen kan tot ${closesAt}.`,
    noClientData: 'Schrijf nooit gegevens van cliënten op.',
    nudgeLine: (date: string, closesAt: string) =>
      `Nog even dit: je check-in over de bijeenkomst van ${date} staat nog open, tot ${closesAt}.`,
    nudgeFallback: (werkgroep: string) => `Je check-in voor ${werkgroep} staat nog open.`,
    nudgeShort: 'Het kost je minder dan een minuut.',
    checklistOffer:
      'Eén keer per tertiaal vragen we ook naar de checklist "Effectief samenwerken": 20 korte vragen, ongeveer drie minuten.',
    /**
     * After a member saved their own checklist: where it goes. The stuurgroep's samenvatting shows
     * the checklist the werkgroep agreed on (`checklist-werkgroep`), never a member's own answers.
     */
    checklistOwnWhere:
      'Je antwoorden zijn voor jezelf, om mee te nemen als de werkgroep de checklist bespreekt: ze gaan niet naar de projectleider of de stuurgroep. In de samenvatting voor de stuurgroep staat de stand die de werkgroep samen afspreekt; die vult de projectleider in.',
    /**
     * The closing summary with fewer than `min` answers: no knelpunten or updates here. A new
     * knelpunt is still in the next check-in form's list of open knelpunten (checkin/forms.ts).
     */
    summaryKnelpuntenHidden: (min: number) =>
      `Knelpunten en updates staan in dit overzicht vanaf ${min} antwoorden. Ze zijn wel bewaard. Een nieuw knelpunt ziet de werkgroep bij de volgende check-in, zonder naam, in de lijst van open knelpunten.`,
    /** The closing summary without any answer: nothing to show, nothing kept. */
    summaryNoAnswers: 'Niemand heeft de check-in ingevuld, dus er zijn geen niveaus, knelpunten of updates.',
    /** Under the answers the closing summary shows (from three answers on). */
    summaryWithoutNames: 'Antwoorden staan hier zonder namen.',
    /** The closing summary in the werkgroep channel: its heading, who answered and the meeting. */
    summaryHeading: (werkgroep: string) => `Check-in gesloten: ${werkgroep}`,
    summaryAnswered: (answered: number, members: number) =>
      `${answered} van de ${members} leden ${answered === 1 ? 'heeft' : 'hebben'} de check-in ingevuld.`,
    summaryMeeting: (date: string, answered: string) => `Bijeenkomst van ${date}. ${answered}`,
    /** Its samenwerkingsniveau: one line per level chosen (`level` as the language writes it), or hidden. */
    summaryLevelsHeading: 'Samenwerkingsniveau',
    summaryLevel: (level: string) => `Niveau ${level}`,
    summaryLevelChosen: (count: number) => `${count} keer gekozen`,
    summaryLevelsHidden: `Niveaus: ${HIDDEN_TEXT}.`,
    summaryRaisedHeading: 'Nieuwe knelpunten',
    summaryNoneRaised: 'Geen nieuwe knelpunten.',
    summarySolvedHeading: 'Opgeloste knelpunten',
    summaryNoneSolved: 'Deze keer niets opgelost.',
    sentToPrivateChat: 'Ik heb je het formulier in je privégesprek met Schakel gestuurd.',
    /**
     * What a check-in card that still showed its form becomes when the round closes; it names the
     * werkgroep, so two that met the same day close in lines one tells apart.
     */
    closedCard: (werkgroep: string, date: string, closedAt: string) =>
      `De check-in van ${werkgroep} over de bijeenkomst van ${date} is gesloten op ${closedAt}: invullen kan niet meer. Heb je een knelpunt of update? Noem die bij de volgende check-in, na de volgende bijeenkomst.`,
    /** What the reminder after that card becomes: the card above already says the round closed. */
    closedReminder: (werkgroep: string) =>
      `Deze herinnering is vervallen: de check-in van ${werkgroep} is gesloten.`,
  },
  confirmation: {
    checkin: (until: string) => `Bedankt, je check-in is opgeslagen.${until}`,
    checklist: (until: string) => `Bedankt, de checklist is opgeslagen.${until}`,
    progress: (until: string) => `Bedankt, de voortgangscijfers zijn opgeslagen.${until}`,
    editableUntil: (date: string) => ` Je kunt hem wijzigen tot ${date}.`,
    editableUntilPlural: (date: string) => ` Je kunt ze wijzigen tot ${date}.`,
    /** The projectleider's figures (voortgang, agreed checklist) stay open until the stuurgroep got them. */
    untilPublished: (period: string) => `de samenvatting voor de stuurgroep over ${period} is gepubliceerd`,
    reeks: 'De reeks is opgeslagen. De herinneringen volgen de nieuwe data.',
    bijeenkomst:
      'De bijeenkomst is aangepast. De werkgroep krijgt de herinneringen volgens de nieuwe afspraak.',
    samenvattingTekst: 'De tekst van het concept is aangepast. Publiceer het wanneer het klaar is.',
    samenvattingTekstUnchanged:
      'Je hebt niets aan de tekst veranderd: het concept is gebleven zoals het was.',
    samenvattingOnderdelen: 'Het concept is aangepast. Publiceer het wanneer het klaar is.',
    werkgroep: 'De werkgroep is aangemaakt.',
    quickInput: 'Genoteerd.',
  },
  fields: {
    wrong: 'Dit klopt niet.',
    oneAnswer: 'Kies één antwoord.',
    notInList: 'Kies een van de mogelijkheden uit de lijst.',
    tooLong: (max: number) => `Maximaal ${max} tekens.`,
    /** Beside a form's field: a text sent too long, its length and the maximum (the form keeps it). */
    tooLongNow: (length: number, max: number) =>
      `Niet opgeslagen: de tekst is ${length.toLocaleString('nl-NL')} tekens lang, het maximum is ${max.toLocaleString('nl-NL')}. Maak hem korter.`,
    /** A text sent too long (typed, or from a quick input): not saved, its length, the maximum, what to do. */
    notSavedTooLong: (length: number, max: number) =>
      `Niet opgeslagen: de tekst is ${length.toLocaleString('nl-NL')} tekens lang, het maximum is ${max.toLocaleString('nl-NL')}. Maak hem korter en stuur hem opnieuw.`,
    fillInText: 'Vul hier tekst in.',
    controlCharacter:
      'Niet opgeslagen: deze tekst bevat een onzichtbaar teken, waarschijnlijk meegekopieerd. Typ de tekst opnieuw.',
    chooseFromList: 'Kies uit de lijst.',
    /** `min` and `max` as the language writes a number (3,5 in Dutch). */
    numberBetween: (min: string, max: string) => `Vul een getal in van ${min} t/m ${max}.`,
    enterNumber: 'Vul een getal in.',
  },
  checkinForm: {
    title: 'Check-in werkgroep',
    submit: 'Opslaan',
    intro: (werkgroep: string, date: string) =>
      `${werkgroep}, bijeenkomst van ${date}. Dit duurt minder dan een minuut: ` +
      'alleen het samenwerkingsniveau is verplicht. Schrijf nooit gegevens van cliënten op.',
    niveauLabel: 'Samenwerkingsniveau',
    niveauHelp: 'Hoe werken gemeenten, UWV en GGZ nu samen? Zit het ertussenin, kies dan een half niveau.',
    niveauPlaceholder: 'Kies een niveau',
    toelichtingLabel: 'Toelichting op het niveau',
    toelichtingHelp: 'Waarom dit niveau? Wat is er veranderd sinds de vorige keer?',
    newHeading: 'Nieuwe knelpunten',
    newText: 'Loop je ergens tegenaan? Noem het hier, hoogstens drie. Niets aan de hand? Laat dit leeg.',
    knelpuntLabel: (slot: number) => `Knelpunt ${slot}`,
    knelpuntHelp: 'Wat houdt de samenwerking tegen? In een paar woorden.',
    categoryLabel: (slot: number) => `Categorie van knelpunt ${slot}`,
    categoryPlaceholder: 'Kies een categorie',
    oplossingLabel: (slot: number) => `Mogelijke oplossing voor knelpunt ${slot}`,
    oplossingHelp: 'Laat leeg als er nog geen oplossing is bedacht.',
    anotherKnelpunt: 'Nog een knelpunt',
    openHeading: 'Knelpunten van eerdere bijeenkomsten',
    openText: 'Hoe staan ze er nu voor? Sla over wat je niet weet.',
    openRest: (rest: number) => ` Er staan er nog ${rest} open die hier niet passen.`,
    openHelp: (category: string) => `${category}. Hoe staat het er nu voor?`,
    openPlaceholder: 'Kies hoe het ervoor staat',
    explainDone: 'Toelichten wat er gedaan is',
    whatWasDone: (knelpunt: string) => `Wat is er gedaan: ${knelpunt}`,
    wentWellLabel: 'Wat ging goed?',
    wentWellHelp: 'Een succes of iets dat goed werkte, hoe klein ook.',
    niveauMissing: 'Kies een samenwerkingsniveau.',
    descriptionMissing: 'Beschrijf het knelpunt in een paar woorden, of maak de velden ervan leeg.',
    categoryMissing: 'Kies een categorie voor dit knelpunt.',
    updateMissing: 'Kies hoe het nu met dit knelpunt staat.',
  },
  checklist: {
    groups: Object.fromEntries(CHECKLIST_GROUPS.map((g) => [g.id, g.label])) as Readonly<
      Record<ChecklistGroup, string>
    >,
    items: CHECKLIST_ITEMS.map((i) => i.text) as readonly string[],
    answers: CHECKLIST_ANSWER_LABELS,
    missing: 'Kies Ja, In ontwikkeling of Nee.',
    agreed: 'Vul de stand in die jullie als werkgroep samen hebben afgesproken.',
    own: 'Geef per punt jouw eigen beeld. Dat is voor jezelf en de bespreking in de werkgroep: in de samenvatting voor de stuurgroep staat de stand die de werkgroep samen afspreekt.',
    agreedTitle: 'Checklist: afgesproken',
    title: 'Checklist samenwerking',
    submit: 'Opslaan',
    intro: (werkgroep: string, period: string, who: string) =>
      `Checklist "Effectief samenwerken" voor ${werkgroep}, ${period}. ${who}`,
    previous: ' De vorige stand staat al ingevuld: verander alleen wat anders is.',
  },
  niveau: {
    ladder: Object.fromEntries(LADDER.map((l) => [l.level, SHORTENED[l.level] ?? l.text])) as Readonly<
      Record<number, string>
    >,
    between: {
      1.5: 'eerste stap gezet, nog weinig contact',
      2.5: 'contact wordt regelmatiger, nog geen vast overleg',
      3.5: 'regulier overleg, operationeel deels al samen',
      4.5: 'volop operationeel samen, eerste gezamenlijk beleid',
      5.5: 'gezamenlijk beleid, eerste doelen of metingen',
    } as Readonly<Record<number, string>>,
    betweenPrefix: (low: number, high: number) => `tussen ${low} en ${high}`,
    decimalComma: true,
  },
  knelpunten: {
    categories: Object.fromEntries(
      KNELPUNT_CATEGORIES.map((c) => [c.slug, { label: c.label, examples: c.examples }]),
    ) as Readonly<Record<string, { readonly label: string; readonly examples: string | null }>>,
    updates: KNELPUNT_UPDATE_LABELS,
  },
};
