/*
 * The care lexicon's phrases (care-terms.ts) by their first word, then by their second and then by their
 * third: a common first word ("in", "het", "heeft" start phrases) is compared only with the phrases its next
 * word goes on, and a common pair ("in zijn", "met haar", "last van": 150 phrases and more each) only with
 * those its third word goes on.
 */

/** The phrases a word starts, by their second word (every phrase has two words or more). */
export type PhrasesBySecondWord = ReadonlyMap<string, ThirdWordPhrases>;

/**
 * The phrases that start with one pair of words, by their third word. For each third word the list holds the
 * phrases of two words and the phrases with that third word, in the order they were added: the first of them
 * that matches is the one the first match among all the pair's phrases would be.
 */
export class ThirdWordPhrases {
  readonly #twoWords: string[][] = [];
  readonly #byThird = new Map<string, string[][]>();

  add(words: string[]): void {
    if (words.length === 2) {
      this.#twoWords.push(words);
      for (const list of this.#byThird.values()) list.push(words);
      return;
    }
    const third = words[2]!;
    let list = this.#byThird.get(third);
    if (list === undefined) {
      list = [...this.#twoWords];
      this.#byThird.set(third, list);
    }
    list.push(words);
  }

  /** The phrases that can match with `third` (the third token's key; undefined: none) after the pair. */
  withThird(third: string | undefined): readonly (readonly string[])[] {
    return (third === undefined ? undefined : this.#byThird.get(third)) ?? this.#twoWords;
  }
}

/** Adds a phrase of two words or more to `index`, after the phrases added before it. */
export function addPhrase(index: Map<string, Map<string, ThirdWordPhrases>>, words: string[]): void {
  const bySecond = index.get(words[0]!) ?? new Map<string, ThirdWordPhrases>();
  const phrases = bySecond.get(words[1]!) ?? new ThirdWordPhrases();
  phrases.add(words);
  bySecond.set(words[1]!, phrases);
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
