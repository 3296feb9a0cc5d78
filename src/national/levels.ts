import { TOO_FEW_TEXT } from '../privacy/small-groups.ts';

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
  niet_beschikbaar: `Niet beschikbaar (${TOO_FEW_TEXT} antwoorden in de periode)`,
};
