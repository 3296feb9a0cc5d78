import { summariseLevels } from '../digest/levels.ts';
import { CHECKLIST_ITEMS, type ChecklistItemAnswer } from '../domain/checklist.ts';
import { NotFound } from '../domain/errors.ts';
import {
  KNELPUNT_CATEGORY_SLUGS,
  type KnelpuntCategory,
  knelpuntCategoryLabel,
} from '../domain/knelpunten.ts';
import { words } from '../messages/catalogue/words.ts';
import type { Guard } from '../privacy/guard.ts';
import { type Period, previousTertiaal, tertiaalOf } from '../schedule/tertialen.ts';
import type { AgreedChecklistRow, KnelpuntInPeriod } from '../store/digest-repo.ts';
import type { EvaluationRepository, KnelpuntChange, TertiaalVoortgang } from '../store/evaluation-repo.ts';
import type {
  EvaluationAction,
  EvaluationCategory,
  EvaluationChecklistItem,
  EvaluationDocument,
  EvaluationFigure,
} from './document.ts';
import { tertialenFor } from './period.ts';

/**
 * The evaluation draft of one region over any period (the national form asks about "start tot
 * 1 juli", not about a tertiaal). Free text that the privacy guard flags is left out and counted,
 * so a draft that will be sent on never carries what the check-in should have refused. Its
 * queries run side by side, so its repository is the pool's (never a transaction's).
 */
export async function buildEvaluation(
  store: EvaluationRepository,
  regionId: string,
  period: Period,
  now: Date,
  guard: Guard,
): Promise<EvaluationDocument> {
  const range = { label: 'periode', from: period.from, to: period.to };
  const tertialen = tertialenFor(period);
  const endTertiaal = tertiaalOf(period.to);
  const [region, levels, knelpunten, changes, checklist, voortgang, successes, members] = await Promise.all([
    store.regionWithTargets(regionId),
    store.latestLevels(regionId, [range]),
    store.knelpuntenInPeriod(regionId, range),
    store.knelpuntChangesInPeriod(regionId, period),
    store.agreedChecklistUpTo(regionId, endTertiaal.label),
    store.voortgangForTertialen(
      regionId,
      tertialen.map((t) => t.label),
    ),
    store.successesInPeriod(regionId, range),
    store.werkgroepMemberCount(regionId),
  ]);
  if (!region) throw new NotFound(words().answers.problems.noRegion(regionId));

  // One verdict per distinct text, so a knelpunt seen in two places is withheld (and counted) once.
  const verdicts = new Map<string, boolean>();
  const clean = (text: string): boolean => {
    if (!verdicts.has(text)) verdicts.set(text, guard.scan(text).length === 0);
    return verdicts.get(text)!;
  };
  const summary = summariseLevels(levels);
  return {
    region: { id: regionId, name: region.name },
    period: { from: period.from, to: period.to },
    generatedAt: now.toISOString(),
    algemeen: {
      successes: successes.filter(clean),
      knelpunten: byCategory(knelpunten.filter((k) => clean(k.description))),
      actions: actions(knelpunten, changes, clean),
      withheld: [...verdicts.values()].filter((ok) => !ok).length,
    },
    resultaten: {
      tertialen: tertialen.map((t) => t.label),
      figures: figures(voortgang, region, tertialen.length),
    },
    samenwerking: {
      levels: summary,
      startLevel: region.start_level,
      targetLevel: region.target_level,
      checklistTertiaal: endTertiaal.label,
      checklist: checklistItems(
        checklist,
        endTertiaal.label,
        previousTertiaal(tertiaalOf(period.from)).label,
      ),
    },
    // Hidden exactly when the overall level is, or the count would give it away.
    response: {
      answered: summary.overall?.n ?? (levels.length === 0 ? 0 : null),
      members,
    },
  };
}

