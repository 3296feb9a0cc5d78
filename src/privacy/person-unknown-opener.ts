import { careWithin } from './care-in-reach.ts';
import { isProvider } from './care-provider-words.ts';
import { isCommonWord } from './name-lexicon.ts';
import { NOT_NAME, NOT_SUBJECT, tokenFlags } from './name-word-flags.ts';
import { clientAsideEnd } from './person-client-aside.ts';
import { opensSentence } from './person-name-cues.ts';
import { SUBJECT_VERBS } from './person-name-words.ts';
import { isKnownPlaceKey } from './places.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 49: more ways an unknown name (no list knows it) is written as the subject of a care detail.
 *  - With the person's age in brackets right after it, perhaps among other words: "Lente (19) slaapt slecht
 *    sinds haar opname", "Rignald (Antilliaans, 30) wacht op intake bij de verslavingszorg". An age says a
 *    person, so even a name that is also a word counts, and any verb may follow.
 *  - With where the person comes from between name and verb: "Thei uit Kerkrade is gestopt met zijn lithium".
 *  - Before a verb that is itself the care detail: "Fernanda wacht op een plek in de kliniek" (the lexicon
 *    reads "wacht" as a waiting list for care only with the care awaited after it).
 * Not a frequent Dutch word without the age ("Vergadering wacht op ..."), nor a word with a noun's ending.
 * A Turkish courtesy title after the given name is a title like "mevrouw", anywhere in the sentence:
 * "Mevlüde hanım krijgt ...", "Yusuf bey heeft ...".
 */
const AGE_MIN = 12;
const AGE_MAX = 99;
const AGE_ASIDE_LIMIT = 8;
// "30 jr", "19 jaar": the unit an age may carry inside the brackets.
const AGE_UNITS = wordSet('jr jaar j y');
const ORIGIN = wordSet('uit van');
const ORIGIN_WORDS_LIMIT = 2;
const HONORIFICS = wordSet('hanım hanim hanimefendi hanımefendi bey beyefendi');
const CLAUSE_LIMIT = 8;
const ASIDE_CLAUSE_LIMIT = 16;
const LOWERCASE_MIN = 4;
const VOWEL = /[aeiouy]/;
const PAST_VERBS = wordSet('sliep dronk wachtte blowde');
// isCommonWord of a token's key: one bit on its record (perf-36), not a lexicon lookup per rule and word.
const isCommonToken = keyTest(isCommonWord);
const CLAUSE_OPENERS = wordSet('maar want dat omdat terwijl die en');
// "van de groenploeg", "van de schoonmaakploeg", "van het inpakteam": a crew or team at work.
const CREW_ENDINGS = ['ploeg', 'team', 'groep', 'werkplaats', 'keuken', 'afdeling'];
const isCrew = (key: string) => CREW_ENDINGS.some((end) => key.endsWith(end));

