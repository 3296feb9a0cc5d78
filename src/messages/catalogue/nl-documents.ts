import { DOMAIN_LABELS } from '../../domain/members.ts';
import { HIDDEN_TEXT, TOO_FEW_TEXT } from '../../privacy/small-groups.ts';
import { count } from './counting.ts';
import { nlEvaluation } from './nl-evaluation.ts';
import { nlFixedSummary } from './nl-fixed-summary.ts';

/**
 * The words of the documents Schakel makes (the stuurgroep digest as Markdown, src/digest/texts.ts
 * and render-markdown.ts): Dutch unless `schakel digest --en` asks for English (en-documents.ts).
 * The chat's digest card reads them in its reader's language; the published files stay Dutch.
 */
export const nlDocuments = {
  /** Decimals as read: 3,5 in Dutch. */
  decimal: ',',
  hidden: HIDDEN_TEXT,
  tooFew: TOO_FEW_TEXT,
  domains: DOMAIN_LABELS as Readonly<Record<string, string>>,
  statuses: {
    open: 'open',
    in_behandeling: 'in behandeling',
    opgelost: 'opgelost',
    geparkeerd: 'geparkeerd',
  },
  digest: {
    title: (region: string) => `Stuurgroep-samenvatting ${region}`,
    days: (from: string, to: string) => `${from} t/m ${to}`,
    /** A stuurgroep period in the summary's sentences, dates written out. */
    periodSpan: (from: string, to: string) => `de periode van ${from} t/m ${to}`,
    periodMeeting: (meeting: string, days: string) => `Periode voor de stuurgroep van ${meeting} (${days})`,
    correction: (period: string) => `Correctie op de samenvatting van ${period}.`,
    version: (n: number) => `versie ${n}`,
    noAnswers: 'geen antwoorden',
    level: (median: string, n: number) => `${median} (${count(n, 'antwoord', 'antwoorden')})`,
    unknown: 'onbekend',
    startTarget: (start: string, target: string) => `startniveau ${start}, beoogd niveau ${target}`,
    approach: (oplossing: string) => `aanpak: ${oplossing}`,
    noSolution: 'nog geen oplossing',
    notAgreed: 'niet vastgesteld',
    progress: {
      trajecten: 'Trajecten',
      duurzameUitstroomPct: 'Duurzame uitstroom',
      leerbijeenkomsten: 'Leerbijeenkomsten',
      casusbesprekingen: 'Casusbesprekingen',
    },
    notFilledIn: 'niet ingevuld',
    noTarget: 'geen doel vastgesteld',
    periodTarget: (target: string) => `doel deze periode ${target}`,
    yearTarget: (target: string) => `jaardoel ${target}`,
    response: (who: string, members: number) =>
      `${who} van de ${members} werkgroepleden vulden in deze periode een check-in in`,
    /** The Markdown's section headings and lines. */
    levelHeading: 'Samenwerkingsniveau',
    now: 'Nu',
    trend: 'Verloop',
    responseLabel: 'Respons',
    knelpuntenHeading: 'Knelpunten',
    noKnelpunten: 'Geen knelpunten genoemd in deze periode.',
    named: (n: number) => `${n}× genoemd`,
    solved: 'Opgelost in deze periode',
    checklistHeading: (since: string) => `Checklist (wijzigingen sinds ${since})`,
    noChanges: 'Geen wijzigingen.',
    itemNumber: (n: number) => `Nr. ${n}`,
    answerCounts: (ja: number, developing: number, nee: number, open: number) =>
      `${ja}× ja, ${developing}× in ontwikkeling, ${nee}× nee, ${open}× niet vastgesteld`,
    progressHeading: 'Voortgang',
    wentWellHeading: 'Wat ging goed',
    nothingFilledIn: 'Niets ingevuld.',
  },
  /** The level chart (src/digest/chart-svg.ts): its labels, title and description. */
  chart: {
    heading: (region: string) => `Samenwerkingsniveau ${region}`,
    /** Beside the dashed lines: "start 2,5", "doel 4,5". */
    start: 'start',
    target: 'doel',
    tooFew: 'te weinig antwoorden',
    noAnswers: 'geen antwoorden',
    nothingToShow: 'Geen niveau te tonen',
    description: (trend: string, startTarget: string) => `Verloop per tertiaal: ${trend}; ${startTarget}.`,
    /** The PDF's alternative text for the chart. */
    alt: (region: string, description: string) =>
      `Grafiek van het samenwerkingsniveau van ${region}. ${description}`,
  },
  /**
   * What the digest PDF prints for a sign its font (DejaVu Sans) cannot draw (src/digest/pdf-glyphs.ts):
   * a known emoji by name, a flag by its country code, else a word.
   */
  signs: {
    named: {
      '👍': '(duim omhoog)',
      '👎': '(duim omlaag)',
      '👏': '(applaus)',
      '🎉': '(feest)',
      '🥳': '(feest)',
      '💪': '(sterk)',
      '🙏': '(dank)',
      '🚀': '(vaart)',
      '🤝': '(handdruk)',
      '💡': '(idee)',
      '📸': '(foto)',
      '📷': '(foto)',
      '📅': '(agenda)',
      '📆': '(agenda)',
    } as Readonly<Record<string, string>>,
    flag: (country?: string) => (country ? `(vlag ${country})` : '(vlag)'),
    emoji: '(emoji)',
    other: '(teken)',
  },
  evaluation: nlEvaluation,
  fixedSummary: nlFixedSummary,
};
