import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

// "woont in een chalet op recreatiepark Het Lierderholt, plek 44": a pitch or a plot where someone lives.
const PITCH_WORDS = wordSet(
  'plek kavel standplaats ligplaats chalet huisje bungalow caravan stacaravan unit',
);
const SITE_WORDS =
  wordSet(`camping woonwagenkamp woonwagencentrum woonwagenlocatie woonwagenterrein jachthaven
  woonbotenhaven`);
const SITE_ENDINGS = ['park'];
const SITE_WINDOW = 8;
export const RESIDENT_CUES = wordSet(
  'woont woonde wonen woonachtig verblijft verbleef ingeschreven logeert slaapt',
);
const RESIDENT_WINDOW = 14;
// "Zijn woonboot ligt aan de Amstel, ligplaats 102": a home that is its own site.
const DWELLINGS = wordSet('woonboot woonark woonwagen');

/**
 * "plek 44" with a recreatiepark or camping a few words back and a word for living there further, or a
 * houseboat or caravan someone lives in ("Zijn woonboot ligt aan de Amstel, ligplaats 102").
 */
export function sitePitch(tokens: readonly Token[], k: number): number {
  const pitch = tokens[k - 1];
  if (pitch === undefined || !PITCH_WORDS.has(pitch.key)) return -1;
  let site = false;
  for (let j = k - 2; j >= 0 && j >= k - RESIDENT_WINDOW && !tokens[j + 1]!.lineBefore; j--) {
    const key = tokens[j]!.key;
    if (DWELLINGS.has(key)) return k - 1;
    if (RESIDENT_CUES.has(key)) return site ? k - 1 : -1;
    if (j >= k - SITE_WINDOW) site ||= SITE_WORDS.has(key) || SITE_ENDINGS.some((e) => key.endsWith(e));
  }
  return -1;
}
