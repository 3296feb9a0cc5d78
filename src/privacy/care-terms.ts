import {
  addPhrase,
  mayGoOn,
  type PhrasesBySecondWord,
  secondWordBits,
  type ThirdWordPhrases,
} from './care-phrase-index.ts';
import { matchesPhrase } from './care-phrase-match.ts';
import { isCarePlaceWord } from './care-place-words.ts';
import { CARE_PROVIDERS, isProvider } from './care-provider-words.ts';
import { isProgrammeWord, isStay, isTreatedBy } from './care-setting-context.ts';
import { isProviderReturnNoted } from './care-setting-list-note.ts';
import { isNamedCareStay, isNamedStayWord, NAMED_STAY_WORDS } from './care-setting-named-place.ts';
import { WAITLIST_WORDS } from './care-setting-waitlist.ts';
import { hasCareStem, mayStartStem } from './care-stems.ts';
import { ACUTE_SERVICES, isAcuteVisit } from './care-term-acute.ts';
import { DRINK_VERBS, SLEEP_VERBS, SUBSTANCES } from './care-term-behaviour-words.ts';
import { isBlindHiring, isPartOfProperName, isServiceAfter } from './care-term-context.ts';
import { EVERYDAY_KEYS, EVERYDAY_TRIGGERS, isEverydayCare } from './care-term-everyday.ts';
import { hyphenReadings, isCapitalsAttack } from './care-term-hyphenated.ts';
import { INDICATION_TRIGGERS } from './care-term-indications.ts';
import { JARGON_WORDS } from './care-term-jargon.ts';
import { PLAIN, PLAIN_TRIGGERS } from './care-term-plain.ts';
import { RULE_TESTS, type Rule } from './care-term-rules.ts';
import { isSaidLate, VERB_LAST_WORDS } from './care-term-verb-last.ts';
import {
  CARE_PLACES,
  CARE_PROGRAMMES,
  EXACT,
  EXACT_CAPITALS,
  JOINED_TERMS,
  UNDER_CARE_WORDS,
} from './care-term-words.ts';
import { HABIT_PHRASES } from './care-terms-habits.ts';
import { PHRASES } from './care-terms-lexicon.ts';
import { type Token, tokenize } from './tokens.ts';
import { isThingCollapsed } from './weak-care-lookalikes.ts';
import { WordShapes } from './word-sets.ts';

/**
 * Finding words about a person's mental health or care in tokens: a stem at the start of a word
 * (not in a compound about a service), an abbreviation, a fixed phrase, an admission with its
 * place or duration, being "in behandeling bij" a provider. The word lists are in care-term-words.ts, the
 * stems in care-stems.ts, and when a word counts in its sentence in care-setting-context.ts (admission,
 * treatment, stay, programme, waiting list) and care-term-context.ts (symptoms, use, the word's form).
 */
export interface CareLexicon {
  /** How many tokens from k form a care expression (0 when none). */
  matchAt(tokens: readonly Token[], k: number, isOrganisation: (k: number) => boolean): number;
  /**
   * Whether a care expression may start in [from, to), before organisation names are known: when
   * not, matchAt is 0 at every token there. Cheap: most words are ruled out by their shape.
   */
  mayMatchIn(tokens: readonly Token[], from: number, to: number): boolean;
}

// Inside an organisation's name only a care provider after a treatment verb counts, which counts
// outside one too: so a match with no organisation anywhere is a match whatever the organisations.
const NO_ORGANISATION = () => false;

