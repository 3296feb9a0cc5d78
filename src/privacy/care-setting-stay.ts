import { PROVIDER_FILLERS } from './care-term-words.ts';
import { isCapitalised, type Token } from './tokens.ts';

/*
 * A stay told with its provider between the verb and the place (since heldout15-classes): "Joris zit
 * nu 3 maanden bij de Jellinek in de kliniek", "lag twee weken bij Rivierduinen op de gesloten
 * afdeling". isStay (care-setting-context.ts) walks back from the place to the verb; the provider's
 * name after "bij" (at most three capitalised words) is passed over.
 */
const MAX_NAME_WORDS = 3;

/** Before "bij (de) <Provider>" ending at `b`: the token before "bij", or `b` when there is none. */
export function beforeProviderAt(tokens: readonly Token[], b: number): number {
  let a = b;
  while (a > b - MAX_NAME_WORDS && a >= 0 && isCapitalised(tokens[a])) a--;
  if (a === b) return b;
  if (PROVIDER_FILLERS.has(tokens[a]?.key ?? '')) a--;
  return tokens[a]?.key === 'bij' ? a - 1 : b;
}
