/**
 * `schakel evaluation`: the draft of the national evaluation form (src/evaluation/outline.ts and
 * build.ts), its sections numbered as the form numbers them. `--en` reads en-evaluation.ts; the
 * shared words (statuses, domains, too few answers) are the documents' own (nl-documents.ts).
 */
export const nlEvaluation = {
  title: 'Evaluatie Hoofdzaak Werk',
  /** The .docx's document title. */
  documentTitle: (region: string) => `Evaluatie Hoofdzaak Werk – ${region}`,
  region: (name: string) => `Regio: ${name}`,
  period: (from: string, to: string) => `Periode: ${from} t/m ${to}`,
  procesregisseur: 'Procesregisseur: …',
  date: (date: string) => `Datum: ${date}`,
  draftNote:
    'Concept, opgesteld door Schakel uit de check-ins, knelpunten en voortgang van deze periode. Vul aan, controleer en pas aan voordat u het indient.',
  summary: 'Samenvatting: …',
  fillIn: 'Door de projectleider in te vullen.',
  times: (n: number) => (n === 1 ? '1 keer' : `${n} keer`),
  named: (times: string) => `${times} genoemd`,
  general: {
    heading: '1 Algemeen',
    intro: 'Beschrijving van het verloop van het project in het algemeen tot nu toe.',
    wentWell: 'Wat ging goed?',
    nothingWentWell: 'Er is in deze periode niets ingevuld bij "wat ging goed".',
    knelpunten: 'Wat waren de knelpunten?',
    noKnelpunten: 'Er zijn in deze periode geen knelpunten genoemd.',
    actions: 'Wat heeft u gedaan om de knelpunten op te lossen?',
    noActions: 'Schakel heeft in deze periode geen oplossingen of statuswijzigingen vastgelegd.',
    approach: (oplossing: string) => `aanpak: ${oplossing}`,
    changed: (status: string, date: string) => `${status} op ${date}`,
    atEnd: (status: string) => `stand eind periode: ${status}`,
    withheld: (n: number) =>
      `${n === 1 ? 'Eén tekst is' : `${n} teksten zijn`} weggelaten omdat ze mogelijk cliëntgegevens bevatten.`,
    lessons: 'Welke leerpunten, inzichten en kennis heeft het project tot nu toe opgeleverd?',
    factors: 'Wat waren daarbij bevorderende en belemmerende factoren?',
  },
  results: {
    heading: '3 Samenvatting van de inhoudelijke resultaten tot nu toe',
    intro:
      'De inhoudelijke resultaten in relatie tot de doelen uit het plan van aanpak. Wat is de stand van zaken en zullen de doelen worden behaald?',
    progressFrom: (tertialen: string, several: boolean) =>
      `Voortgang uit ${several ? 'de tertialen' : 'tertiaal'} ${tertialen}:`,
    figures: {
      trajecten: 'Trajecten',
      uitstroomCount: 'Duurzame uitstroom (aantal)',
      uitstroomShare: 'Duurzame uitstroom',
      leerbijeenkomsten: 'Leerbijeenkomsten',
      casusbesprekingen: 'Casusbesprekingen',
    },
    notFilledIn: 'niet ingevuld',
    noTarget: 'geen doel vastgelegd',
    shareTarget: (target: string) => `doel ${target}%`,
    countTarget: (target: string, year: string) => `doel naar rato ${target}, jaardoel ${year}`,
    targetsMet: 'Worden de doelen behaald?',
  },
  collaboration: {
    heading: '4 Samenwerking tussen projectpartners',
    intro:
      'Hoe verloopt de samenwerking tussen de projectpartners? Wat gaat goed en wat kan beter? Zijn alle partijen aangehaakt? Welke zorgverzekeraar is betrokken in jullie regio?',
    levels: 'Samenwerkingsniveau (ladder 1-6, mediaan van de laatste check-in per lid)',
    start: (level: string) => `startniveau ${level}`,
    target: (level: string) => `doel ${level}`,
    totalNone: (extra: string) => `Totaal: geen check-ins in deze periode${extra}`,
    totalHidden: (hidden: string, extra: string) => `Totaal: ${hidden}${extra}`,
    total: (level: string, n: number, extra: string) => `Totaal: niveau ${level} (${n} leden)${extra}`,
    domain: (label: string, level: string, n: number) => `${label}: niveau ${level} (${n} leden)`,
    checklist: (tertiaal: string) => `Checklist effectief samenwerken (afgesproken status, ${tertiaal})`,
    columns: ['Nr.', 'Randvoorwaarde', 'Status', 'Was'] as readonly string[],
    notYetAgreed: 'nog niet vastgesteld',
    notAgreed: 'niet vastgesteld',
    partners: 'Zijn alle partijen aangehaakt? Welke zorgverzekeraar is betrokken?',
  },
  other: {
    heading: '5 Overige opmerkingen',
    intro: 'Opmerkingen die van belang zijn voor het project Hoofdzaak Werk in de regio.',
    tooFew: (members: number) =>
      `Te weinig leden vulden de check-in in om het aantal te tonen (van ${members} werkgroepleden).`,
    answered: (answered: number, members: number) =>
      `${answered} van de ${members} werkgroepleden vulden in deze periode de check-in in.`,
  },
};
