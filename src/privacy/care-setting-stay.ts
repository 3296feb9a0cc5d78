import { CARE_PLACES, PROVIDER_FILLERS } from './care-term-words.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * A stay told with its provider between the verb and the place (since heldout15-classes): "Joris zit
 * nu 3 maanden bij de Jellinek in de kliniek", "lag twee weken bij Rivierduinen op de gesloten
 * afdeling". isStay (care-setting-context.ts) walks back from the place to the verb; the provider's
 * name after "bij" (at most three capitalised words) is passed over.
 */
const MAX_NAME_WORDS = 3;
const PLACE_JOINS = wordSet('de het een in op uit naar');

/** Before "bij (de) <Provider>" ending at `b`: the token before "bij", or `b` when there is none. */
export function beforeProviderAt(tokens: readonly Token[], b: number): number {
  let a = b;
  while (a > b - MAX_NAME_WORDS && a >= 0 && isCapitalised(tokens[a])) a--;
  if (a === b) return b;
  if (PROVIDER_FILLERS.has(tokens[a]?.key ?? '')) a--;
  return tokens[a]?.key === 'bij' ? a - 1 : b;
}

/**
 * Before a care place whose token before it is `j`: past an article and, since batch 41, the provider's
 * name (at most three capitalised words) right before the place ("zit in Tactus kliniek", "ligt in de
 * Jellinek kliniek"); `j` itself, less an article, when there is none.
 */
export function beforePlaceAt(tokens: readonly Token[], j: number): number {
  let a = j;
  // "ROB ZIT WEER IN DE KLINIEK": in a line typed in capitals an article or "in" is no name (batch 44-names).
  while (
    a > j - MAX_NAME_WORDS &&
    a >= 0 &&
    tokens[a]!.type === 'word' &&
    isCapitalised(tokens[a]) &&
    !PLACE_JOINS.has(tokens[a]!.key)
  )
    a--;
  return PROVIDER_FILLERS.has(tokens[a]?.key ?? '') ? a - 1 : a;
}

const PLACE_HEADS = wordSet('huis woning voorziening locatie afdeling kliniek unit appartement kamer');
// The care places that stay one after any word and a hyphen: never "afdeling" or "ziekenhuis", which every
// organisation has ("HR-afdeling", "MKB-ziekenhuis project"; review 2).
const PLACES_AFTER_HYPHEN = wordSet(
  `kliniek psychiatrie crisisopvang paaz crisisbed crisisbedden crisisdienst hic ribw fpc hospice
  verpleeghuis revalidatiecentrum`,
);
const GENERIC_PLACES = wordSet('afdeling ziekenhuis');
// "op de detox-afdeling van Novadic" (batch 44-names): a ward named by the care given there.
const WARD_CARE = wordSet('detox ontwenning ontgifting verslaving verslavings');

/**
 * "ribw-huis", "hic-afdeling": a care place before a hyphen and a word for a place to stay; since batch 41
 * also a care place after a hyphen ("ggz-crisisdienst", "ggz-crisisbed"), but no department or hospital.
 */
export function isPlaceCompound(key: string): boolean {
  const hyphen = key.indexOf('-');
  const before = key.slice(0, hyphen);
  // Nor before it: "ziekenhuis-afdeling inkoop" is a department, as "afdeling" alone is (care-setting-context.ts).
  const cared = (CARE_PLACES.has(before) && !GENERIC_PLACES.has(before)) || WARD_CARE.has(before);
  const heads = cared ? PLACE_HEADS : PLACES_AFTER_HYPHEN;
  return hyphen > 1 && heads.has(key.slice(hyphen + 1));
}
