import { ARTICLES } from './function-words.ts';
import { isCommonWord, isLexiconSurname } from './name-lexicon.ts';
import { opensSentence } from './person-name-cues.ts';
import { isBareNameWord } from './person-name-word-placed.ts';
import { LIST_STATEMENT_VERBS, NOT_PERSON_LABELS } from './person-name-words.ts';
import { type Token, tokenAt } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * det-person38 (batch 77): an unknown name or a surname that is also a word, in the places of a list or a record
 * where a known first name is read already ("Sanne: korsakov"):
 *  - an item opening its line before a colon and the care: "Mol: korsakov, woont nu in een instelling",
 *    "Hirsi: zwanger en depressief";
 *  - an item with its reason: "2 uitvallers (Kovalenko door opname, Sitaldin door verslaving)";
 *  - two names joined by "en" before a plural verb: "Visser en Vos zitten allebei in de afkickkliniek";
 *  - closing a question or sentence after a preposition, a pronoun for one person opening the next: "Heb je
 *    gehoord van Winklaar? Hij is in elkaar gezakt".
 * Name-like: no list rules the word out as a name (isBareNameWord), it is no frequent word unless a surname
 * ("Mol", "Visser"), and no compound ending in a frequent word ("Agendapunt", "Doelgroep", "Hulpvraag") unless
 * a surname; nor one of the headings a record's lines open with ("Notulen:", "Caseload:").
 */
const HEADINGS = wordSet(`notulen casus casussen caseload webinar folder agenda actielijst rooster
  samenvatting toelichting terugkoppeling bijlage`);
const REASONS = wordSet('door ivm wegens vanwege');
const LIST_OPENS = wordSet('( , :');
const PLURAL_VERBS = wordSet(`zitten zaten hebben hadden zijn waren liggen lagen gaan gingen worden werden
  krijgen kregen gebruiken slikken staan stonden moeten`);
const CLAUSE_REACH = 10;
const CLAUSE_ENDS = wordSet('. ; ? ! :');
const CLOSERS = wordSet('? . !');
const CONTACT_PREPOSITIONS = wordSet('van over met bij voor aan om');
const ONE_PERSON = wordSet('hij zij');
const MIN_COMPOUND_TAIL = 4;

/** The end of an unknown name (or two joined) at k in one of the places above, or -1. */
export function listedUnknownEnd(
  tokens: readonly Token[],
  k: number,
  from: number,
  to: number,
  isCareWordAnywhere: (k: number) => boolean,
): number {
  const isCareWord = (j: number) => j < to && isCareWordAnywhere(j);
  const next = tokens[k + 1];
  if (next === undefined) return -1;
  // The question's shape is a person's: the name need only be no frequent word ("Winklaar" ends in "klaar").
  if (k + 2 === to && CLOSERS.has(next.text) && CONTACT_PREPOSITIONS.has(tokenAt(tokens, k - 1)?.key ?? ''))
    return ONE_PERSON.has(tokens[to]?.key ?? '') && isUnknownWord(tokens, k, isCareWord) ? k : -1;
  if (!isUnknownWord(tokens, k, isCareWord)) return -1;
  // "Hoofdzaak casus: Oedit, 31 jr, bipolair, ...": a profile's items after the name, the care among them.
  // Not after a label of a region or theme ("Regio: Twente, depressie is hier hoog").
  if (
    next.text === ',' &&
    tokenAt(tokens, k - 1)?.text === ':' &&
    !NOT_PERSON_LABELS.has(tokenAt(tokens, k - 2)?.key ?? '') &&
    careInProfile(tokens, k + 2, to, isCareWord)
  )
    return k;
  // "(Kovalenko door opname, Sitaldin door verslaving)": an item with its reason, perhaps an article between.
  if (REASONS.has(next.key) && LIST_OPENS.has(tokenAt(tokens, k - 1)?.text ?? ''))
    return isCareWord(ARTICLES.has(tokens[k + 2]?.key ?? '') ? k + 3 : k + 2) ? k : -1;
  if (!isNameLike(tokens, k, isCareWord)) return -1;
  const opens = opensSentence(tokens, k, from);
  if (opens && next.text === ':' && (isCareWord(k + 2) || isCareWord(k + 3))) return k;
  if (opens && next.key === 'en' && k + 3 < to && isNameLike(tokens, k + 2, isCareWord)) {
    if (!PLURAL_VERBS.has(tokens[k + 3]?.key ?? '')) return -1;
    return careInClause(tokens, k + 4, to, isCareWord) ? k + 2 : -1;
  }
  return -1;
}

// A profile after a name: "Oedit, 31 jr, bipolair": up to this many tokens, commas between.
const PROFILE_REACH = 8;

/** The first care word in [a, a + reach) before the clause ends (commas do not end it), or -1. */
function careAhead(
  tokens: readonly Token[],
  a: number,
  to: number,
  reach: number,
  isCareWord: (k: number) => boolean,
): number {
  for (let j = a; j < to && j < a + reach; j++) {
    if (isCareWord(j)) return j;
    if (CLAUSE_ENDS.has(tokens[j]!.text)) return -1;
  }
  return -1;
}

function careInClause(
  tokens: readonly Token[],
  a: number,
  to: number,
  isCareWord: (k: number) => boolean,
): boolean {
  return careAhead(tokens, a, to, CLAUSE_REACH, isCareWord) !== -1;
}

/** A care word among a profile's items; "depressie is hier hoog" is a statement about the term, no item. */
function careInProfile(
  tokens: readonly Token[],
  a: number,
  to: number,
  isCareWord: (k: number) => boolean,
): boolean {
  const care = careAhead(tokens, a, to, PROFILE_REACH, isCareWord);
  return care !== -1 && !LIST_STATEMENT_VERBS.has(tokens[care + 1]?.key ?? '');
}

/** A capitalised word no list knows, no frequent word unless a surname. */
function isUnknownWord(tokens: readonly Token[], k: number, isCareWord: (k: number) => boolean): boolean {
  const token = tokens[k];
  if (token?.type !== 'word' || !token.capitalised || token.allCaps || token.hasDigit) return false;
  if (token.text.length < 3 || token.key.includes("'") || !isBareNameWord(token) || HEADINGS.has(token.key))
    return false;
  return !isCareWord(k) && (isLexiconSurname(token.key) || !isCommonWord(token.key));
}

/** isUnknownWord, and where a heading could stand: no compound or plural of a frequent word unless a surname. */
function isNameLike(tokens: readonly Token[], k: number, isCareWord: (k: number) => boolean): boolean {
  if (!isUnknownWord(tokens, k, isCareWord)) return false;
  const key = tokens[k]!.key;
  return isLexiconSurname(key) || (!endsInWord(key) && !isPluralOfWord(key));
}

/** "Casussen", "Workshops": the plural of a frequent word. */
function isPluralOfWord(key: string): boolean {
  if (key.endsWith('en')) return isCommonWord(key.slice(0, -2)) || isCommonWord(key.slice(0, -3));
  return key.endsWith('s') && isCommonWord(key.slice(0, -1));
}

/** "agendapunt", "doelgroep": a compound whose last part is a frequent word. */
function endsInWord(key: string): boolean {
  for (let i = 2; i <= key.length - MIN_COMPOUND_TAIL; i++) if (isCommonWord(key.slice(i))) return true;
  return false;
}
