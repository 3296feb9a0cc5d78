import { CHECKLIST_ANSWER_LABELS } from '../domain/checklist.ts';
import { KNELPUNT_STATUS_LABELS } from '../domain/knelpunten.ts';
import { DOMAIN_LABELS, type MemberDomain } from '../domain/members.ts';
import { readableShortDate } from '../messages/readable-date.ts';
import { HIDDEN_TEXT } from '../privacy/small-groups.ts';
import { DEFAULT_TIME_ZONE } from '../schedule/local-time.ts';
import type { EvaluationDocument, EvaluationFigure } from './document.ts';

/**
 * The evaluation draft as the national form reads: its numbered sections (1, 3, 4 and 5, as the
 * template numbers them), its questions, what Schakel gathered under each, and a "Samenvatting: …"
 * line the projectleider finishes. Markdown and .docx are both made from these blocks.
 */

export type Block =
  | {
      readonly kind: 'title' | 'heading' | 'question' | 'paragraph' | 'bullet' | 'prompt';
      readonly text: string;
    }
  | { readonly kind: 'summary' }
  /** A table with a header row: the checklist, one row per item. */
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
    };

export const SUMMARY_LINE = 'Samenvatting: …';
const FILL_IN = 'Door de projectleider in te vullen.';

// en-CA formats as YYYY-MM-DD: the date of the draft as the projectleider's calendar shows it.
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_TIME_ZONE });

export function dutchNumber(n: number): string {
  return String(n).replace('.', ',');
}

function times(n: number): string {
  return n === 1 ? '1 keer' : `${n} keer`;
}

export function evaluationOutline(doc: EvaluationDocument): Block[] {
  return [
    { kind: 'title', text: 'Evaluatie Hoofdzaak Werk' },
    { kind: 'paragraph', text: `Regio: ${doc.region.name}` },
    {
      kind: 'paragraph',
      text: `Periode: ${readableShortDate(doc.period.from, 'nl')} tot en met ${readableShortDate(doc.period.to, 'nl')}`,
    },
    { kind: 'paragraph', text: 'Procesregisseur: …' },
    {
      kind: 'paragraph',
      text: `Datum: ${readableShortDate(AMSTERDAM_DAY.format(new Date(doc.generatedAt)), 'nl')}`,
    },
    {
      kind: 'prompt',
      text: 'Concept, opgesteld door Schakel uit de check-ins, knelpunten en voortgang van deze periode. Vul aan, controleer en pas aan voordat u het indient.',
    },
    ...algemeen(doc),
    ...resultaten(doc),
    ...samenwerking(doc),
    ...overige(doc),
  ];
}

function algemeen(doc: EvaluationDocument): Block[] {
  const a = doc.algemeen;
  const out: Block[] = [
    { kind: 'heading', text: '1 Algemeen' },
    { kind: 'paragraph', text: 'Beschrijving van het verloop van het project in het algemeen tot nu toe.' },
    { kind: 'question', text: 'Wat ging goed?' },
  ];
  if (a.successes.length === 0)
    out.push({
      kind: 'prompt',
      text: `Er is in deze periode niets ingevuld bij "wat ging goed". ${FILL_IN}`,
    });
  for (const s of a.successes) out.push({ kind: 'bullet', text: s });

  out.push({ kind: 'question', text: 'Wat waren de knelpunten?' });
  if (a.knelpunten.length === 0)
    out.push({ kind: 'prompt', text: 'Er zijn in deze periode geen knelpunten genoemd.' });
  for (const c of a.knelpunten) {
    out.push({ kind: 'paragraph', text: `${c.label} (${times(c.named)} genoemd)` });
    for (const k of c.items) {
      out.push({
        kind: 'bullet',
        text: `${k.description} (${times(k.named)} genoemd; ${KNELPUNT_STATUS_LABELS[k.status].toLowerCase()})`,
      });
    }
  }

  out.push({ kind: 'question', text: 'Wat heeft u gedaan om de knelpunten op te lossen?' });
  if (a.actions.length === 0)
    out.push({
      kind: 'prompt',
      text: `Schakel heeft in deze periode geen oplossingen of statuswijzigingen vastgelegd. ${FILL_IN}`,
    });
  for (const x of a.actions) {
    const parts = [x.description];
    if (x.oplossing) parts.push(`aanpak: ${x.oplossing}`);
    for (const c of x.changes)
      parts.push(`${KNELPUNT_STATUS_LABELS[c.status].toLowerCase()} op ${readableShortDate(c.date, 'nl')}`);
    parts.push(`stand eind periode: ${KNELPUNT_STATUS_LABELS[x.status].toLowerCase()}`);
    out.push({ kind: 'bullet', text: parts.join('; ') });
  }
  if (a.withheld > 0) {
    out.push({
      kind: 'prompt',
      text: `${a.withheld === 1 ? 'Eén tekst is' : `${a.withheld} teksten zijn`} weggelaten omdat ze mogelijk cliëntgegevens bevatten.`,
    });
  }

  out.push(
    {
      kind: 'question',
      text: 'Welke leerpunten, inzichten en kennis heeft het project tot nu toe opgeleverd?',
    },
    { kind: 'prompt', text: FILL_IN },
    { kind: 'question', text: 'Wat waren daarbij bevorderende en belemmerende factoren?' },
    { kind: 'prompt', text: FILL_IN },
    { kind: 'summary' },
  );
  return out;
}

