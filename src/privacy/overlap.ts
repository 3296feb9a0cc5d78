import type { Finding, FindingKind } from './findings.ts';

// On equal spans the more specific kind wins: a valid BSN is a BSN even if it also dials.
const PRIORITY: Readonly<Record<FindingKind, number>> = {
  email: 0,
  iban: 1,
  bsn: 2,
  phone: 3,
  birthdate: 4,
  postcode: 5,
  address: 6,
  name_health: 7,
};

/**
 * Keeps one finding per stretch of text. The longer finding wins ("an e-mail address beats the
 * digits inside it", "an IBAN beats the BSN-like run inside it", "a phone number beats a BSN-like
 * window of its groups"); on equal length the more specific kind does. Linear in the findings' total
 * length thanks to an occupancy mask; the result is sorted by start.
 */
export function resolveOverlaps(findings: readonly Finding[], textLength: number): Finding[] {
  if (findings.length < 2) return [...findings];
  const ranked = [...findings].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start,
  );
  const taken = new Uint8Array(textLength);
  const kept: Finding[] = [];
  for (const f of ranked) {
    let free = true;
    for (let i = f.start; i < f.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