/** The last token of a person at k in one of the shapes above, or -1. */
export function unknownPersonEnd(
  tokens: readonly Token[],
  k: number,
  from: number,
  to: number,
  isCareWord: (k: number) => boolean,
): number {
  const token = tokens[k]!;
  if (token.type !== 'word' || !isCapitalised(token) || token.allCaps || token.hasDigit) return -1;
  if (token.text.length < 3 || (tokenFlags(token) & NOT_NAME) !== 0) return -1;
  if (HONORIFICS.has(tokens[k + 1]?.key ?? '') && !tokens[k + 1]!.lineBefore) return k + 1;
  if (!opensSentence(tokens, k, from) || isCareWord(k)) return -1;
  // Batch 61: "Ton, één van mijn deelnemers, is ...": an aside calling the person a client says a person too.
  let aged = ageAsideEnd(tokens, k + 1, to);
  if (aged === -1) aged = clientAsideEnd(tokens, k + 1, to);
  if (aged !== -1) {
    const verb = tokens[aged];
    if (verb === undefined || aged >= to || verb.type !== 'word' || isCapitalised(verb)) return -1;
    return careWithin(tokens, aged, to, CLAUSE_LIMIT, isCareWord, endsClause) ||
      careWithin(tokens, aged, to, ASIDE_CLAUSE_LIMIT, isCareWord, (t) => t.type === 'punct')
      ? k
      : -1;
  }
  if ((tokenFlags(token) & NOT_SUBJECT) !== 0 || isCommonToken(token)) return -1;
  const verbAt = originEnd(tokens, k + 1, to);
  const verb = tokens[verbAt];
  if (verb === undefined || verbAt >= to || verb.type !== 'word' || isCapitalised(verb)) return -1;
  if (verbAt > k + 1)
    return SUBJECT_VERBS.has(verb.key) && careWithin(tokens, verbAt, to, CLAUSE_LIMIT, isCareWord, endsClause)
      ? k
      : -1;
  // A verb in the present ends in "-t" ("wacht", "slaapt", "blowt"); a noun there is no verb ("Klimmendaal revalidatie").
  return (verb.key.endsWith('t') || PAST_VERBS.has(verb.key)) && isCareWord(verbAt) ? k : -1;
}

/**
 * "kasia wacht op intake bij de GGZ": a word in lower case opening the text (person-slot.ts asks) that no
 * list knows as a word, a place or a provider, before a verb that is itself the care detail.
 */
export function isLowercaseCareVerbOpening(
  tokens: readonly Token[],
  k: number,
  isCareWord: (k: number) => boolean,
): boolean {
  const token = tokens[k]!;
  if (token.text.length < LOWERCASE_MIN || !VOWEL.test(token.key)) return false;
  if (isCommonToken(token) || isKnownPlaceKey(token.key) || isProvider(token.key)) return false;
  const verb = tokens[k + 1];
  return verb !== undefined && verb.type === 'word' && verb.key.endsWith('t') && isCareWord(k + 1);
}

/** "(19)", "(Antilliaans, 30)", "(30 jr)": brackets at `from` holding one age; the token after them, or -1. */
function ageAsideEnd(tokens: readonly Token[], from: number, to: number): number {
  if (tokens[from]?.text !== '(') return -1;
  let ages = 0;
  for (let j = from + 1; j < to && j <= from + AGE_ASIDE_LIMIT; j++) {
    const token = tokens[j]!;
    if (token.text === ')') return ages === 1 ? j + 1 : -1;
    if (token.type === 'number') {
      const age = Number(token.text);
      if (!/^\d{2}$/.test(token.text) || age < AGE_MIN || age > AGE_MAX) return -1;
      ages++;
    } else if (token.type === 'word' && AGE_UNITS.has(token.key)) {
      if (tokens[j - 1]?.type !== 'number') return -1;
    } else if (token.type !== 'word' && token.text !== ',') return -1;
  }
  return -1;
}

/**
 * Past "uit Kerkrade", "van Curaçao" (one or two capitalised words) at `from`, or (batch 54) the crew one
 * works in: "Trees van de groenploeg heeft ..."; `from` when there is none.
 */
function originEnd(tokens: readonly Token[], from: number, to: number): number {
  if (!ORIGIN.has(tokens[from]?.key ?? '')) return from;
  const crew = tokens[from + 2];
  if (
    (tokens[from + 1]?.key === 'de' || tokens[from + 1]?.key === 'het') &&
    crew !== undefined &&
    !crew.capitalised &&
    isCrew(crew.key)
  )
    return from + 3;
  let j = from + 1;
  while (j < to && j <= from + ORIGIN_WORDS_LIMIT && tokens[j]!.type === 'word' && isCapitalised(tokens[j]))
    j++;
  return j > from + 1 ? j : from;
}

/** A mark or a word that opens another clause ends the clause a care word is looked for in. */
const endsClause = (t: Token) => t.type === 'punct' || CLAUSE_OPENERS.has(t.key);
