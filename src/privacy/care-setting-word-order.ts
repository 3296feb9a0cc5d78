import { AS_WORKER, isProviderWord, PROVIDER_FILLERS } from './care-provider-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 46: care settings told in another word order than care-setting-context.ts read (asked from there):
 *  - the verb of a clause before "bij": "dat hij in behandeling is bij de GGZ";
 *  - a first part of a compound shared with the next word: "bij de kinder- en jeugdpsychiatrie";
 *  - a first name as the subject after the verb of a stay: "zit Germaine nou nog steeds op de PAAZ?".
 */
const IS_VERBS = wordSet('is was');

/** Where "bij" should stand after "behandeling"/"intake" at k: past "gehad" or past the clause's "is". */
export function bijAfter(tokens: readonly Token[], k: number, had: boolean): number {
  const verb = tokens[k]!.key === 'behandeling' && IS_VERBS.has(tokens[k + 1]?.key ?? '');
  if (had || verb) return k + 2;
  // det-plain38: "loopt weer bij de verslavingszorg", "loopt al jaren bij de ggz": an adverb or two between.
  if (!WALKS.has(tokens[k]!.key)) return k + 1;
  let j = k + 1;
  while (j <= k + 2 && WALK_ADVERBS.has(tokens[j]?.key ?? '')) j++;
  return j;
}
const WALKS = wordSet('loopt liep');
const WALK_ADVERBS = wordSet('weer nu al nog inmiddels alweer ook jaren maanden sindsdien sinds kort');

/** "bij de kinder- en jeugdpsychiatrie": after "bij" at `by`, a shared first part, "en" and a provider. */
export function isSharedProvider(tokens: readonly Token[], by: number): boolean {
  const j = PROVIDER_FILLERS.has(tokens[by + 1]?.key ?? '') ? by + 2 : by + 1;
  if (tokens[j + 1]?.text !== '-' || tokens[j + 2]?.key !== 'en') return false;
  return isProviderWord(tokens[j + 3]?.key ?? '') && !AS_WORKER.has(tokens[j + 4]?.key ?? '');
}

/** A capitalised known first name: the subject after a stay verb. */
export const isNamedSubject = (token: Token) => isCapitalised(token) && isKnownFirstName(token.key);
