import { DOMAINS, type MemberDomain } from '../domain/members.ts';
import { breakdown, MIN_GROUP } from '../privacy/small-groups.ts';
import type { LevelCell, LevelSummary } from './document.ts';

/**
 * Samenwerkingsniveau for the stuurgroep: the median of each member's latest level, rounded to
 * the nearest half level with x.25 and x.75 rounding up (3.25 → 3.5, 3.75 → 4), as the issue
 * fixes it. Medians of half levels are multiples of 0.25, exact in binary, so no epsilon needed.
 */
export function roundToHalfUp(value: number): number {
  return Math.floor(value * 2 + 0.5) / 2;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function levelOf(values: readonly number[]): number {
  return roundToHalfUp(median(values));
}

/**
 * Overall and per-domain levels under the small-group rule: a domain with fewer than three
 * answers is hidden, and so is a second one when one hidden group could be worked out from the
 * total. A hidden cell carries no count. No answers at all gives `overall: null`.
 */
export function summariseLevels(answers: readonly { domain: MemberDomain; level: number }[]): LevelSummary {
  if (answers.length === 0) return { overall: null, byDomain: {} };
  const groups: Partial<Record<MemberDomain, number[]>> = {};
  for (const a of answers) {
    const list = groups[a.domain] ?? [];
    list.push(a.level);
    groups[a.domain] = list;
  }
  const split = breakdown(groups as Record<string, number[]>, levelOf);
  const byDomain: Partial<Record<MemberDomain, LevelCell>> = {};
  // Domains in their fixed order, so every rendering lists them the same way.
  for (const domain of DOMAINS) {
    const cell = split.groups[domain];
    if (!cell) continue;
    byDomain[domain] = cell.hidden ? { hidden: true, n: null } : { median: cell.value, n: cell.n };
  }
  const overall: LevelCell =
    answers.length < MIN_GROUP
      ? { hidden: true, n: null }
      : { median: levelOf(answers.map((a) => a.level)), n: answers.length };
  return { overall, byDomain };
}
