import { count, kindAndName } from './counting.ts';

/**
 * Dutch words of the projectleider's forms (series, one meeting, new werkgroep, voortgang, the
 * digest edits): titles, labels, help and the problems beside the fields. Part of the Dutch
 * catalogue (nl.ts); English in en-forms.ts.
 */
export const nlForms = {
  save: 'Opslaan',
  expired: 'Dit formulier is verlopen. Open het opnieuw.',
  unknown: 'Dit formulier ken ik niet. Vraag een nieuw formulier aan.',
  refusedEmptied:
    'Daarom heb ik dit veld leeggemaakt: zo blijft je tekst nergens staan, ook niet in dit gesprek.',
  /** A refused field that holds again the text stored before the change (which the guard passed). */
  refusedRestored:
    'Daarom heb ik je wijziging niet bewaard: in dit veld staat weer de tekst zoals die was opgeslagen. Zo blijft je tekst nergens staan, ook niet in dit gesprek.',
  /** After refusedEmptied, only in a form where the person filled other fields. */
  otherAnswersKept: 'Je andere antwoorden staan er nog.',
  notANumber: 'Vul een getal in, zonder tekst of teken.',
  notWhole: 'Vul een heel getal in.',
  dateShape: 'Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-01-12.',
  dateInvalid: 'Deze datum bestaat niet. Kijk de dag en de maand na.',
  timeInvalid: 'Vul een tijd in als UU:MM, bijvoorbeeld 14:00.',
  dateMissing: 'Kies een datum.',
  timeMissing: 'Kies een tijd.',
  time: 'Tijd',
  duration: 'Duur in minuten',
  durationProblem: 'Vul een duur in van 15 t/m 480 minuten.',
  series: {
    everyWeek: 'elke week',
    everyWeeks: (n: number) => (n === 1 ? 'elke week' : `elke ${n} weken`),
    newTitle: 'Nieuwe reeks',
    changeTitle: 'Reeks wijzigen',
    newIntro: (werkgroep: string) =>
      `De bijeenkomsten van ${werkgroep}. De tijd blijft gelijk, ook als de zomertijd begint of eindigt.`,
    changeIntro: (werkgroep: string) =>
      `Vanaf welke datum verandert de reeks van ${werkgroep}? Eerdere bijeenkomsten blijven zoals ze waren.`,
    first: 'Eerste bijeenkomst',
    from: 'Vanaf',
    howOften: 'Hoe vaak',
    howOftenMissing: 'Kies hoe vaak de werkgroep bijeenkomt.',
    place: 'Plaats',
    link: 'Link voor online deelname',
    badUrl: 'Vul een volledige link in die begint met https://.',
  },
  occurrence: {
    move: 'Verplaatsen',
    cancel: 'Laten vervallen',
    title: 'Eén bijeenkomst',
    intro: (werkgroep: string) =>
      `Verplaats of laat één bijeenkomst van ${werkgroep} vervallen. De reeks zelf blijft staan.`,
    which: 'Welke bijeenkomst',
    whichMissing: 'Kies de bijeenkomst.',
    what: 'Wat wil je doen',
    whatMissing: 'Kies verplaatsen of laten vervallen.',
    newDate: 'Nieuwe datum',
    newDateHelp: 'Alleen bij verplaatsen.',
    newTime: 'Nieuwe tijd',
    newTimeHelp: 'Leeg laten voor dezelfde tijd.',
    notInList: 'Kies de bijeenkomst uit de lijst.',
    newDateMissing: 'Vul de nieuwe datum in.',
  },
  werkgroep: {
    kinds: {
      werkgroep: 'Werkgroep',
      casusoverleg: 'Casusoverleg',
      leerbijeenkomst: 'Leerbijeenkomst',
      stuurgroep: 'Stuurgroep',
    },
    linkYes: 'Ja, de herinneringen komen in dit kanaal',
    linkNo: 'Nee, ik koppel later een kanaal',
    nameMissing: 'Vul de naam van de werkgroep in.',
    kindMissing: 'Kies wat voor overleg het is.',
    everyWeeksProblem: 'Vul in om de hoeveel weken jullie bijeenkomen: 1 t/m 52.',
    linkMissing: 'Kies of dit kanaal de herinneringen krijgt.',
    name: 'Naam',
    kind: 'Soort overleg',
    first: 'Eerste bijeenkomst',
    everyWeeks: 'Elke hoeveel weken',
    everyWeeksHelp: 'Een werkgroep komt meestal elke 4 weken bijeen, een stuurgroep elke 16 of 17 weken.',
    link: 'Dit kanaal koppelen',
    members: 'Leden',
    membersHelp:
      'Jij wordt zelf ook lid. Ontbreekt er iemand? Vraag je beheerder om die persoon aan Schakel toe te voegen.',
    membersPlaceholder: 'Typ een naam om te zoeken',
    title: 'Nieuwe werkgroep',
    submit: 'Aanmaken',
    intro: (region: string) =>
      `Een nieuw overleg in ${region}. De tijd blijft gelijk, ook als de zomertijd begint of eindigt.`,
    expired: 'Dit formulier is verlopen. Typ nieuwe-werkgroep opnieuw.',
    nameTaken: (name: string) => `Er is al een overleg "${name}" in jullie regio. Kies een andere naam.`,
    /** A name the same as an overleg's apart from emoji, capitals, spaces and signs. */
    nameAlike: (name: string) =>
      `Er is al een overleg "${name}" in jullie regio. Deze naam verschilt daarvan alleen in emoji, hoofdletters, spaties of tekens, en dan zijn ze bij het typen niet uit elkaar te houden. Kies een andere naam.`,
    nameJustTaken: 'Deze naam is net in gebruik genomen in jullie regio. Kies een andere naam.',
    membersNotInRegion: 'Kies leden uit de lijst van jullie regio.',
  },
  /** What the projectleider reads once a werkgroep is made. */
  created: {
    kinds: {
      werkgroep: 'De werkgroep',
      casusoverleg: 'Het casusoverleg',
      leerbijeenkomst: 'De leerbijeenkomst',
      stuurgroep: 'De stuurgroep',
    },
    made: (kind: string, name: string, members: number) =>
      `${kindAndName(kind, name)} is aangemaakt, met ${count(members, 'lid', 'leden')}.`,
    first: (when: string, weeks: number) =>
      `Eerste bijeenkomst: ${when}, daarna elke ${weeks === 1 ? 'week' : `${weeks} weken`}.`,
    noMeeting: 'Er staat nog geen bijeenkomst gepland.',
    linked: 'Dit kanaal is gekoppeld: de herinneringen en de check-in komen hier.',
    /** Nothing is planned for an overleg without a channel (jobs/plan-deliveries.ts): said, not left to be found out. */
    notLinked: (p: string, name: string) =>
      `Er is nog geen kanaal gekoppeld. Tot dan stuur ik voor deze werkgroep niets: geen herinneringen en geen check-in. Typ ${p}koppel ${name} in het kanaal van de werkgroep, dan komen ze daar.`,
    agendapunten: (p: string) =>
      `Zet agendapunten klaar met ${p}agendapunt <tekst> in het kanaal van de werkgroep.`,
    volgende: (p: string) =>
      `Typ ${p}volgende voor de komende bijeenkomsten, ${p}verplaats of ${p}annuleer als er een niet doorgaat.`,
    reminders:
      'Voor elke bijeenkomst stuur ik de werkgroep een herinnering met de agenda en de open actiepunten.',
  },
  progress: {
    count: (max: number) => `Vul een heel getal in van 0 t/m ${max}.`,
    percentage: 'Vul een percentage in van 0 t/m 100.',
    nothing: 'Vul ten minste één getal in.',
    moreThanTrajecten: 'De duurzame uitstroom kan niet groter zijn dan het aantal trajecten.',
    goal: (n: number) => ` Doel: ${n} per jaar.`,
    trajecten: 'Aantal trajecten',
    trajectenHelp:
      'Mensen met een psychische kwetsbaarheid die begeleid zijn naar werk, bijvoorbeeld met IPS of jobcoaching.',
    uitstroom: 'Duurzame uitstroom: aantal',
    uitstroomHelp:
      'Deelnemers die duurzaam aan het werk zijn. Vul het aantal in, het percentage, of allebei.',
    percentageLabel: 'Duurzame uitstroom: percentage',
    percentageHelp: 'Percentage van de deelnemers, een heel getal van 0 t/m 100.',
    percentageGoal: (n: number) => ` Doel: ten minste ${n} %.`,
    leerbijeenkomsten: 'Leerbijeenkomsten',
    casusbesprekingen: 'Casusbesprekingen',
    title: 'Voortgang',
    intro: (region: string, period: string) =>
      `Voortgang van ${region} over ${period}. Vul in wat je weet; leeg laten mag.`,
  },
  digest: {
    show: 'Tonen',
    omit: 'Weglaten',
    textTitle: 'Tekst aanpassen',
    textIntro:
      'De tekst boven de cijfers. Noem geen cliënten of andere persoonsgegevens: Schakel weigert tekst die daarop lijkt.',
    summary: 'Samenvatting',
    summaryMissing: 'Vul een samenvatting in.',
    omitTitle: 'Onderdelen weglaten',
    omitIntro:
      'Wat de stuurgroep niet te zien krijgt. De cijfers van het samenwerkingsniveau blijven altijd staan.',
    showOrOmit: 'Kies tonen of weglaten.',
  },
  /** One line added right from a message (quick-input-form.ts); the title is also the button (at most 24 characters). */
  quickInput: {
    agendapunt: {
      title: 'Agendapunt toevoegen',
      question: 'Waar wil je het in de werkgroep over hebben?',
      help: 'Geen gegevens van cliënten: Schakel weigert tekst die daarop lijkt.',
      submitLabel: 'Toevoegen',
    },
  },
};