function figureText(f: EvaluationFigure): string {
  const unit = f.unit === 'procent' ? '%' : '';
  const value = f.value === null ? 'niet ingevuld' : `${dutchNumber(f.value)}${unit}`;
  if (f.target === null) return `${f.label}: ${value} (geen doel vastgelegd)`;
  const target =
    f.unit === 'procent'
      ? `doel ${dutchNumber(f.target)}%`
      : `doel naar rato ${dutchNumber(f.target)}, jaardoel ${dutchNumber(f.yearTarget ?? 0)}`;
  return `${f.label}: ${value} (${target})`;
}

function resultaten(doc: EvaluationDocument): Block[] {
  const r = doc.resultaten;
  return [
    { kind: 'heading', text: '3 Samenvatting van de inhoudelijke resultaten tot nu toe' },
    {
      kind: 'paragraph',
      text: 'De inhoudelijke resultaten in relatie tot de doelen uit het plan van aanpak. Wat is de stand van zaken en zullen de doelen worden behaald?',
    },
    {
      kind: 'paragraph',
      text: `Voortgang uit ${r.tertialen.length === 1 ? 'tertiaal' : 'de tertialen'} ${r.tertialen.join(', ')}:`,
    },
    ...r.figures.map((f): Block => ({ kind: 'bullet', text: figureText(f) })),
    { kind: 'prompt', text: `Worden de doelen behaald? ${FILL_IN}` },
    { kind: 'summary' },
  ];
}

function samenwerking(doc: EvaluationDocument): Block[] {
  const s = doc.samenwerking;
  const out: Block[] = [
    { kind: 'heading', text: '4 Samenwerking tussen projectpartners' },
    {
      kind: 'paragraph',
      text: 'Hoe verloopt de samenwerking tussen de projectpartners? Wat gaat goed en wat kan beter? Zijn alle partijen aangehaakt? Welke zorgverzekeraar is betrokken in jullie regio?',
    },
    { kind: 'question', text: 'Samenwerkingsniveau (ladder 1-6, mediaan van de laatste check-in per lid)' },
  ];
  const o = s.levels.overall;
  const levels = [
    s.startLevel === null ? null : `startniveau ${dutchNumber(s.startLevel)}`,
    s.targetLevel === null ? null : `doel ${dutchNumber(s.targetLevel)}`,
  ].filter(Boolean);
  const extra = levels.length > 0 ? ` (${levels.join(', ')})` : '';
  if (o === null) out.push({ kind: 'bullet', text: `Totaal: geen check-ins in deze periode${extra}` });
  else if ('hidden' in o) out.push({ kind: 'bullet', text: `Totaal: ${HIDDEN_TEXT}${extra}` });
  else out.push({ kind: 'bullet', text: `Totaal: niveau ${dutchNumber(o.median)} (${o.n} leden)${extra}` });
  for (const [domain, cell] of Object.entries(s.levels.byDomain)) {
    const label = DOMAIN_LABELS[domain as MemberDomain];
    out.push({
      kind: 'bullet',
      text:
        'hidden' in cell
          ? `${label}: ${HIDDEN_TEXT}`
          : `${label}: niveau ${dutchNumber(cell.median)} (${cell.n} leden)`,
    });
  }
  out.push({
    kind: 'question',
    text: `Checklist effectief samenwerken (afgesproken status, ${s.checklistTertiaal})`,
  });
  out.push({
    kind: 'table',
    header: ['Nr.', 'Randvoorwaarde', 'Status', 'Was'],
    rows: s.checklist.map((c) => [
      String(c.item),
      c.text,
      c.answer === null ? 'nog niet vastgesteld' : CHECKLIST_ANSWER_LABELS[c.answer],
      c.changedFrom === undefined
        ? ''
        : c.changedFrom === null
          ? 'niet vastgesteld'
          : CHECKLIST_ANSWER_LABELS[c.changedFrom].toLowerCase(),
    ]),
  });
  out.push(
    { kind: 'question', text: 'Zijn alle partijen aangehaakt? Welke zorgverzekeraar is betrokken?' },
    { kind: 'prompt', text: FILL_IN },
    { kind: 'summary' },
  );
  return out;
}

function overige(doc: EvaluationDocument): Block[] {
  const r = doc.response;
  const answered =
    r.answered === null
      ? `Te weinig leden vulden de check-in in om het aantal te tonen (van ${r.members} werkgroepleden).`
      : `${r.answered} van de ${r.members} werkgroepleden vulden in deze periode de check-in in.`;
  return [
    { kind: 'heading', text: '5 Overige opmerkingen' },
    {
      kind: 'paragraph',
      text: 'Opmerkingen die van belang zijn voor het project Hoofdzaak Werk in de regio.',
    },
    { kind: 'bullet', text: answered },
    { kind: 'prompt', text: FILL_IN },
    { kind: 'summary' },
  ];
}
