import { isPlaceCompound } from './care-setting-stay.ts';
import { ACUTE_SERVICES } from './care-term-acute.ts';
import { CARE_PLACES } from './care-term-words.ts';

/**
 * The words that fall under the care-place rule of care-terms.ts: a care place ("kliniek", "ribw"), a
 * word ending in "kliniek", a care place before a hyphen and a place to stay ("ribw-huis",
 * "hic-afdeling") or after a hyphen ("ggz-crisisdienst"; care-setting-stay.ts), and an acute care
 * service (care-term-acute.ts: "crisisdienst", "SEH").
 */
export function isCarePlaceWord(key: string): boolean {
  return (
    CARE_PLACES.has(key) ||
    ACUTE_SERVICES.has(key) ||
    (key.length > 7 && key.endsWith('kliniek')) ||
    isPlaceCompound(key)
  );
}
