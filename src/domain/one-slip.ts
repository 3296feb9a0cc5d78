/**
 * Typing slips: a word one slip from another (a letter added, left out or changed, or two swapped), and
 * the one name a typed word was meant as. Used for commands, command-line words and month names.
 */

/** At most one letter added, left out, changed or two swapped (Damerau-Levenshtein ≤ 1). */
export function oneSlipFrom(word: string, name: string): boolean {
  if (Math.abs(word.length - name.length) > 1) return false;
  let i = 0;
  while (i < word.length && i < name.length && word[i] === name[i]) i++;
  const a = word.slice(i);
  const b = name.slice(i);
  return (
    a.slice(1) === b.slice(1) ||
    a.slice(1) === b ||
    a === b.slice(1) ||
    (a.length > 1 && a[0] === b[1] && a[1] === b[0] && a.slice(2) === b.slice(2))
  );
}

/**
 * The one candidate a typed word is a slip from, given as [spelling, what it names] ("volgnde" →
 * "volgende"); none for words shorter than four letters or a slip from two ("junl": juni or juli?),
 * where a guess would be wrong too often.
 */
export function theOneSlipFrom<T>(word: string, candidates: Iterable<readonly [string, T]>): T | undefined {
  if (word.length < 4) return undefined;
  const near = new Set<T>();
  for (const [spelling, meant] of candidates) if (oneSlipFrom(word, spelling)) near.add(meant);
  return near.size === 1 ? [...near][0] : undefined;
}
