/**
 * The samenwerkingsniveau of a group: the median of each member's latest level, rounded to the
 * nearest half with x.25 and x.75 going up (the digest uses the same rule, issue 7), so a region
 * reads the same number in its digest and in the national overview.
 */
export function medianLevel(levels: readonly number[]): number | null {
  if (levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return roundToHalf(median);
}

/** Nearest half, halfway cases up. Levels are halves, so a median is at worst a quarter. */
export function roundToHalf(value: number): number {
  // The small epsilon keeps 3.25 from landing on 3.2499999 after float arithmetic.
  return Math.floor(value * 2 + 0.5 + 1e-9) / 2;
}

export const LEVEL_CHANGE_CATEGORIES = [
  'geen_verschil',
  'minder_dan_een_stap',
  'een_niveau',
  'een_tot_twee_niveaus',
  'meer_dan_twee',
  'gedaald',
  'niet_beschikbaar',
] as const;
export type LevelChangeCategory = (typeof LEVEL_CHANGE_CATEGORIES)[number];

/** The categories of the 2018 report's table "Verandering in samenwerkingsniveau". */
export function levelChangeCategory(current: number | null, start: number | null): LevelChangeCategory {
  if (current === null || start === null) return 'niet_beschikbaar';
  const change = current - start;
  if (change < 0) return 'gedaald';
  if (change === 0) return 'geen_verschil';
  if (change < 1) return 'minder_dan_een_stap';
  if (change === 1) return 'een_niveau';
  if (change <= 2) return 'een_tot_twee_niveaus';
  return 'meer_dan_twee';
}

export const LEVEL_CHANGE_LABELS: Readonly<Record<LevelChangeCategory, string>> = {
  geen_verschil: 'Geen verschil vergeleken met het startniveau',
  minder_dan_een_stap: 'Wel verschil maar nog geen hele stap',
  een_niveau: '1 niveau omhooggegaan',
  een_tot_twee_niveaus: 'Tussen 1 en 2 niveaus omhooggegaan',
  meer_dan_twee: 'Meer dan 2 niveaus omhooggegaan',
  gedaald: 'Gedaald',
  niet_beschikbaar: 'Niet beschikbaar (minder dan 3 antwoorden in de periode)',
};
