import { POSSESSIVES } from './care-term-words.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * A pregnancy said plainly (care-term-plain.ts): "dat ze in verwachting is", "in verwachting van de tweede",
 * "verwacht een kindje"; not what one awaits ("in verwachting van een hoge opkomst").
 */

// "verwacht een kindje", "verwacht haar tweede kind".
const CHILD_WORDS = wordSet("kindje kind baby baby'tje tweeling zoon dochter zoontje dochtertje");
const CHILD_FILLERS = wordSetOf([...POSSESSIVES, ...wordSet('een eerste tweede derde')]);

const PREGNANT_VERBS = wordSet('is was ben');

export function isPregnancyEnd(tokens: readonly Token[], k: number): boolean {
  // "dat ze in verwachting is.": the verb closing the clause.
  const verb = PREGNANT_VERBS.has(tokens[k]?.key ?? '');
  const after = verb ? tokens[k + 1] : tokens[k];
  if (verb) return after === undefined || after.type === 'punct';
  if (after === undefined || after.type === 'punct' || after.key === 'en' || after.key === 'maar')
    return true;
  if (after.key !== 'van') return false;
  return isChildAfter(tokens, k + 1);
}

// det-vocab40: "in verwachting van de tweede", "van haar derde", "van een zoon", "van een gezonde dochter";
// not "van een hoge opkomst" nor "van de tweede ronde" (what one awaits).
const ORDINALS = wordSet('eerste tweede derde vierde vijfde');
const CHILD_LEADS = wordSetOf([...POSSESSIVES, ...wordSet('een de')]);

function isChildAfter(tokens: readonly Token[], j: number): boolean {
  if (CHILD_LEADS.has(tokens[j]?.key ?? '')) j++;
  const key = tokens[j]?.key ?? '';
  if (CHILD_WORDS.has(key) || CHILD_WORDS.has(tokens[j + 1]?.key ?? '')) return true;
  if (!ORDINALS.has(key)) return false;
  const next = tokens[j + 1];
  // "van haar tweede, ...", "... en", "... in juni": the ordinal ends its phrase; "de tweede ronde" names a thing.
  return (
    next === undefined ||
    next.type === 'punct' ||
    next.lineBefore ||
    next.key.length < 4 ||
    next.key === 'maar'
  );
}

export function isChildExpected(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (j <= k + 3 && CHILD_FILLERS.has(tokens[j]?.key ?? '')) j++;
  return j > k + 1 && CHILD_WORDS.has(tokens[j]?.key ?? '');
}
