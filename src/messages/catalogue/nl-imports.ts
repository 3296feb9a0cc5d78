/**
 * What `schakel import` (a schakel/v1 JSON file) and `schakel members import` (a CSV of members)
 * say about a file, line by line: where a value is wrong and what is expected there, in the words
 * of someone who edits the file in an editor or a spreadsheet. `--en` reads en-imports.ts. The
 * checks read these when they find a problem, so they follow the language of the command.
 */
export const nlImports = {
  /** Values in a file (src/interchange/schema.ts, src/schedule/series-schema.ts). */
  value: {
    /** `values`: the allowed values, with commas. */
    oneOf: (values: string) => `verwacht een van ${values}`,
    text: 'verwacht een tekst',
    notEmpty: 'mag niet leeg zijn',
    atMostCharacters: (max: number) => `verwacht hoogstens ${max} tekens`,
    regionId: 'verwacht kleine letters, cijfers en streepjes, zoals "achterhoek"',
    date: 'verwacht een datum als JJJJ-MM-DD',
    tertiaal: 'verwacht een tertiaal zoals 2026-T2',
    number: 'verwacht een getal',
    level: 'verwacht een niveau van 1 tot en met 6 in halve stappen',
    wholeNumber: 'verwacht een heel getal',
    zeroOrMore: 'verwacht 0 of meer',
    atMost: (max: number) => `verwacht hoogstens ${max}`,
    email: 'verwacht een e-mailadres',
    atMostKnelpunten: 'verwacht hoogstens 3 knelpunten per check-in',
    checklistItem: 'verwacht een onderdeel van 1 tot en met 20',
    tertiaalOrDate: 'verwacht precies één van tertiaal of date',
    format: 'verwacht "schakel/v1"',
    moment: 'verwacht een tijdstip zoals 2026-05-01T12:00:00Z',
    controlCharacter: 'bevat een onzichtbaar teken (zoals een NUL-teken)',
    notOneLine: 'mag geen regeleinde of ander onzichtbaar teken bevatten',
    localDateTime: 'verwacht een lokale datum en tijd als JJJJ-MM-DDTUU:MM',
    localTime: 'verwacht een tijd als UU:MM',
    wholeWeeks: 'verwacht een heel aantal weken',
    atLeastWeeks: (n: number) => `verwacht minstens ${n} week`,
    atMostWeeks: (n: number) => `verwacht hoogstens ${n} weken`,
    wholeMinutes: 'verwacht een heel aantal minuten',
    atLeastMinutes: (n: number) => `verwacht minstens ${n} minuten`,
    atMostMinutes: (n: number) => `verwacht hoogstens ${n} minuten`,
    webAddress: 'verwacht een webadres (https://…)',
    timeZone: 'verwacht een IANA-tijdzone zoals Europe/Amsterdam',
    /** Names in an object that schakel/v1 does not have there ("telefoon" in a member): refused, never dropped. */
    unknownFields: (names: readonly string[]) =>
      `${names.length === 1 ? 'onbekend veld' : 'onbekende velden'} ${names.map((n) => `"${n}"`).join(', ')}: haal ${names.length === 1 ? 'het' : 'ze'} weg of kijk de schrijfwijze na (zie docs/schakel-v1.schema.json)`,
  },
  /** What a file points at that is not there or not allowed (src/interchange/validate.ts). */
  references: {
    wholeFile: '(bestand)',
    regionTwice: (id: string) => `regio ${id} staat twee keer in het bestand`,
    noRegion: (id: string) => `regio ${id} bestaat niet in het bestand of in Schakel`,
    memberTwice: (id: string) => `deelnemer ${id} staat twee keer in het bestand`,
    emailTaken: (regionId: string) =>
      `een ander lid van regio ${regionId} heeft dit e-mailadres al in Schakel; twee leden met één e-mailadres zijn niet uit elkaar te houden`,
    emailTwice: (place: string) => `dit e-mailadres staat ook bij ${place}, in dezelfde regio`,
    memberMoved: (id: string) => `deelnemer ${id} hoort in Schakel bij een andere regio`,
    werkgroepTwice: (id: string) => `werkgroep ${id} staat twee keer in het bestand`,
    werkgroepMoved: (id: string) => `werkgroep ${id} hoort in Schakel bij een andere regio`,
    sameName: (name: string) => `de regio heeft al een werkgroep met de naam ${name}`,
    noMember: (id: string) => `deelnemer ${id} bestaat niet`,
    memberElsewhere: (id: string) => `deelnemer ${id} hoort bij een andere regio`,
    noWerkgroep: (id: string) => `werkgroep ${id} bestaat niet`,
    memberNotWerkgroepRegion: (id: string) => `deelnemer ${id} hoort bij een andere regio dan de werkgroep`,
    checkinTwice: 'deze deelnemer heeft op deze datum al een check-in in het bestand',
    tertiaalTwice: (tertiaal: string) =>
      `deze regio staat voor ${tertiaal} al eerder in deze lijst: één regel per regio en tertiaal`,
    /** Before a series' reason (nl-series.ts): whose series it is, "regio achterhoek, overleg Werkgroep Oost: …". */
    seriesOf: (regionId: string, overleg: string, reason: string) =>
      `regio ${regionId}, overleg ${overleg}: ${reason}`,
  },
  /** A file that is no JSON (src/interchange/json-syntax.ts): where, and what to do. */
  json: {
    at: (line: number, column: number) => `regel ${line}, kolom ${column}`,
    notJson: (what: string) => `geen geldige JSON: ${what}`,
    notJsonAtAll: 'geen geldige JSON. Controleer het bestand in een editor die JSON kent.',
    end: 'het bestand houdt midden in op. Controleer of elke { een } heeft, elke [ een ] en elke tekst een afsluitend ".',
    value:
      'hier hoort een waarde: een tekst tussen dubbele aanhalingstekens ("…"), een getal, true, false, null, { of [. Staat er een komma te veel, haal die dan weg.',
    name: 'hier hoort een naam tussen dubbele aanhalingstekens ("naam"). Staat er een komma vóór de }, haal die dan weg; enkele aanhalingstekens (\'…\') kent JSON niet.',
    colon: 'na een naam hoort een dubbele punt (:).',
    objectNext: 'hier hoort een komma (,) voor de volgende naam, of een } die het object sluit.',
    arrayNext: 'hier hoort een komma (,) voor de volgende waarde, of een ] die de lijst sluit.',
    control:
      'een tekst mag geen regeleinde of tab bevatten. Schrijf \\n voor een regeleinde, of sluit de tekst eerder af met ".',
    escape:
      'na een \\ in een tekst hoort ", \\, /, b, f, n, r, t of u met vier tekens. Schrijf een gewone \\ als \\\\.',
    number: 'dit getal is niet goed geschreven: geen voorloopnullen, een punt als decimaalteken.',
    after: 'na het einde van de JSON staat nog iets. Haal dat weg.',
    /** A name twice in one object: JSON.parse would keep the last value without a word. */
    nameTwice: (name: string) =>
      `"${name}" staat twee keer in hetzelfde object; Schakel kiest niet zelf welke waarde geldt. Laat er één staan.`,
  },
  /** A CSV of members (src/members/csv-import.ts, csv-records.ts). */
  csv: {
    /** The file as a whole: "het bestand is geen UTF-8: …". */
    fileIs: (what: string) => `het bestand is ${what}.`,
    /** A file with nothing in it (or blank lines only): "het bestand is leeg: …". */
    empty:
      'leeg: zet bovenaan de kolomnamen naam, organisatie, domein, e-mail en rol, en daaronder één lid per regel',
    row: (row: number) => `Rij ${row}`,
    header: 'kop',
    wholeRow: 'rij',
    column: (n: number) => `kolom ${n}`,
    missingColumns: (missing: string) =>
      `kolommen ontbreken: ${missing}. Zet bovenaan de kolomnamen naam, organisatie, domein, e-mail en rol (rol mag ontbreken).`,
    /** Two header cells that name one column ("E-mail" and "E-mailadres"): refused, never one taken. */
    columnsTwice: (columns: readonly string[], column: string) =>
      `de kolommen ${columns.slice(0, -1).join(', ')} en ${columns.at(-1)} zijn dezelfde kolom (${column}). Laat er één staan: Schakel kiest niet zelf welke het is.`,
    nameMissing: 'naam ontbreekt',
    nameTooLong: (max: number) => `naam is te lang: hoogstens ${max} tekens`,
    organisationMissing: 'organisatie ontbreekt',
    organisationTooLong: (max: number) => `organisatie is te lang: hoogstens ${max} tekens`,
    noEmail: 'geen geldig e-mailadres',
    roles: (roles: string) => `verwacht ${roles} (meerdere met ;)`,
    emailTwice: (row: number) => `dit e-mailadres staat ook op rij ${row}`,
    /** Two rows without e-mail with the same name and organisation: the same member. */
    sameMemberTwice: (row: number) =>
      `dit lid (zelfde naam en organisatie, geen e-mail) staat ook op rij ${row}`,
    /** The separator by name, as the header row has it (csv-records.ts, separatorOf). */
    separators: { ',': 'komma', ';': 'puntkomma', '\t': 'tab' } as Record<',' | ';' | '\t', string>,
    /** A row with more filled cells than the header has columns: refused, never cut off. */
    tooManyCells: (cells: number, columns: number, separator: string) =>
      `${cells} cellen, de kopregel heeft er ${columns}. De kolommen van dit bestand zijn gescheiden door een ${separator}; staat dat teken in een cel (zoals "lid;projectleider" of "Dijk, Kees van"), zet de cel dan tussen aanhalingstekens, of sla het bestand in Excel opnieuw op.`,
    quoteNotClosed:
      'het aanhalingsteken (") aan het begin van deze cel wordt nergens gesloten, zodat de rest van het bestand in de cel valt. Zet een " aan het eind van de cel, of haal het weg.',
    quoteInCell:
      'er staat een aanhalingsteken (") midden in deze cel. Haal het weg, of zet de hele cel tussen aanhalingstekens en schrijf het teken in de cel dubbel ("").',
    textAfterQuote:
      'na het aanhalingsteken (") dat deze cel sluit, staat nog tekst. Schrijf een aanhalingsteken in de cel dubbel (""), of haal het weg.',
    notCsv:
      "deze rij is geen leesbare CSV. Sla het bestand opnieuw op als 'CSV UTF-8 (door komma's gescheiden)' en probeer het opnieuw.",
  },
  /** Bytes that are no UTF-8 or UTF-16 (src/text-encoding.ts). */
  notUtf8:
    "geen UTF-8: sla het bestand op als UTF-8 (in Excel: 'CSV UTF-8 (door komma's gescheiden)') en probeer het opnieuw",
};
