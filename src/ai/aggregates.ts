import { CHECKLIST_ANSWER_LABELS, type ChecklistItemAnswer } from '../domain/checklist.ts';
import type { DigestDocument, LevelCell, ProgressFigure } from '../domain/digest-document.ts';
import { type KnelpuntCategory, knelpuntCategoryLabel } from '../domain/knelpunten.ts';
import { DOMAIN_LABELS, type MemberDomain } from '../domain/members.ts';
import { HIDDEN_TEXT } from '../privacy/small-groups.ts';

/**
 * The only part of a digest that may leave Schakel for a language model: numbers and statuses.
 * Built field by field (never by copying the digest and deleting), so a free-text field added to
 * the digest later cannot slip through: successes, knelpunt descriptions and oplossingen are not
 * read here at all, and neither are member names, which the digest never holds.
 */
export interface SummaryAggregates {
  readonly region: string;
  readonly period: { readonly label: string; readonly from: string; readonly to: string };
  readonly levels: {
    readonly overall: LevelCell | null;
    readonly byDomain: Readonly<Partial<Record<MemberDomain, LevelCell>>>;
    readonly startLevel: number | null;
    readonly targetLevel: number | null;
  };
  readonly knelpunten: {
    readonly byCategory: Readonly<Partial<Record<KnelpuntCategory, number>>>;
    readonly solved: number;
  };
  readonly checklist: {
    readonly now: Readonly<Record<string, ChecklistItemAnswer>>;
    readonly changes: readonly {
      item: number;
      from: ChecklistItemAnswer | null;
      to: ChecklistItemAnswer | null;
    }[];
  };
  readonly progress: DigestDocument['progress'];
  readonly response: { readonly answered: number | null; readonly members: number };
}

export function aggregatesOf(d: DigestDocument): SummaryAggregates {
  const figure = (f: ProgressFigure): ProgressFigure => ({
    value: f.value,
    target: f.target,
    yearTarget: f.yearTarget,
  });
  return {
    region: d.region.name,
    period: { label: d.period.label, from: d.period.from, to: d.period.to },
    levels: {
      overall: d.levels.overall,
      byDomain: d.levels.byDomain,
      startLevel: d.levels.startLevel,
      targetLevel: d.levels.targetLevel,
    },
    knelpunten: { byCategory: { ...d.knelpunten.byCategory }, solved: d.knelpunten.solved.length },
    checklist: {
      now: { ...d.checklist.now },
      changes: d.checklist.changes.map((c) => ({ item: c.item, from: c.from, to: c.to })),
    },
    progress: {
      trajecten: figure(d.progress.trajecten),
      duurzameUitstroomPct: figure(d.progress.duurzameUitstroomPct),
      leerbijeenkomsten: figure(d.progress.leerbijeenkomsten),
      casusbesprekingen: figure(d.progress.casusbesprekingen),
    },
    response: { answered: d.response.answered, members: d.response.members },
  };
}

const num = (n: number) => String(n).replace('.', ',');

function cell(c: LevelCell | null | undefined): string {
  if (!c) return 'geen antwoorden';
  return 'hidden' in c ? HIDDEN_TEXT : `${num(c.median)} (${c.n} antwoorden)`;
}

function progressLine(label: string, f: ProgressFigure, unit = ''): string {
  const value = f.value === null ? 'niet ingevuld' : `${num(f.value)}${unit}`;
  return `- ${label}: ${value}${f.target === null ? ' (geen doel)' : ` (doel ${num(f.target)}${unit})`}`;
}

/** The aggregates as the Dutch lines that fill the prompt's placeholders. */
export function placeholderValues(a: SummaryAggregates): Record<string, string> {
  const levelLines = [
    `- Totaal: ${cell(a.levels.overall)}`,
    ...Object.entries(a.levels.byDomain).map(([d, c]) => `- ${DOMAIN_LABELS[d as MemberDomain]}: ${cell(c)}`),
    `- Startniveau: ${a.levels.startLevel === null ? 'onbekend' : num(a.levels.startLevel)}`,
    `- Doelniveau: ${a.levels.targetLevel === null ? 'onbekend' : num(a.levels.targetLevel)}`,
  ];
  const categories = Object.entries(a.knelpunten.byCategory)
    .sort((x, y) => (y[1] ?? 0) - (x[1] ?? 0))
    .map(([c, n]) => `- ${knelpuntCategoryLabel(c as KnelpuntCategory)}: ${n}`);
  const counts = { ja: 0, in_ontwikkeling: 0, nee: 0 };
  for (const answer of Object.values(a.checklist.now)) counts[answer]++;
  const label = (x: ChecklistItemAnswer | null) =>
    x === null ? 'geen status' : CHECKLIST_ANSWER_LABELS[x].toLowerCase();
  const checklist = [
    `- Ja: ${counts.ja}, in ontwikkeling: ${counts.in_ontwikkeling}, nee: ${counts.nee}, nog geen status: ${20 - counts.ja - counts.in_ontwikkeling - counts.nee}`,
    ...a.checklist.changes.map((c) => `- Punt ${c.item}: van ${label(c.from)} naar ${label(c.to)}`),
  ];
  return {
    regio: a.region,
    periode: `${a.period.label} (${a.period.from} tot en met ${a.period.to})`,
    niveaus: levelLines.join('\n'),
    knelpunten: [
      ...(categories.length > 0 ? categories : ['- geen knelpunten genoemd']),
      `- Opgelost in de periode: ${a.knelpunten.solved}`,
    ].join('\n'),
    checklist: checklist.join('\n'),
    voortgang: [
      progressLine('Trajecten', a.progress.trajecten),
      progressLine('Duurzame uitstroom', a.progress.duurzameUitstroomPct, '%'),
      progressLine('Leerbijeenkomsten', a.progress.leerbijeenkomsten),
      progressLine('Casusbesprekingen', a.progress.casusbesprekingen),
    ].join('\n'),
    respons:
      a.response.answered === null
        ? `te weinig antwoorden om te tonen, van ${a.response.members} leden`
        : `${a.response.answered} van ${a.response.members} leden`,
  };
}
