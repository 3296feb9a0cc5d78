/*
 * The care lexicon's phrases (care-terms.ts) by their first word and then by their second: a common first
 * word ("in", "het", "heeft" start phrases) is compared only with the phrases its next word goes on.
 */

/** The phrases a word starts, by their second word (every phrase has two words or more). */
export type PhrasesBySecondWord = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Adds a phrase of two words or more to `index`, after the phrases added before it. */
export function addPhrase(index: Map<string, Map<string, string[][]>>, words: string[]): void {
  const bySecond = index.get(words[0]!) ?? new Map<string, string[][]>();
  const list = bySecond.get(words[1]!) ?? [];
  list.push(words);
  bySecond.set(words[1]!, list);
  index.set(words[0]!, bySecond);
}

/**
 * Two 16-bit masks in one number: the lengths (up to 15) and the first letters (by their low four bits)
 * of the words after a phrase's first word. A next word of another length or letter goes on no phrase,
 * which most next words are, found out without hashing the word.
 */
export function secondWordBits(words: Iterable<string>): number {
  let bits = 0;
  for (const word of words) bits |= secondWordBit(word);
  return bits;
}

function secondWordBit(word: string): number {
  return (1 << Math.min(word.length, 15)) | (1 << (16 + (word.charCodeAt(0) & 15)));
}

export function mayGoOn(bits: number, word: string): boolean {
  const bit = secondWordBit(word);
  return (bits & bit & 0xffff) !== 0 && (bits & bit & ~0xffff) !== 0;
}
