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
 * window of its groups"); on equal length the more specific kind does. Sorted by start (the findings
 * come nearly in order, which the sort takes in about linear time), findings that overlap nothing are
 * kept as they are; only a cluster of overlapping findings is ranked, with an occupancy mask. The
 * result is sorted by start.
 */
export function resolveOverlaps(findings: readonly Finding[], textLength: number): Finding[] {
  if (findings.length < 2) return [...findings];
  // The guard finds most texts' findings in order already: then they need no copy nor sort.
  const byStart = isSorted(findings) ? findings : [...findings].sort(byPlace);
  const kept: Finding[] = [];
  // Only a cluster that keeps more than one finding can put them out of order.
  let unordered = false;
  let taken: Uint8Array | undefined;
  let from = 0;
  while (from < byStart.length) {
    let to = from + 1;
    let end = byStart[from]!.end;
    while (to < byStart.length && byStart[to]!.start < end) end = Math.max(end, byStart[to++]!.end);
    if (to - from === 1) {
      kept.push(byStart[from]!);
    } else {
      taken ??= new Uint8Array(textLength);
      const before = kept.length;
      keepLongest(byStart.slice(from, to), taken, kept);
      unordered ||= kept.length - before > 1;
    }
    from = to;
  }
  return unordered ? kept.sort(byPlace) : kept;
}

function byPlace(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end;
}

function isSorted(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (byPlace(findings[i - 1]!, findings[i]!) > 0) return false;
  return true;
}

function keepLongest(cluster: Finding[], taken: Uint8Array, kept: Finding[]): void {
  cluster.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start,
  );
  for (const f of cluster) {
    let free = true;
    for (let i = f.start; i < f.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
}
