import { REFUSALS } from '../../domain/refusals.ts';

/** The help's words in Dutch (`help`, `help alles`, the shortcuts). */
export const nlHelp = {
  shortcuts: {
    samenvatting: 'Samenvatting nakijken',
    'nieuwe-werkgroep': 'Nieuwe werkgroep',
    volgende: 'Volgende bijeenkomsten',
    checkin: 'Check-in invullen',
    actiepunten: 'Open actiepunten',
    agenda: 'Agenda',
    'mijn-gegevens': 'Mijn gegevens',
    stuurgroep: 'Stuurgroepdata',
    logboek: 'Logboek',
    landelijk: 'Landelijk overzicht',
    'samenvatting laatste': 'Laatste samenvatting',
  },
  allCommandsButton: 'Alle commando’s',
  /** `example`: a command the member can use; `volgende` answers only someone in a werkgroep. */
  typeHint: (p: string, example = 'volgende') =>
    `Je kunt ook typen, bijvoorbeeld ${p}${example} of ${p}help alles.`,
  privacyRule:
    'Schrijf nooit gegevens van cliënten (naam, BSN, geboortedatum, adres, diagnose) in Schakel. Ik weiger tekst die daarop lijkt.',
  greeting: (firstName: string) =>
    `Hoi ${firstName}! Ik ben Schakel, de assistent van jullie samenwerking GGZ en Werk & Inkomen.`,
  greetingStranger: 'Hoi! Ik ben Schakel, de assistent van de regionale samenwerking GGZ en Werk & Inkomen.',
  memberOf: (werkgroepen: string) => `Je doet mee in: ${werkgroepen}.`,
  noWerkgroep: 'Je bent nog niet aan een werkgroep gekoppeld. Vraag je projectleider om je toe te voegen.',
  landelijkRole: "Je volgt de samenwerking van alle regio's in het landelijk overzicht.",
  stuurgroepRole: 'Je leest als stuurgroeplid de samenvatting van de werkgroepen.',
  unknown: REFUSALS['unknown-member-werkgroep'](),
  heading: 'Schakel: wat ik voor je doe',
  whatIDo: [
    'Ik herinner de werkgroep aan elke bijeenkomst (elke 4 weken), met de agenda en de open actiepunten.',
    'Na de bijeenkomst vraag ik je om een korte check-in (minder dan een minuut): het samenwerkingsniveau, knelpunten en wat er goed ging.',
    'Voor elke stuurgroep (3 keer per jaar) maak ik een samenvatting die de projectleider eerst nakijkt.',
  ],
  dateHint:
    'Een <datum> schrijf je zoals je gewend bent: 12 jan, 12-1, dinsdag, volgende week dinsdag, over twee weken of 2027-01-12.',
  forProjectleider: 'Voor de projectleider:',
  forBeheerder: 'Voor de beheerder:',
  forStuurgroep: 'Voor de stuurgroep:',
  /** In English the commands stay Dutch words; this says so. Empty in Dutch. */
  commandsNote: '',
  commands: {
    help: 'wat je het vaakst doet, met knoppen',
    helpAll: 'dit overzicht',
    overzicht:
      'je werkgroepen, open check-ins en actiepunten op één kaart (ook: start, of een groet als hoi of hallo)',
    volgende: 'de komende bijeenkomsten, met een waarschuwing bij feestdagen en vakanties',
    agenda: 'de agenda van de volgende bijeenkomst',
    agendapunt: 'een agendapunt voor de volgende bijeenkomst',
    actiepunten: 'de open actiepunten',
    actiepunt: 'een actiepunt met jou als eigenaar',
    klaar: 'je actiepunt afronden',
    deadline: 'de deadline van je actiepunt zetten of wijzigen; met geen haal je hem weg',
    schrap:
      'een actiepunt dat per ongeluk is aangemaakt weghalen (typfout, verkeerde eigenaar, dubbel); het telt dan niet als afgerond',
    reeks: 'de reeks en de link voor je agenda',
    checkin: 'de check-in van de laatste bijeenkomst invullen of wijzigen',
    checklist: 'de checklist Effectief Samenwerken (eens per tertiaal)',
    mijnGegevens: 'alles wat Schakel over jou bewaart',
    vergeetMij: 'je gegevens laten wissen',
    taal: 'in welke taal Schakel je schrijft (nl of en)',
    nieuweWerkgroep:
      'een werkgroep aanmaken: naam, soort, eerste bijeenkomst, ritme en leden; het kanaal koppel je in dat kanaal met koppel',
    koppel: 'dit kanaal aan een werkgroep koppelen: de herinneringen komen dan hier',
    ontkoppel: 'dit kanaal loskoppelen van zijn werkgroep',
    nieuweReeks: 'de reeks bijeenkomsten aanmaken',
    verplaats: 'één bijeenkomst verplaatsen',
    annuleer: 'één bijeenkomst laten vervallen',
    herstel: 'een afgezegde bijeenkomst toch laten doorgaan, zoals ze gepland stond',
    wijzig: 'de reeks vanaf een datum wijzigen',
    herinneringen: 'wanneer de herinneringen gaan',
    vakantie: 'een vakantieperiode van de regio',
    vakanties: 'de vakanties van de regio',
    vakantieWeg: 'een vakantie van de regio weghalen (met de begindatum als twee dezelfde naam hebben)',
    voortgang: 'de voortgangscijfers van de regio invullen',
    checklistWerkgroep: 'de checklist zoals de werkgroep die samen vaststelde',
    checkinDagen: 'hoe lang de check-in openstaat',
    mislukt: 'berichten die niet aankwamen',
    logboek: 'wie wat heeft gewijzigd',
    samenvatting:
      'het concept van de stuurgroep-samenvatting nakijken en publiceren (standaard voor de komende stuurgroep, anders het vorige tertiaal)',
    stuurgroep:
      'de komende stuurgroepvergaderingen; een datum toevoegen of weghalen. Het concept komt vanzelf een paar dagen vooraf',
    stuurgroepInstellingen: 'hoeveel dagen vooraf het concept komt en over welke periode het gaat',
    beheerderNieuweWerkgroep: 'een werkgroep van je regio aanmaken',
    beheerderKoppel: 'dit kanaal aan een werkgroep koppelen',
    beheerderStuurgroep: 'de stuurgroepvergaderingen van je regio en wanneer het concept komt',
    samenvattingLaatste: 'de laatst gepubliceerde stuurgroep-samenvatting',
    landelijk: "het landelijk overzicht van alle regio's (standaard het vorige tertiaal)",
  },
};
