import { AS_WORKER, PROVIDER_FILLERS } from './care-provider-words.ts';
import { ONE_WORD_INSTITUTIONS } from './care-setting-provider-stay.ts';
import { MEETINGS } from './care-term-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * det-owner71b (batch 71): a stay noted without a verb, a name opening its item.
 * - In a list after a colon or comma: "Wekelijkse check-in Bas: Yusuf in de HIC, Lara ...", "Mo op de PAAZ."
 *   A name, "in"/"op", an acute ward only patients are on, and the item ends there (a mark or the end).
 * - A provider one is back with, the name opening the sentence: "Jelle weer bij Tactus volgens Laura".
 * Not there to work or meet: "Yusuf in de HIC als verpleegkundige", "Jelle weer bij Tactus voor het overleg";
 * not without the return: "Jelle bij Tactus" (a staff member's organisation).
 */
const NOTED_WARDS = wordSet('hic paaz separeer crisisopvang puk crisisafdeling opnameafdeling');
const AGAIN = wordSet('weer opnieuw alweer');

/** A name opening an item at n: the start, a line break, or a colon, comma or full stop before it. */
function opensItem(tokens: readonly Token[], n: number): boolean {
  const name = tokens[n];
  if (name === undefined || name.type !== 'word' || !name.capitalised) return false;
  const before = tokens[n - 1];
  return before === undefined || name.lineBefore || [':', ',', '.', ';', '-'].includes(before.text);
}

function endsItem(next: Token | undefined): boolean {
  return next === undefined || next.lineBefore || (next.type === 'punct' && next.text !== '&');
}

/** "Yusuf in de HIC,": j is "in"/"op" before the ward at k (past its article). */
export function isWardNoted(tokens: readonly Token[], j: number, k: number): boolean {
  const by = tokens[j]?.key;
  if ((by !== 'in' && by !== 'op') || !NOTED_WARDS.has(tokens[k]!.key)) return false;
  return opensItem(tokens, j - 1) && endsItem(tokens[k + 1]);
}

/** "Jelle weer bij Tactus": the provider at k (a known institution's one-word name). */
export function isProviderReturnNoted(tokens: readonly Token[], k: number): boolean {
  const by = PROVIDER_FILLERS.has(tokens[k - 1]?.key ?? '') ? k - 2 : k - 1;
  if (
    !ONE_WORD_INSTITUTIONS.has(tokens[k]!.key) ||
    tokens[by]?.key !== 'bij' ||
    !AGAIN.has(tokens[by - 1]?.key ?? '') ||
    !opensItem(tokens, by - 2)
  )
    return false;
  const next = tokens[k + 1]?.key ?? '';
  if (AS_WORKER.has(next) || MEETINGS.has(next)) return false;
  const after = PROVIDER_FILLERS.has(tokens[k + 2]?.key ?? '') ? k + 3 : k + 2;
  return !(next === 'voor' && MEETINGS.has(tokens[after]?.key ?? ''));
}
