import { careWithin } from './care-in-reach.ts';
import { isCommonWord, isLexiconSurname } from './name-lexicon.ts';
import { particlesWith } from './name-particles.ts';
import { opensSentence } from './person-name-cues.ts';
import { CLAUSE_BREAKS, CLAUSE_REACH, HAVING_VERBS, isBareNameWord } from './person-name-word-placed.ts';
import type { Token } from './tokens.ts';

/*
 * det-lowercase39: a surname typed in lower case opening a sentence typed in lower case, before a verb of
 * having, being or staying, with the care detail in that clause: "de vries zit in de kliniek", "van dijk
 * gebruikt weer cocaine", "el amrani heeft een burn out", "jansen zit in de kliniek". Capitalised, the same
 * lines were found (person-particle-surname.ts, person-name-word-placed.ts); in lower case nothing marked the
 * name. The particles and surname together must be a surname of the lexicon, and the surname no frequent word
 * ("de man", "de boer", "de bakker", "visser" stay words) unless it has a surname's ending ("jansen", "dijkstra",
 * "bosma"). The sentence holds no capital up to its verb: a capital there marks names the other rules read.
 */
const PARTICLES = particlesWith('el al');
const MAX_PARTICLES = 3;
const SURNAME_ENDINGS = ['sen', 'stra', 'sma', 'ema', 'inga'];
const MIN_LENGTH = 3;

/** The surname's index when a lower-case surname (with its particles) opens the sentence at k, or -1. */
export function lowercaseSurnameEnd(
  tokens: readonly Token[],
  k: number,
  from: number,
  to: number,
  isCareWord: (k: number) => boolean,
): number {
  if (!opensSentence(tokens, k, from)) return -1;
  let j = k;
  let name = '';
  while (j < k + MAX_PARTICLES && j < to && PARTICLES.has(tokens[j]!.key) && !tokens[j]!.capitalised) {
    name += `${tokens[j]!.key} `;
    j++;
  }
  const surname = tokens[j];
  if (!isLowerWord(surname) || surname.text.length < MIN_LENGTH) return -1;
  // "vries" is a verb's form alone; after its particles the lexicon's "de vries" says the surname.
  if (j === k && !isBareNameWord(surname)) return -1;
  if (isCareWord(j) || !isLexiconSurname(name + surname.key)) return -1;
  if (isCommonWord(surname.key) && (j !== k || !SURNAME_ENDINGS.some((e) => surname.key.endsWith(e))))
    return -1;
  const verb = tokens[j + 1];
  if (!isLowerWord(verb) || !HAVING_VERBS.has(verb.key)) return -1;
  return careWithin(
    tokens,
    j + 2,
    to,
    CLAUSE_REACH,
    isCareWord,
    (t) => CLAUSE_BREAKS.has(t.key) || t.capitalised,
  )
    ? j
    : -1;
}

function isLowerWord(token: Token | undefined): token is Token {
  return token?.type === 'word' && !token.capitalised && !token.hasDigit;
}
