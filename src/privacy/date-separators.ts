import { isGlued, type Token, tokenAt } from './tokens.ts';
import { wordSetOf } from './word-sets.ts';

const SEPARATORS = wordSetOf(['-', '/', '.', '‐', '–']);

/** A date separator ("-", "/", ".") glued to the token on its left. */
export function gluedSeparator(left: Token, sep: Token | undefined): boolean {
  return sep !== undefined && isGlued(left, sep) && SEPARATORS.has(sep.text);
}

/** Number token k hangs on an earlier number: "2023-" in front of it, as in "2023-12-03-7". */
export function gluedToNumberBefore(tokens: readonly Token[], k: number): boolean {
  const sep = tokenAt(tokens, k - 1);
  const before = tokenAt(tokens, k - 2);
  return (
    sep !== undefined &&
    isGlued(sep, tokens[k]) &&
    before?.type === 'number' &&
    isGlued(before, sep) &&
    SEPARATORS.has(sep.text)
  );
}

/** Token j (just after a date) is a separator leading into another number: the date is part of a code. */
export function continuesAfter(tokens: readonly Token[], j: number): boolean {
  const sep = tokens[j];
  const after = tokens[j + 1];
  return (
    sep !== undefined &&
    SEPARATORS.has(sep.text) &&
    isGlued(tokens[j - 1], sep) &&
    after?.type === 'number' &&
    isGlued(sep, after)
  );
}
