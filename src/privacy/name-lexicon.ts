import { createRequire } from 'node:module';
import { CARE_PROVIDERS } from './care-provider-words.ts';
import { FIRST_NAMES } from './first-names.ts';
import { isKnownPlaceKey } from './places.ts';
import type { Token } from './tokens.ts';
import { foldKey, wordSet, wordSetOf } from './word-sets.ts';

/**
 * The Dutch word lists of @zxcvbn-ts/language-nl-be (MIT, part of zxcvbn-ts): 3,210 first names given
 * in Flanders, 9,866 surnames and the 16,074 most frequent words of Dutch subtitles, folded like every
 * key here. They widen the hand-kept FIRST_NAMES ("Robbe", "Jozefien", "Wannes" are known), know
 * surnames ("Wouters", "de Vries") and frequent words ("werk", "storm"). Loaded once, on the first
 * question (some 30 ms); each answer is one lookup, and name-word-flags.ts keeps them per key.
 */

/**
 * Names of the lexicon that are everyday words (Dutch or English as Dutch chat uses it) or
 * abbreviations: like the words first-names.ts leaves out, they are no name by themselves. The
 * frequent-word list cannot tell them apart, as subtitles are full of names ("peter", "thomas").
 */
const EVERYDAY_NAMES = wordSet(`adem angel art august ben bent bes bill bo can door elke elle faith fee free
  grace guy helder hope jack jo job joy junior june kas ken leen lente line lone lot marine max may mill mille
  miles nette nine per pol prince rose roman rover said scout sky staf storm summer toon trui violet will
  winter wolf an aster lies mare lion largo vita asia mali lune ciel sep jul`);
/**
 * A listed name that is a place of places.ts ("Lisse") or a care provider ("Bavo"): no first name
 * (review of batch 44-names: "In Lisse is een nieuwe kliniek geopend", "Bavo is gestart met ...").
 */
function isPlaceOrProvider(key: string): boolean {
  return isKnownPlaceKey(key) || CARE_PROVIDERS.has(key);
}
/** Shorter names of the lexicon are too often an abbreviation ("Sep", "Ina", "Obi"): only the hand list's count. */
const MIN_LENGTH = 4;

interface Lexicon {
  readonly firstNames: ReadonlySet<string>;
  readonly commonWords: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
}

let lexicon: Lexicon | null = null;

function load(): Lexicon {
  // The package too is read now, not at start-up: its lists as arrays of strings hold about 2.5 MB of
  // heap (6 MiB of a process's memory) that only the sets below need. Its CommonJS build, so that the
  // guard stays synchronous (as phone.ts loads libphonenumber).
  const { dictionary } = createRequire(import.meta.url)(
    '@zxcvbn-ts/language-nl-be',
  ) as typeof import('@zxcvbn-ts/language-nl-be');
  const fold = (words: readonly string[]) => wordSetOf(words.map(foldKey));
  const commonWords = fold(dictionary.commonWords);
  const listed = fold([...dictionary.boysFirstnames, ...dictionary.girlsFirstnames]);
  const firstNames = wordSetOf(
    [...listed].filter(
      (n) => n.length >= MIN_LENGTH && !EVERYDAY_NAMES.has(n) && !FIRST_NAMES.has(n) && !isPlaceOrProvider(n),
    ),
  );
  return { firstNames, commonWords, surnames: fold(dictionary.lastnames) };
}

function get(): Lexicon {
  lexicon ??= load();
  return lexicon;
}

/** "robbe", "xandra": a first name of the lexicon that the hand-kept list lacks (not an everyday word). */
export function isLexiconFirstName(key: string): boolean {
  return get().firstNames.has(key);
}

/** A first name of the hand-kept list or of the lexicon. */
export function isKnownFirstName(key: string): boolean {
  return FIRST_NAMES.has(key) || get().firstNames.has(key);
}

/** "storm", "winter", "werk": one of the frequent words of Dutch. */
export function isCommonWord(key: string): boolean {
  return get().commonWords.has(key);
}

/** "peeters", "van damme": a surname of the lexicon. */
export function isLexiconSurname(key: string): boolean {
  return get().surnames.has(key);
}

/** "de Vries" in "Xandra de Vries": the words from `first` to `last` make a surname of the lexicon. */
export function isLexiconSurnameAt(tokens: readonly Token[], first: number, last: number): boolean {
  let name = tokens[first]!.key;
  for (let j = first + 1; j <= last; j++) name += ` ${tokens[j]!.key}`;
  return get().surnames.has(name);
}

/** "storm", "lies", "toon": a name of the lexicon that is also an everyday word (EVERYDAY_NAMES above). */
export function isEverydayName(key: string): boolean {
  return EVERYDAY_NAMES.has(key);
}
