import { CHECKLIST_ITEMS, type ChecklistItemAnswer } from '../domain/checklist.ts';
import type {
  ChecklistChange,
  DigestDocument,
  KnelpuntItem,
  ProgressFigure,
  TopCategory,
} from '../domain/digest-document.ts';
import { NotFound } from '../domain/errors.ts';
import {
  KNELPUNT_CATEGORY_SLUGS,
  type KnelpuntCategory,
  knelpuntCategoryLabel,
} from '../domain/knelpunten.ts';
import { words } from '../messages/catalogue/words.ts';
import { previousTertiaal, type Tertiaal } from '../schedule/tertialen.ts';
import type {
  AgreedChecklistRow,
  DigestFiguresRepository,
  KnelpuntInPeriod,
  VoortgangRow,
} from '../store/digest-repo.ts';
import { summariseLevels } from './levels.ts';

const TOP_CATEGORIES = 3;
const ITEMS_PER_CATEGORY = 3;

/**
 * The stuurgroep digest of one region for one tertiaal. Seven small queries, run side by side (so
 * on the pool's repository, never a transaction's, which runs one query at a time);
 * all the arithmetic (medians, small-group rule, pro rata) happens here, in plain code.
 */
export async function buildDigest(
  figures: DigestFiguresRepository,
  regionId: string,
  period: Tertiaal,
  now: Date,
): Promise<DigestDocument> {
  const previous = previousTertiaal(period);
  const trendPeriods = [previousTertiaal(previous), previous, period];
  const [region, levels, knelpunten, checklist, voortgang, successes, members] = await Promise.all([
    figures.regionWithTargets(regionId),
    figures.latestLevels(regionId, trendPeriods),
    figures.knelpuntenInPeriod(regionId, period),
    figures.agreedChecklistUpTo(regionId, period.label),
    figures.voortgangFor(regionId, period.label),
    figures.successesInPeriod(regionId, period),
    figures.werkgroepMemberCount(regionId),
  ]);
  if (!region) throw new NotFound(words().answers.problems.noRegion(regionId));

  const trend = trendPeriods.map((p) => ({
    period: p.label,
    ...summariseLevels(levels.filter((l) => l.period === p.label)),
  }));
  const current = trend[trend.length - 1]!;
  const answered = levels.filter((l) => l.period === period.label).length;

  return {
    region: { id: regionId, name: region.name },
    period: { label: period.label, from: period.from, to: period.to },
    generatedAt: now.toISOString(),
    levels: {
      overall: current.overall,
      byDomain: current.byDomain,
      startLevel: region.start_level,
      targetLevel: region.target_level,
      trend,
    },
    knelpunten: summariseKnelpunten(knelpunten),
    checklist: compareChecklist(checklist, period.label, previous.label),
    progress: progressAgainstTargets(voortgang, region),
    successes,
    // The count of answers is hidden exactly when the overall level is, or it would give it away.
    response: { answered: current.overall?.n ?? (answered === 0 ? 0 : null), members },
  };
}

function summariseKnelpunten(rows: readonly KnelpuntInPeriod[]): DigestDocument['knelpunten'] {
  const counts = new Map<KnelpuntCategory, number>();
  for (const r of rows) {
    if (r.named > 0) counts.set(r.category, (counts.get(r.category) ?? 0) + r.named);
  }
  // Categories in the programme's own order, so equal counts always list the same way.
  const ordered = KNELPUNT_CATEGORY_SLUGS.filter((c) => counts.has(c));
  const byCategory: Partial<Record<KnelpuntCategory, number>> = {};
  for (const c of ordered) byCategory[c] = counts.get(c)!;
  const top: TopCategory[] = [...ordered]
    .sort((a, b) => counts.get(b)! - counts.get(a)!)
    .slice(0, TOP_CATEGORIES)
    .map((category) => ({
      category,
      label: knelpuntCategoryLabel(category),
      named: counts.get(category)!,
      items: rows
        .filter((r) => r.category === category && r.named > 0)
        .slice(0, ITEMS_PER_CATEGORY)
        .map(toItem),
    }));
  return { byCategory, top, solved: rows.filter((r) => r.solved).map(toItem) };
}

function toItem(r: KnelpuntInPeriod): KnelpuntItem {
  return { category: r.category, description: r.description, status: r.status, oplossing: r.oplossing };
}

/** The latest agreed status of each item as it stood at a tertiaal (recorded then or before). */
function statusAt(rows: readonly AgreedChecklistRow[], label: string): Record<string, ChecklistItemAnswer> {
  const out: Record<string, ChecklistItemAnswer> = {};
  // Rows come newest first: the first one seen for an item is its status then.
  for (const r of rows) {
    if (r.tertiaal <= label && out[String(r.item)] === undefined) out[String(r.item)] = r.answer;
  }
  return Object.fromEntries(
    CHECKLIST_ITEMS.flatMap((i) =>
      out[String(i.number)] ? [[String(i.number), out[String(i.number)]!]] : [],
    ),
  );
}

function compareChecklist(
  rows: readonly AgreedChecklistRow[],
  label: string,
  previousLabel: string,
): DigestDocument['checklist'] {
  const now = statusAt(rows, label);
  const previous = statusAt(rows, previousLabel);
  const changes: ChecklistChange[] = CHECKLIST_ITEMS.flatMap(({ number }) => {
    const from = previous[String(number)] ?? null;
    const to = now[String(number)] ?? null;
    return from === to ? [] : [{ item: number, from, to }];
  });
  return { now, previous, previousPeriod: previousLabel, changes };
}

function proRata(value: number | null, yearTarget: number | null): ProgressFigure {
  // A whole number, rounded up as a planner would: "33,3 trajecten" cannot be done, and reaching
  // the period's target three times reaches the year's (100 a year: 34 a tertiaal). The small
  // margin keeps a third of 99 at 33 despite floating point.
  const target = yearTarget === null ? null : Math.ceil(yearTarget / 3 - 1e-9);
  return { value, target, yearTarget };
}

function progressAgainstTargets(
  v: VoortgangRow | null,
  t: {
    trajecten_per_year: number | null;
    duurzame_uitstroom_pct: number | null;
    leerbijeenkomsten_per_year: number | null;
    casusbesprekingen_per_year: number | null;
  },
): DigestDocument['progress'] {
  return {
    trajecten: proRata(v?.trajecten ?? null, t.trajecten_per_year),
    duurzameUitstroomPct: {
      value: v?.duurzame_uitstroom_pct ?? null,
      count: v?.duurzame_uitstroom ?? null,
      target: t.duurzame_uitstroom_pct,
      yearTarget: t.duurzame_uitstroom_pct,
    },
    leerbijeenkomsten: proRata(v?.leerbijeenkomsten ?? null, t.leerbijeenkomsten_per_year),
    casusbesprekingen: proRata(v?.casusbesprekingen ?? null, t.casusbesprekingen_per_year),
  };
}
