import { matchesPhrase } from './care-phrase-match.ts';
import { isCarePlaceWord } from './care-place-words.ts';
import { isProgrammeBrokenOff } from './care-programme-compounds.ts';
import {
  isAdmission,
  isAdmissionNoun,
  isInProgramme,
  isProgrammeWord,
  isStay,
  isTreatedBy,
} from './care-setting-context.ts';
import { isListedService } from './care-setting-listed.ts';
import { isTreatmentSaid } from './care-setting-provider-stay.ts';
import { isCareAtHome } from './care-setting-visits.ts';
import { isProgrammeStep, isWaitlistSaid, WAITLIST_WORDS } from './care-setting-waitlist.ts';
import { hasCareStem, mayStartStem } from './care-stems.ts';
import { ACUTE_SERVICES, isAcuteVisit } from './care-term-acute.ts';
import {
  hearsVoices,
  isBlindHiring,
  isCapitalsTerm,
  isConfused,
  isJoinedTerm,
  isPartOfProperName,
  isProblemDrinking,
  isRelapse,
  isServiceAfter,
  isSleepless,
  isSober,
  isSubstanceUse,
} from './care-term-context.ts';
import { isPersonalCrisis } from './care-term-crisis.ts';
import { EVERYDAY_TRIGGERS, isEverydayCare } from './care-term-everyday.ts';
import { INDICATION_TRIGGERS, isIndicatedCare } from './care-term-indications.ts';
import {
  isCleanOf,
  isCuttingSaid,
  isDrinkingCause,
  isJargon,
  isMine,
  isOwnTreatment,
  isOwnVoices,
  isPossessed,
  isTakenUp,
  isVoicesHeard,
  JARGON_WORDS,
  POSSESSED_TERMS,
} from './care-term-jargon.ts';
import { PLAIN, PLAIN_TRIGGERS } from './care-term-plain.ts';
import { isSaidLate, VERB_LAST_WORDS } from './care-term-verb-last.ts';
import {
  CARE_PLACES,
  CARE_PROGRAMMES,
  CARE_PROVIDERS,
  DRINK_VERBS,
  EXACT,
  EXACT_CAPITALS,
  isProvider,
  JOINED_TERMS,
  MOOD_NOT_AFTER,
  SLEEP_VERBS,
  SUBSTANCES,
  UNDER_CARE_WORDS,
} from './care-term-words.ts';
import { HABIT_PHRASES } from './care-terms-habits.ts';
import { PHRASES } from './care-terms-lexicon.ts';
import { type Token, tokenize } from './tokens.ts';
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
  // Phrases by their first word, so a word that starts none costs one lookup.
  const phrases = new Map<string, string[][]>();
  const addPhrase = (words: string[]) => {
    const list = phrases.get(words[0]!) ?? [];
    list.push(words);
    phrases.set(words[0]!, list);
  };
  for (const p of [...PHRASES, ...HABIT_PHRASES]) addPhrase(p.split(' '));
  for (const term of extraTerms) {
    const words = tokenize(term).map((t) => t.key);
    if (words.length === 1) exact.add(words[0]!);
    else if (words.length > 1) addPhrase(words);
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
    WAITLIST_WORDS,
    VERB_LAST_WORDS,
    ['opgenomen', 'opname', 'opnames', 'terugval', 'crisis', 'snijden', 'clean', 'war'],
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
        if (kind !== NO_KIND && matchKind(tokens, k, kind, NO_ORGANISATION) > 0) return true;
      }
      return false;
    },
    matchAt(tokens, k, isOrganisation) {
      const token = tokens[k]!;
      if (token.type !== 'word') return 0;
      const kind = token.record?.careKind(lexicon, kindOf) ?? kindOf(token.key);
      return kind === NO_KIND ? 0 : matchKind(tokens, k, kind, isOrganisation);
    },
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
  // "bij de GGZ": an organisation's name, and a care provider after a treatment verb. What counts
  // inside a name must count outside one too: mayMatchIn asks without knowing the names.
  if (isOrganisation(k)) return kind.rule === 'programme' && isTreatedBy(tokens, k) ? 1 : 0;
  if (kind.phrases !== undefined) {
    for (const words of kind.phrases) {
      if (matchesPhrase(tokens, k, words)) return words.length;
    }
  }
  if (kind.rule === 'place') {
    if (isStay(tokens, k) || PLAIN.place(tokens, k) || isAcuteVisit(tokens, k)) return 1;
  } else if (kind.rule !== 'term') {
    return RULE_TESTS[kind.rule](tokens, k) || isEverydayCare(tokens, k) || isSaidLate(tokens, k) ? 1 : 0;
  }
  if (!kind.term) return 0;
  if (tokens[k]!.key === 'blind' && isBlindHiring(tokens[k + 1])) return 0;
  // "burn-out preventie", "autisme team": a service written apart, as "burn-outpreventie" is one.
  if (isServiceAfter(tokens[k + 1])) return 0;
  return isPartOfProperName(tokens, k) ? 0 : 1;
}

