import type { FindingKind } from '../../src/privacy/findings.ts';
import { createGuard, type GuardOptions } from '../../src/privacy/guard.ts';

/** 6 April 2026, the Monday after Easter: the "now" of the unit tests. */
export const TEST_NOW = new Date('2026-04-06T10:00:00+02:00');

export function testGuard(options: GuardOptions = {}) {
  return createGuard({ now: () => TEST_NOW, ...options });
}

const guard = testGuard();

/** Findings as [kind, matched text] pairs, which reads better in expectations than offsets. */
export function found(text: string, g = guard): [FindingKind, string][] {
  return g.scan(text).map((f) => [f.kind, text.slice(f.start, f.end)]);
}

/** Only the findings of one kind, as matched text (of the given guard, the default one without). */
export function foundOf(kind: FindingKind, text: string, g = guard): string[] {
  return found(text, g)
    .filter(([k]) => k === kind)
    .map(([, t]) => t);
}
