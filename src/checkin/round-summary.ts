import type { KnelpuntCategory } from '../domain/knelpunten.ts';
import { ifLargeEnough } from '../privacy/small-groups.ts';

export interface SummaryKnelpunt {
  readonly description: string;
  readonly category: KnelpuntCategory;
  readonly oplossing: string | null;
}

export interface RoundSummary {
  readonly werkgroepName: string;
  /** As the member reads it, e.g. "dinsdag 6 oktober 2026". */
  readonly meetingDate: string;
  readonly answered: number;
  readonly members: number;
  /** How many chose each level, lowest first; null when too few answered to show it. */
  readonly distribution: ReadonlyArray<{ readonly level: number; readonly count: number }> | null;
  /** What the answers said about knelpunten; null when too few answered to show it. */
  readonly knelpunten: {
    readonly raised: readonly SummaryKnelpunt[];
    readonly solved: readonly SummaryKnelpunt[];
  } | null;
}

/**
 * What the werkgroep channel reads when a round closes. Groups, never individuals: no names,
 * and the levels, new knelpunten and updates only when at least three answered (the small-group
 * rule), since with one or two answers everybody knows whose they are. They are recorded all the same.
 */
export function summariseRound(input: {
  werkgroepName: string;
  meetingDate: string;
  levels: readonly number[];
  members: number;
  raised: readonly SummaryKnelpunt[];
  solved: readonly SummaryKnelpunt[];
}): RoundSummary {
  const counts = new Map<number, number>();
  for (const level of input.levels) counts.set(level, (counts.get(level) ?? 0) + 1);
  const distribution = ifLargeEnough(input.levels, () =>
    [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([level, count]) => ({ level, count })),
  );
  return {
    werkgroepName: input.werkgroepName,
    meetingDate: input.meetingDate,
    answered: input.levels.length,
    members: input.members,
    distribution,
    knelpunten: ifLargeEnough(input.levels, () => ({ raised: input.raised, solved: input.solved })),
  };
}
