import { ACUTE_SERVICES } from './care-term-acute.ts';
import { CARE_PLACES } from './care-term-words.ts';
import { wordSet } from './word-sets.ts';

/**
 * The words that fall under the care-place rule of care-terms.ts: a care place ("kliniek", "ribw"), a
 * word ending in "kliniek", a care place before a hyphen and a place to stay ("ribw-huis",
 * "hic-afdeling"), and an acute care service (care-term-acute.ts: "crisisdienst", "SEH").
 */
const PLACE_HEADS = wordSet('huis woning voorziening locatie afdeling kliniek unit appartement kamer');

export function isCarePlaceWord(key: string): boolean {
  return (
    CARE_PLACES.has(key) ||
    ACUTE_SERVICES.has(key) ||
    (key.length > 7 && key.endsWith('kliniek')) ||
    isPlaceCompound(key)
  );
}

/** "ribw-huis", "hic-afdeling": a care place before a hyphen and a word for a place to stay. */
function isPlaceCompound(key: string): boolean {
  const hyphen = key.indexOf('-');
  return hyphen > 1 && CARE_PLACES.has(key.slice(0, hyphen)) && PLACE_HEADS.has(key.slice(hyphen + 1));
}
