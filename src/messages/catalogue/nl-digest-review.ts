/**
 * Dutch answers about the projectleider's review of a digest draft: its buttons and forms.
 * Part of the Dutch answers (nl-answers.ts); English in en-digest-review.ts.
 */
export const nlDigestReview = {
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
  /** A stuurgroep period by its meeting, in `published`. */
  stuurgroepPeriod: (meeting: string) => `de periode voor de stuurgroep van ${meeting}`,
  /** A tertiaal in a sentence: "het tweede tertiaal 2026 (mei t/m augustus)". */
  tertiaalPeriod: (name: string) => `het ${name}`,
  published: (version: number, period: string, channels: number) =>
    `Gepubliceerd: versie ${version} van ${period} wordt nu naar ${channels === 1 ? 'het kanaal' : `${channels} kanalen`} van de stuurgroep gestuurd. Lukt dat niet meteen, dan probeert Schakel het opnieuw (typ mislukt om te zien wat niet aankwam).`,
  /** What `samenvatting` takes, with today's tertialen: `running` in words, `previous` as typed. */
  periodProblem: (running: string, previous: string) =>
    `Geef een tertiaal of een stuurgroepdatum, zo: samenvatting ${previous} (jaar, T en het nummer van het tertiaal) of samenvatting 2026-10-15. Nu loopt het ${running}.`,
  /** `samenvatting 2026-T4` or `samenvatting 9999-T3`: which tertialen there are, and how to type one. */
  noSuchTertiaal: (typed: string, running: string, previous: string) =>
    `Over ${typed} kan ik geen samenvatting maken: een jaar heeft drie tertialen, T1 (januari t/m april), T2 (mei t/m augustus) en T3 (september t/m december), en een samenvatting gaat over een tertiaal dat al begonnen is. Nu loopt het ${running}. Typ bijvoorbeeld samenvatting ${previous} voor het tertiaal daarvoor, of alleen samenvatting voor de komende stuurgroep.`,
  /** `samenvatting` for a period ahead of today: nothing drafted, the current tertiaal named. */
  periodNotStarted: (period: string, current: string, code: string) =>
    `${period} is nog niet begonnen, dus er is nog niets om samen te vatten; er is niets gemaakt of gepubliceerd. Nu loopt het ${current}: typ samenvatting ${code} voor een concept daarvan (het loopt nog), of samenvatting voor de komende stuurgroep.`,
  noneYet: 'Er is nog geen samenvatting gepubliceerd voor deze regio.',
  readerOnly: (p: string) =>
    `Alleen de projectleider van deze regio stelt het concept van de samenvatting op. De laatst gepubliceerde samenvatting lees je met ${p}samenvatting laatste.`,
  readLatest: 'Laatste samenvatting',
};
