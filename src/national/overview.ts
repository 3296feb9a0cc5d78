import { CHECKLIST_ANSWERS, CHECKLIST_ITEMS, type ChecklistItemAnswer } from '../domain/checklist.ts';
import { levelOf } from '../domain/levels.ts';
import { ifLargeEnough } from '../privacy/small-groups.ts';
import type { Period } from '../schedule/tertialen.ts';
import { LEVEL_CHANGE_CATEGORIES, type LevelChangeCategory, levelChangeCategory } from './levels.ts';

/**
 * The programme office's comparison of regions (issue 7), in the shape of the 2018 report's tables.
 * Only counts of regions: no member, no answer and no region is ever named in it.
 */

export interface NationalInput {
  readonly regions: ReadonlyArray<{ readonly id: string; readonly startLevel: number | null }>;
  /** Agreed checklist statuses of tertialen that overlap the period. */
  readonly checklist: ReadonlyArray<{
    readonly regionId: string;
    readonly tertiaal: string;
    readonly item: number;
    readonly answer: ChecklistItemAnswer;
  }>;
  /** Each answering member's latest level in the period (one row per member). */
  readonly latestLevels: ReadonlyArray<{ readonly regionId: string; readonly level: number }>;
}

export type ChecklistCounts = Record<ChecklistItemAnswer, number>;

export interface NationalOverview {
  readonly period: Period;
  readonly regions: number;
  readonly checklist: Record<string, ChecklistCounts>;
  readonly levelChange: Record<LevelChangeCategory, number>;
}

export function nationalOverview(period: Period, input: NationalInput): NationalOverview {
  return {
    period: { from: period.from, to: period.to },
    regions: input.regions.length,
    checklist: checklistCounts(input),
    levelChange: levelChanges(input),
  };
}

function checklistCounts(input: NationalInput): Record<string, ChecklistCounts> {
  // Latest tertiaal wins per region and item; labels 'YYYY-Tn' sort as text.
  const latest = new Map<string, { tertiaal: string; answer: ChecklistItemAnswer }>();
  for (const row of input.checklist) {
    const key = `${row.regionId}\u0000${row.item}`;
    const seen = latest.get(key);
    if (!seen || row.tertiaal > seen.tertiaal)
      latest.set(key, { tertiaal: row.tertiaal, answer: row.answer });
  }
  const counts: Record<string, ChecklistCounts> = {};
  for (const item of CHECKLIST_ITEMS) {
    counts[String(item.number)] = Object.fromEntries(CHECKLIST_ANSWERS.map((a) => [a, 0])) as ChecklistCounts;
  }
  for (const [key, { answer }] of latest) {
    const item = key.slice(key.indexOf('\u0000') + 1);
    const row = counts[item];
    if (row) row[answer]++;
  }
  return counts;
}

function levelChanges(input: NationalInput): Record<LevelChangeCategory, number> {
  const byRegion = new Map<string, number[]>();
  for (const { regionId, level } of input.latestLevels) {
    const list = byRegion.get(regionId);
    if (list) list.push(level);
    else byRegion.set(regionId, [level]);
  }
  const result = Object.fromEntries(LEVEL_CHANGE_CATEGORIES.map((c) => [c, 0])) as Record<
    LevelChangeCategory,
    number
  >;
  for (const region of input.regions) {
    // The small-group rule, as in the digest: fewer than three answers give no level to compare.
    const levels = byRegion.get(region.id) ?? [];
    const current = ifLargeEnough(levels, levelOf);
    result[levelChangeCategory(current, region.startLevel)]++;
  }
  return result;
}
