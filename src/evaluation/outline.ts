import type { KnelpuntStatus } from '../domain/knelpunten.ts';
import { words } from '../messages/catalogue/words.ts';
import { readableShortDate } from '../messages/readable-date.ts';
import { DEFAULT_TIME_ZONE } from '../schedule/local-time.ts';
import type { EvaluationDocument, EvaluationFigure } from './document.ts';

/**
 * The evaluation draft as the national form reads: its numbered sections (1, 3, 4 and 5, as the
 * template numbers them), its questions, what Schakel gathered under each, and a "Samenvatting: …"
 * line the projectleider finishes. Markdown and .docx are both made from these blocks, in the
 * language being spoken (`withLocale`; Dutch unless `schakel evaluation --en`).
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

// en-CA formats as YYYY-MM-DD: the date of the draft as the projectleider's calendar shows it.
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_TIME_ZONE });

const said = () => words().documents.evaluation;

/** A number as read: 3,5 in Dutch, 3.5 in English. */
export function readableNumber(n: number): string {
  return String(n).replace('.', words().documents.decimal);
}

const status = (s: KnelpuntStatus) => words().documents.statuses[s];
const day = (iso: string) => readableShortDate(iso);

export function evaluationOutline(doc: EvaluationDocument): Block[] {
  return [
    { kind: 'title', text: said().title },
    { kind: 'paragraph', text: said().region(doc.region.name) },
    { kind: 'paragraph', text: said().period(day(doc.period.from), day(doc.period.to)) },
    { kind: 'paragraph', text: said().procesregisseur },
    { kind: 'paragraph', text: said().date(day(AMSTERDAM_DAY.format(new Date(doc.generatedAt)))) },
    { kind: 'prompt', text: said().draftNote },
    ...algemeen(doc),
    ...resultaten(doc),
    ...samenwerking(doc),
    ...overige(doc),
  ];
}

function algemeen(doc: EvaluationDocument): Block[] {
  const a = doc.algemeen;
  const w = said();
  const g = w.general;
  const out: Block[] = [
    { kind: 'heading', text: g.heading },
    { kind: 'paragraph', text: g.intro },
    { kind: 'question', text: g.wentWell },
  ];
  if (a.successes.length === 0) out.push({ kind: 'prompt', text: `${g.nothingWentWell} ${w.fillIn}` });
  for (const s of a.successes) out.push({ kind: 'bullet', text: s });

  out.push({ kind: 'question', text: g.knelpunten });
  if (a.knelpunten.length === 0) out.push({ kind: 'prompt', text: g.noKnelpunten });
  for (const c of a.knelpunten) {
    out.push({ kind: 'paragraph', text: `${c.label} (${w.named(w.times(c.named))})` });
    for (const k of c.items) {
      out.push({
        kind: 'bullet',
        text: `${k.description} (${w.named(w.times(k.named))}; ${status(k.status)})`,
      });
    }
  }

  out.push({ kind: 'question', text: g.actions });
  if (a.actions.length === 0) out.push({ kind: 'prompt', text: `${g.noActions} ${w.fillIn}` });
  for (const x of a.actions) {
    const parts = [x.description];
    if (x.oplossing) parts.push(g.approach(x.oplossing));
    for (const c of x.changes) parts.push(g.changed(status(c.status), day(c.date)));
    parts.push(g.atEnd(status(x.status)));
    out.push({ kind: 'bullet', text: parts.join('; ') });
  }
  if (a.withheld > 0) out.push({ kind: 'prompt', text: g.withheld(a.withheld) });

  out.push(
    { kind: 'question', text: g.lessons },
    { kind: 'prompt', text: w.fillIn },
    { kind: 'question', text: g.factors },
    { kind: 'prompt', text: w.fillIn },
    { kind: 'summary' },
  );
  return out;
}

function figureText(f: EvaluationFigure): string {
  const r = said().results;
  const unit = f.unit === 'procent' ? '%' : '';
  const value = f.value === null ? r.notFilledIn : `${readableNumber(f.value)}${unit}`;
  if (f.target === null) return `${f.label}: ${value} (${r.noTarget})`;
  const target =
    f.unit === 'procent'
      ? r.shareTarget(readableNumber(f.target))
      : r.countTarget(readableNumber(f.target), readableNumber(f.yearTarget ?? 0));
  return `${f.label}: ${value} (${target})`;
}

function resultaten(doc: EvaluationDocument): Block[] {
  const r = doc.resultaten;
  const w = said();
  return [
    { kind: 'heading', text: w.results.heading },
    { kind: 'paragraph', text: w.results.intro },
    { kind: 'paragraph', text: w.results.progressFrom(r.tertialen.join(', '), r.tertialen.length !== 1) },
    ...r.figures.map((f): Block => ({ kind: 'bullet', text: figureText(f) })),
    { kind: 'prompt', text: `${w.results.targetsMet} ${w.fillIn}` },
    { kind: 'summary' },
  ];
}

function samenwerking(doc: EvaluationDocument): Block[] {
  const s = doc.samenwerking;
  const w = said();
  const c = w.collaboration;
  const hidden = words().documents.hidden;
  const out: Block[] = [
    { kind: 'heading', text: c.heading },
    { kind: 'paragraph', text: c.intro },
    { kind: 'question', text: c.levels },
  ];
  const o = s.levels.overall;
  const levels = [
    s.startLevel === null ? null : c.start(readableNumber(s.startLevel)),
    s.targetLevel === null ? null : c.target(readableNumber(s.targetLevel)),
  ].filter(Boolean);
  const extra = levels.length > 0 ? ` (${levels.join(', ')})` : '';
  if (o === null) out.push({ kind: 'bullet', text: c.totalNone(extra) });
  else if ('hidden' in o) out.push({ kind: 'bullet', text: c.totalHidden(hidden, extra) });
  else out.push({ kind: 'bullet', text: c.total(readableNumber(o.median), o.n, extra) });
  for (const [domain, cell] of Object.entries(s.levels.byDomain)) {
    const label = words().documents.domains[domain] ?? domain;
    out.push({
      kind: 'bullet',
      text: 'hidden' in cell ? `${label}: ${hidden}` : c.domain(label, readableNumber(cell.median), cell.n),
    });
  }
  const answers = words().checklist.answers;
  out.push({ kind: 'question', text: c.checklist(s.checklistTertiaal) });
  out.push({
    kind: 'table',
    header: c.columns,
    rows: s.checklist.map((item) => [
      String(item.item),
      item.text,
      item.answer === null ? c.notYetAgreed : answers[item.answer],
      item.changedFrom === undefined
        ? ''
        : item.changedFrom === null
          ? c.notAgreed
          : answers[item.changedFrom].toLowerCase(),
    ]),
  });
  out.push({ kind: 'question', text: c.partners }, { kind: 'prompt', text: w.fillIn }, { kind: 'summary' });
  return out;
}

function overige(doc: EvaluationDocument): Block[] {
  const r = doc.response;
  const w = said();
  const answered = r.answered === null ? w.other.tooFew(r.members) : w.other.answered(r.answered, r.members);
  return [
    { kind: 'heading', text: w.other.heading },
    { kind: 'paragraph', text: w.other.intro },
    { kind: 'bullet', text: answered },
    { kind: 'prompt', text: w.fillIn },
    { kind: 'summary' },
  ];
}