/** Every category named in the period, most named first (ties in the programme's order). */
function byCategory(rows: readonly KnelpuntInPeriod[]): EvaluationCategory[] {
  const named = rows.filter((r) => r.named > 0);
  const counts = new Map<KnelpuntCategory, number>();
  for (const r of named) counts.set(r.category, (counts.get(r.category) ?? 0) + r.named);
  return KNELPUNT_CATEGORY_SLUGS.filter((c) => counts.has(c))
    .sort((a, b) => counts.get(b)! - counts.get(a)!)
    .map((category) => ({
      category,
      label: words().knelpunten.categories[category]?.label ?? knelpuntCategoryLabel(category),
      named: counts.get(category)!,
      items: named
        .filter((r) => r.category === category)
        .map((r) => ({ description: r.description, named: r.named, status: r.status })),
    }));
}

/** Knelpunten with an oplossing or a change of status in the period: what was done about them. */
function actions(
  rows: readonly KnelpuntInPeriod[],
  changes: readonly KnelpuntChange[],
  clean: (text: string) => boolean,
): EvaluationAction[] {
  const out: EvaluationAction[] = [];
  for (const r of rows) {
    if (!clean(r.description)) continue;
    const own = changes.filter((c) => c.knelpunt_id === r.id);
    const oplossing = r.oplossing !== null && clean(r.oplossing) ? r.oplossing : null;
    if (own.length === 0 && oplossing === null) continue;
    out.push({
      category: r.category,
      description: r.description,
      oplossing,
      changes: own.map((c) => ({ date: c.meeting_date, status: c.update_kind })),
      status: r.status,
    });
  }
  return out;
}

function figures(
  rows: readonly TertiaalVoortgang[],
  targets: {
    trajecten_per_year: number | null;
    duurzame_uitstroom_pct: number | null;
    leerbijeenkomsten_per_year: number | null;
    casusbesprekingen_per_year: number | null;
  },
  tertiaalCount: number,
): EvaluationFigure[] {
  const sum = (pick: (r: TertiaalVoortgang) => number | null): number | null => {
    const known = rows.map(pick).filter((v): v is number => v !== null);
    return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
  };
  // One decimal, as the digest shows a third of a year target.
  const proRata = (year: number | null) =>
    year === null ? null : Math.round(((year * tertiaalCount) / 3) * 10) / 10;
  const figures = words().documents.evaluation.results.figures;
  const count = (label: string, value: number | null, year: number | null): EvaluationFigure => ({
    label,
    value,
    target: proRata(year),
    yearTarget: year,
    unit: 'aantal',
  });
  // A share is not added up: the latest recorded one stands for the period.
  const shares = rows.map((r) => r.duurzame_uitstroom_pct).filter((v): v is number => v !== null);
  return [
    count(
      figures.trajecten,
      sum((r) => r.trajecten),
      targets.trajecten_per_year,
    ),
    // The count adds up like the trajecten; the targets set a share only.
    count(
      figures.uitstroomCount,
      sum((r) => r.duurzame_uitstroom),
      null,
    ),
    {
      label: figures.uitstroomShare,
      value: shares.at(-1) ?? null,
      target: targets.duurzame_uitstroom_pct,
      yearTarget: targets.duurzame_uitstroom_pct,
      unit: 'procent',
    },
    count(
      figures.leerbijeenkomsten,
      sum((r) => r.leerbijeenkomsten),
      targets.leerbijeenkomsten_per_year,
    ),
    count(
      figures.casusbesprekingen,
      sum((r) => r.casusbesprekingen),
      targets.casusbesprekingen_per_year,
    ),
  ];
}

function statusAt(rows: readonly AgreedChecklistRow[], label: string): Map<number, ChecklistItemAnswer> {
  const out = new Map<number, ChecklistItemAnswer>();
  // Rows come newest first: the first one seen for an item is its status then.
  for (const r of rows) if (r.tertiaal <= label && !out.has(r.item)) out.set(r.item, r.answer);
  return out;
}

function checklistItems(
  rows: readonly AgreedChecklistRow[],
  endLabel: string,
  beforeLabel: string,
): EvaluationChecklistItem[] {
  const now = statusAt(rows, endLabel);
  const before = statusAt(rows, beforeLabel);
  const texts = words().checklist.items;
  return CHECKLIST_ITEMS.map(({ number, text }) => {
    const answer = now.get(number) ?? null;
    const earlier = before.get(number) ?? null;
    return {
      item: number,
      text: texts[number - 1] ?? text,
      answer,
      changedFrom: earlier === answer ? undefined : earlier,
    };
  });
}
