/**
 * The samenwerkingsniveau of a group: the median of each member's latest level, rounded to the
 * nearest half with x.25 and x.75 going up (3.25 → 3.5, 3.75 → 4). The digest, the evaluation
 * and the national overview all use this one rule, so a region reads the same number everywhere.
 */
export function roundToHalfUp(value: number): number {
  // Levels are halves, so a median is a multiple of a quarter; the small epsilon keeps a value
  // that float arithmetic left at 3.2499999 from landing on the wrong side.
  return Math.floor(value * 2 + 0.5 + 1e-9) / 2;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The level of a group with at least one answer. */
export function levelOf(values: readonly number[]): number {
  return roundToHalfUp(median(values));
}

/** The level of a group, or null when nobody answered. */
export function medianLevel(values: readonly number[]): number | null {
  return values.length === 0 ? null : levelOf(values);
}
