import { isLexiconSurname } from './name-lexicon.ts';
import { NOT_NAME, PARTICLE, tokenFlags } from './name-word-flags.ts';
import { isBareNameWord } from './person-name-word-placed.ts';
import { SUBJECT_VERBS } from './person-name-words.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * A surname with its particles first, alone, as the subject opening a sentence (batch 37): "van der
 * Linden belde op.", "Van Dijk heeft ...", "van den Berg kwam niet". The particles in any case ("van",
 * "ter" or "ten" alone, or two: not "De Politie kwam"), the surname capitalised and no institution's
 * word, then a verb in lower case.
 */
const VERBS = wordSetOf([
  ...SUBJECT_VERBS,
  ...wordSet(`belde mailde appte kwam komt kon kan wil wilde moet moest gaat ging zegt zei vertelde meldt meldde
    ligt lag wacht wordt werd staat stond stuurt stuurde loopt liep durft mag mocht`),
]);
const MAX_PARTICLES = 3;
const FIRST_PARTICLES = wordSet('van ter ten von vd');
const LEADING = wordSet('van ter ten von vd de den der het in op');

/** The surname's index when tokens[k] opens such a name, or -1. */
export function particleSurnameEnd(tokens: readonly Token[], k: number): number {
  // Called for every sentence's first word: most are ruled out by one lookup.
  if (!LEADING.has(tokens[k]!.key)) return -1;
  let j = k;
  while (j < k + MAX_PARTICLES && j < tokens.length && (tokenFlags(tokens[j]!) & PARTICLE) !== 0) j++;
  const surname = tokens[j];
  if (j === k || surname === undefined || surname.type !== 'word' || !surname.capitalised) return -1;
  // "De Politie kwam", "De Klant heeft": an article, not a particle; "van", "ter" or two particles are,
  // and since batch 46 "de" before a surname the lexicon knows with it ("De Jong, die ...", "De Vries heeft").
  // det-person38: "de Jager stuurt ...", "de Boer junior heeft ...": "de" typed in lower case opening a chat line
  // before a capital is a particle too.
  const typedDe = tokens[k]!.text === 'de' && isBareNameWord(surname);
  const article = j === k + 1 && !FIRST_PARTICLES.has(tokens[k]!.key) && !typedDe;
  if (article && !isLexiconSurname(`${tokens[k]!.key} ${surname.key}`)) return -1;
  if (surname.allCaps || (tokenFlags(surname) & (NOT_NAME | PARTICLE)) !== 0) return -1;
  // "de Jong (Hilversum, 41) – ptss ...", "van Dijk (29) heeft ...": an age, perhaps a place, in brackets.
  const aged = agedBracketEnd(tokens, j + 1);
  const verb = tokens[aged === -1 ? j + 1 : aged + 1];
  if (aged !== -1 && DASHES.has(verb?.text ?? '')) return j;
  // "De Jong, die we vorige keer bespraken, is ...": a relative clause on the person (batch 46).
  if (aged === -1 && verb?.text === ',' && tokens[j + 2]?.key === 'die') return j;
  if (verb !== undefined && !verb.capitalised && VERBS.has(verb.key)) return j;
  // det-person38: "De Jong (van de groenploeg) is ...", "Van Dijk uit mijn caseload heeft ...", "van Noord zelf
  // had ...", "de Boer junior heeft ...": an aside, a "uit" phrase or a word that tells which one, then the verb.
  const after = tokens[pastTellingWhich(tokens, j + 1)];
  return after !== undefined && !after.capitalised && VERBS.has(after.key) ? j : -1;
}

const WHICH_ONE = wordSet('junior senior jr sr zelf');
const UIT_WORDS = 3;

/** Past the words after a surname that tell which person it is (see above), or `at` itself. */
function pastTellingWhich(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (token === undefined) return at;
  if (WHICH_ONE.has(token.key)) return at + 1;
  if (token.text === '(') {
    for (let j = at + 1; j < tokens.length && j <= at + BRACKET_REACH + 2; j++)
      if (tokens[j]!.text === ')') return j + 1;
    return at;
  }
  if (token.key !== 'uit') return at;
  let j = at + 1;
  while (
    j <= at + UIT_WORDS &&
    tokens[j]?.type === 'word' &&
    !tokens[j]!.capitalised &&
    !VERBS.has(tokens[j]!.key)
  )
    j++;
  return j;
}

const DASHES = wordSetOf(['–', '—', '-']);
const BRACKET_REACH = 6;

/** The ")" of a bracket opening at `open` that holds an age (16 to 99), perhaps a capitalised place, or -1. */
function agedBracketEnd(tokens: readonly Token[], open: number): number {
  if (tokens[open]?.text !== '(') return -1;
  let age = false;
  for (let j = open + 1; j < tokens.length && j <= open + BRACKET_REACH; j++) {
    const token = tokens[j]!;
    if (token.text === ')') return age ? j : -1;
    if (token.type === 'number') {
      const n = Number(token.text);
      if (age || !(n >= 16 && n <= 99)) return -1;
      age = true;
    } else if (token.text !== ',' && !(token.type === 'word' && token.capitalised)) return -1;
  }
  return -1;
}
