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
  published: (version: number, period: string, channels: number) =>
    `Gepubliceerd: versie ${version} van ${period} wordt nu naar ${channels === 1 ? 'het kanaal' : `${channels} kanalen`} van de stuurgroep gestuurd. Lukt dat niet meteen, dan probeert Schakel het opnieuw (typ mislukt om te zien wat niet aankwam).`,
  periodProblem: 'Geef een tertiaal als JJJJ-Tn of een stuurgroepdatum als JJJJ-MM-DD.',
  /** `samenvatting` for a period ahead of today: nothing drafted, the current tertiaal named. */
  periodNotStarted: (period: string, current: string) =>
    `${period} is nog niet begonnen, dus er is nog niets om samen te vatten; er is niets gemaakt of gepubliceerd. Het huidige tertiaal is ${current}: typ samenvatting ${current} voor een concept daarvan (het loopt nog), of samenvatting voor de komende stuurgroep.`,
  noneYet: 'Er is nog geen samenvatting gepubliceerd voor deze regio.',
  readerOnly: (p: string) =>
    `Alleen de projectleider van deze regio stelt het concept van de samenvatting op. De laatst gepubliceerde samenvatting lees je met ${p}samenvatting laatste.`,
  readLatest: 'Laatste samenvatting',
};