const KIND_CACHE_LIMIT = 8192;

/**
 * Which rule of matchAt a word falls under once no phrase starting with it matched. "place": a care
 * place ("kliniek"), where a stay counts and otherwise the word may still be a term; "term": an exact
 * word or a word with a care stem.
 */
type Rule =
  | 'none'
  | 'admission'
  | 'admission-noun'
  | 'treatment'
  | 'place'
  | 'capitals'
  | 'drink'
  | 'substance'
  | 'programme'
  | 'joined'
  | 'relapse'
  | 'sleep'
  | 'voices'
  | 'crisis'
  | 'cutting'
  | 'waitlist'
  | 'sober'
  | 'confused'
  | 'jargon'
  | 'plain'
  | 'verb-last'
  | 'term';

interface WordKind {
  readonly phrases: readonly string[][] | undefined;
  readonly rule: Rule;
  /** The word is in the exact list or has a care stem. */
  readonly term: boolean;
}

const NO_KIND: WordKind = { phrases: undefined, rule: 'none', term: false };

/**
 * Whether a word under a rule counts as a care term in its sentence, by the words around tokens[k].
 * "place" and "term" are not here: a care place counts with a stay and may otherwise still be a term,
 * which matchAt checks after.
 */
const RULE_TESTS: Record<
  Exclude<Rule, 'place' | 'term'>,
  (tokens: readonly Token[], k: number) => boolean
> = {
  none: () => false,
  admission: isAdmission,
  'admission-noun': isAdmissionNoun,
  treatment: (tokens, k) =>
    isTreatmentSaid(tokens, k) || isOwnTreatment(tokens, k) || isProgrammeBrokenOff(tokens, k),
  capitals: isCapitalsTerm,
  drink: (tokens, k) => isProblemDrinking(tokens, k) || isDrinkingCause(tokens, k),
  substance: (tokens, k) =>
    isSubstanceUse(tokens, k) || isPossessed(tokens, k) || isMine(tokens, k) || isTakenUp(tokens, k),
  programme: (tokens, k) =>
    (isProgrammeWord(tokens[k]!.key) && isInProgramme(tokens, k)) ||
    isTreatedBy(tokens, k) ||
    isCareAtHome(tokens, k) ||
    isListedService(tokens, k) ||
    isProgrammeStep(tokens, k) ||
    isProgrammeBrokenOff(tokens, k) ||
    PLAIN.programme(tokens, k),
  joined: (tokens, k) =>
    isJoinedTerm(tokens, k) || (POSSESSED_TERMS.has(tokens[k]!.key) && isPossessed(tokens, k)),
  sleep: isSleepless,
  voices: (tokens, k) => hearsVoices(tokens, k) || isOwnVoices(tokens, k) || isVoicesHeard(tokens, k),
  crisis: isPersonalCrisis,
  // "is weer aan het snijden" (not "snijden in de begroting").
  cutting: (tokens, k) =>
    (tokens[k - 1]?.key === 'het' &&
      tokens[k - 2]?.key === 'aan' &&
      !MOOD_NOT_AFTER.has(tokens[k + 1]?.key ?? '')) ||
    isCuttingSaid(tokens, k),
  waitlist: isWaitlistSaid,
  sober: (tokens, k) => isSober(tokens, k) || isCleanOf(tokens, k),
  jargon: isJargon,
  plain: (tokens, k) => PLAIN.care(tokens, k) || isIndicatedCare(tokens, k),
  'verb-last': () => false, // Held-out 31: asked after every rule (care-term-verb-last.ts).
  confused: isConfused,
  // "een terugval in aanmeldingen" is a figure, not a person's relapse ("terugval in coke gebruik" is).
  relapse: isRelapse,
};

function classify(key: string, exact: ReadonlySet<string>, phrases: string[][] | undefined): WordKind {
  let rule: Rule;
  if (key === 'opgenomen') rule = 'admission';
  else if (WAITLIST_WORDS.has(key)) rule = 'waitlist';
  else if (key === 'opname' || key === 'opnames') rule = 'admission-noun';
  else if (UNDER_CARE_WORDS.has(key)) rule = 'treatment';
  else if (isCarePlaceWord(key)) rule = 'place';
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
  if (phrases === undefined && rule === 'none') return NO_KIND;
  return { phrases, rule, term };
}

const JARGON = new Set(JARGON_WORDS);