export function createCareLexicon(extraTerms: readonly string[]): CareLexicon {
  const exact = new Set(EXACT);
  // Phrases by their first and second word (care-phrase-index.ts), so a word that starts none costs one lookup.
  const phrases = new Map<string, Map<string, ThirdWordPhrases>>();
  // A "phrase" of one word ("heupvervanging") is an exact word: indexed as a phrase it has no second
  // word, and reading it threw (det-vocab66).
  for (const p of [...PHRASES, ...HABIT_PHRASES]) {
    const words = p.split(' ');
    if (words.length === 1) exact.add(p);
    else addPhrase(phrases, words);
  }
  for (const term of extraTerms) {
    const words = tokenize(term).map((t) => t.key);
    if (words.length === 1) exact.add(words[0]!);
    else if (words.length > 1) addPhrase(phrases, words);
  }
  // The shapes of the words that have a rule or start a phrase; a short word of another shape that
  // starts no stem has no kind, and costs no lookup.
  const listed = new WordShapes();
  for (const words of [
    phrases.keys(),
    exact,
    UNDER_CARE_WORDS,
    CARE_PLACES,
    ACUTE_SERVICES,
    EXACT_CAPITALS,
    DRINK_VERBS,
    SUBSTANCES,
    CARE_PROGRAMMES,
    CARE_PROVIDERS,
    JOINED_TERMS,
    SLEEP_VERBS,
    JARGON_WORDS,
    PLAIN_TRIGGERS,
    INDICATION_TRIGGERS,
    EVERYDAY_TRIGGERS,
    VERB_LAST_WORDS,
    WAITLIST_WORDS,
    NAMED_STAY_WORDS,
    ['opgenomen', 'opgenomme', 'opname', 'opnames', 'terugval', 'crisis', 'snijden', 'clean', 'war'],
  ])
    for (const word of words) listed.add(word);
  // What a word can start, by its key: most words start nothing, and a text repeats its words.
  const kinds = new Map<string, WordKind>();
  const kindOf = (key: string): WordKind => {
    if (key.length < 8 && !listed.mayHave(key) && !mayStartStem(key)) return NO_KIND;
    let kind = kinds.get(key);
    if (kind === undefined) {
      kind = classify(key, exact, phrases.get(key));
      if (kinds.size >= KIND_CACHE_LIMIT) kinds.clear();
      kinds.set(key, kind);
    }
    return kind;
  };
  const lexicon: CareLexicon = {
    mayMatchIn(tokens, from, to) {
      for (let k = from; k < to; k++) {
        const token = tokens[k]!;
        if (token.type !== 'word') continue;
        const kind = token.record?.careKind(lexicon, kindOf) ?? kindOf(token.key);
        if (kind !== NO_KIND && matchOutside(token, tokens, k, kind) > 0) return true;
      }
      return false;
    },
    matchAt(tokens, k, isOrganisation) {
      const token = tokens[k]!;
      if (token.type !== 'word') return 0;
      const kind = token.record?.careKind(lexicon, kindOf) ?? kindOf(token.key);
      if (kind === NO_KIND) return 0;
      // Outside an organisation's name the answer is the one mayMatchIn got (matchRule asks isOrganisation of k alone).
      return isOrganisation(k)
        ? matchKind(tokens, k, kind, isOrganisation)
        : matchOutside(token, tokens, k, kind);
    },
  };
  // The answer outside any organisation name, kept on the token for the rest of its text (tokens.ts: careMatch).
  const matchOutside = (token: Token, tokens: readonly Token[], k: number, kind: WordKind): number => {
    if (token.careOf === lexicon) return token.careMatch;
    const length = matchKind(tokens, k, kind, NO_ORGANISATION);
    token.careMatch = length;
    token.careOf = lexicon;
    return length;
  };
  return lexicon;
}

/** How many tokens from k form a care expression, given the kind of the word at k. */
function matchKind(
  tokens: readonly Token[],
  k: number,
  kind: WordKind,
  isOrganisation: (k: number) => boolean,
): number {
  const next = tokens[k + 1];
  const candidates =
    kind.phrases === undefined || next === undefined || !mayGoOn(kind.secondWords, next.key)
      ? undefined
      : kind.phrases.get(next.key);
  // A word with no rule ("de", "is", "heeft" start phrases): none when no phrase goes on with the next
  // word. Most words the lexicon is asked of end here, in a function small enough to be inlined.
  if (candidates === undefined && kind.phrasesOnly) return 0;
  return matchRule(tokens, k, kind, candidates, isOrganisation);
}

function matchRule(
  tokens: readonly Token[],
  k: number,
  kind: WordKind,
  candidates: ThirdWordPhrases | undefined,
  isOrganisation: (k: number) => boolean,
): number {
  // "bij de GGZ": an organisation's name, and a care provider after a treatment verb. What counts
  // inside a name must count outside one too: mayMatchIn asks without knowing the names.
  if (isOrganisation(k))
    return kind.rule === 'programme' && (isTreatedBy(tokens, k) || isProviderReturnNoted(tokens, k)) ? 1 : 0;
  if (candidates !== undefined) {
    // The second word is the next one (candidates go on with it), and the third the one after: a common pair
    // ("in zijn", "last van") starts many phrases, of which only those that go on with the third are asked.
    for (const words of candidates.withThird(tokens[k + 2]?.key)) {
      if (matchesPhrase(tokens, k, words)) return words.length;
    }
  }
  if (kind.rule === 'place') {
    // det-owner71b: a forensic clinic, a town or a bare ward that is a care place only with a stay told.
    if (isNamedStayWord(tokens[k]!.key)) return isNamedCareStay(tokens, k) ? 1 : 0;
    if (isStay(tokens, k) || PLAIN.place(tokens, k) || isAcuteVisit(tokens, k)) return 1;
  } else if (kind.rule !== 'term') {
    return kind.test(tokens, k) || (kind.everyday && isEverydayCare(tokens, k)) || isSaidLate(tokens, k)
      ? 1
      : 0;
  }
  if (!kind.term) return 0;
  if (tokens[k]!.key === 'blind' && isBlindHiring(tokens[k + 1])) return 0;
  // "burn-out preventie", "autisme team": a service written apart, as "burn-outpreventie" is one.
  if (isServiceAfter(tokens[k + 1]) || isThingCollapsed(tokens, k)) return 0;
  return isPartOfProperName(tokens, k) ? 0 : 1;
}

