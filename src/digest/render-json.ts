import type { DigestDocument } from '../domain/digest-document.ts';

/**
 * The stable JSON form other tools read. Its keys are written out here, in a fixed order, so a
 * change to the internal document never changes this form by accident.
 */
export function digestToJson(d: DigestDocument): Record<string, unknown> {
  return {
    format: 'schakel-digest/v1',
    region: d.region.name,
    regionId: d.region.id,
    period: { from: d.period.from, to: d.period.to, label: d.period.label },
    generatedAt: d.generatedAt,
    levels: {
      overall: d.levels.overall,
      byDomain: d.levels.byDomain,
      startLevel: d.levels.startLevel,
      targetLevel: d.levels.targetLevel,
      trend: d.levels.trend.map((t) => ({ period: t.period, overall: t.overall, byDomain: t.byDomain })),
    },
    knelpunten: {
      byCategory: d.knelpunten.byCategory,
      top: d.knelpunten.top,
      solved: d.knelpunten.solved,
    },
    checklist: d.checklist.now,
    checklistPrevious: { period: d.checklist.previousPeriod, items: d.checklist.previous },
    checklistChanges: d.checklist.changes,
    progress: d.progress,
    successes: d.successes,
    response: d.response,
  };
}

export function renderJson(d: DigestDocument): string {
  return `${JSON.stringify(digestToJson(d), null, 2)}\n`;
}
