import type { LevelCell, LevelSummary } from '../domain/digest-document.ts';
import { levelOf } from '../domain/levels.ts';
import { DOMAINS, type MemberDomain } from '../domain/members.ts';
import { breakdown, largeEnough } from '../privacy/small-groups.ts';

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
  const overall: LevelCell = largeEnough(answers.length)
    ? { median: levelOf(answers.map((a) => a.level)), n: answers.length }
    : { hidden: true, n: null };
  return { overall, byDomain };
}