const KIND_CACHE_LIMIT = 8192;

interface WordKind {
  /** The phrases the word starts, by their second word (every phrase has two words or more). */
  readonly phrases: PhrasesBySecondWord | undefined;
  readonly rule: Rule;
  /** RULE_TESTS[rule], looked up once for the word (a property read by a string that varies costs a search). */
  readonly test: (tokens: readonly Token[], k: number) => boolean;
  /** The word is in the exact list or has a care stem. */
  readonly term: boolean;
  /** The word is one isEverydayCare may read (care-term-everyday.ts); other words it answers no. */
  readonly everyday: boolean;
  /** Only a phrase can start at the word: no rule, and isEverydayCare does not read it. */
  readonly phrasesOnly: boolean;
  /** The lengths and first letters of the phrases' second words (secondWordBits). */
  readonly secondWords: number;
}

// "MS-aanvallen" (batch 61): a care term wherever it stands, as "epilepsie-aanval" is.
const ATTACK_KIND: WordKind = {
  phrases: undefined,
  rule: 'term',
  test: RULE_TESTS.none,
  term: true,
  everyday: false,
  phrasesOnly: false,
  secondWords: 0,
};

const NO_KIND: WordKind = {
  phrases: undefined,
  rule: 'none',
  test: RULE_TESTS.none,
  term: false,
  everyday: false,
  phrasesOnly: true,
  secondWords: 0,
};

function classify(
  key: string,
  exact: ReadonlySet<string>,
  phrases: PhrasesBySecondWord | undefined,
): WordKind {
  let rule: Rule;
  // "hae is opgenomme": Limburgish for "opgenomen" (det-family, held-out 38).
  if (key === 'opgenomen' || key === 'opgenomme') rule = 'admission';
  else if (WAITLIST_WORDS.has(key)) rule = 'waitlist';
  else if (key === 'opname' || key === 'opnames') rule = 'admission-noun';
  else if (UNDER_CARE_WORDS.has(key)) rule = 'treatment';
  else if (isCarePlaceWord(key) || isNamedStayWord(key)) rule = 'place';
  else if (EXACT_CAPITALS.has(key)) rule = 'capitals';
  else if (DRINK_VERBS.has(key)) rule = 'drink';
  else if (SUBSTANCES.has(key)) rule = 'substance';
  else if (JOINED_TERMS.has(key)) rule = 'joined';
  else if (key === 'terugval') rule = 'relapse';
  else if (SLEEP_VERBS.has(key)) rule = 'sleep';
  else if (key === 'stemmen') rule = 'voices';
  else if (key === 'crisis') rule = 'crisis';
  else if (key === 'snijden') rule = 'cutting';
  else if (key === 'clean') rule = 'sober';
  else if (key === 'war') rule = 'confused';
  else if (JARGON.has(key)) rule = 'jargon';
  else if (PLAIN_TRIGGERS.has(key) || INDICATION_TRIGGERS.has(key) || EVERYDAY_TRIGGERS.has(key))
    rule = 'plain';
  else rule = 'term';
  const term = (rule === 'term' || rule === 'place') && (exact.has(key) || hasCareStem(key));
  if (rule === 'term' && !term) rule = isProgrammeWord(key) || isProvider(key) ? 'programme' : 'none';
  if (rule === 'none' && VERB_LAST_WORDS.has(key)) rule = 'verb-last';
  if (phrases === undefined && rule === 'none') return classifyHyphenated(key, exact);
  const everyday = EVERYDAY_KEYS.has(key);
  const secondWords = phrases === undefined ? 0 : secondWordBits(phrases.keys());
  const test = rule === 'place' || rule === 'term' ? RULE_TESTS.none : RULE_TESTS[rule];
  return { phrases, rule, test, term, everyday, phrasesOnly: rule === 'none' && !everyday, secondWords };
}

const JARGON = new Set(JARGON_WORDS);

/** "crisis-bed", "opname-periode": a hyphenated word that is no care word read as its compound (care-term-hyphenated.ts). */
function classifyHyphenated(key: string, exact: ReadonlySet<string>): WordKind {
  if (isCapitalsAttack(key, EXACT_CAPITALS)) return ATTACK_KIND;
  for (const reading of hyphenReadings(key)) {
    const kind = classify(reading, exact, undefined);
    if (kind !== NO_KIND) return kind;
  }
  return NO_KIND;
}
