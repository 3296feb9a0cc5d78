import {
  ADMISSION_BEFORE,
  ADMISSION_PLACES,
  AS_WORKER,
  CARE_PLACES,
  CARE_PROVIDERS,
  COMPOUND_HEADS,
  DOCUMENT_FILLERS,
  DOCUMENTS,
  DURATIONS,
  EXACT,
  EXACT_CAPITALS,
  HEALTH_PARTS,
  NOT_ADMISSION_BEFORE,
  PHRASES,
  PROBLEM_HEADS,
  PROVIDER_FILLERS,
  SERVICE_HEADS,
  STAY_VERBS,
  STEMS,
  UNDER_CARE_WORDS,
} from './care-term-words.ts';
import { isCapitalised, type Token, tokenize } from './tokens.ts';
import { WordShapes } from './word-sets.ts';

/**
 * Finding words about a person's mental health or care in tokens: a stem at the start of a word
 * (not in a compound about a service), an abbreviation, a fixed phrase, an admission with its
 * place or duration, being "in behandeling bij" a provider. The word lists are in care-term-words.ts.
 */
export interface CareLexicon {
  /** How many tokens from k form a care expression (0 when none). */
  matchAt(tokens: readonly Token[], k: number, isOrganisation: (k: number) => boolean): number;
}

export function createCareLexicon(extraTerms: readonly string[]): CareLexicon {
  const exact = new Set(EXACT);
  // Phrases by their first word, so a word that starts none costs one lookup.
  const phrases = new Map<string, string[][]>();
  const addPhrase = (words: string[]) => {
    const list = phrases.get(words[0]!) ?? [];
    list.push(words);
    phrases.set(words[0]!, list);
  };
  for (const p of PHRASES) addPhrase(p.split(' '));
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
    EXACT_CAPITALS,
    ['opgenomen', 'opname'],
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
  return {
    matchAt(tokens, k, isOrganisation) {
      const token = tokens[k]!;
      if (token.type !== 'word') return 0;
      const kind = kindOf(token.key);
      if (kind === NO_KIND || isOrganisation(k)) return 0;
      if (kind.phrases !== undefined) {
        for (const words of kind.phrases) {
          if (matchesPhrase(tokens, k, words)) return words.length;
        }
      }
      switch (kind.rule) {
        case 'none':
          return 0;
        case 'admission':
          return isAdmission(tokens, k) ? 1 : 0;
        case 'admission-noun':
          return isAdmissionNoun(tokens, k) ? 1 : 0;
        case 'treatment':
          return isTreatment(tokens, k) ? 1 : 0;
        case 'capitals':
          return isCapitalsTerm(tokens, k) ? 1 : 0;
      }
      if (kind.rule === 'place' && isStay(tokens, k)) return 1;
      if (!kind.term) return 0;
      if (token.key === 'blind' && isBlindHiring(tokens[k + 1])) return 0;
      return isPartOfProperName(tokens, k) ? 0 : 1;
    },
  };
}

const KIND_CACHE_LIMIT = 8192;

/**
 * Which rule of matchAt a word falls under once no phrase starting with it matched. "place": a care
 * place ("kliniek"), where a stay counts and otherwise the word may still be a term; "term": an exact
 * word or a word with a care stem.
 */
type Rule = 'none' | 'admission' | 'admission-noun' | 'treatment' | 'place' | 'capitals' | 'term';

interface WordKind {
  readonly phrases: readonly string[][] | undefined;
  readonly rule: Rule;
  /** The word is in the exact list or has a care stem. */
  readonly term: boolean;
}

const NO_KIND: WordKind = { phrases: undefined, rule: 'none', term: false };

function classify(key: string, exact: ReadonlySet<string>, phrases: string[][] | undefined): WordKind {
  let rule: Rule;
  if (key === 'opgenomen') rule = 'admission';
  else if (key === 'opname') rule = 'admission-noun';
  else if (UNDER_CARE_WORDS.has(key)) rule = 'treatment';
  else if (CARE_PLACES.has(key)) rule = 'place';
  else if (EXACT_CAPITALS.has(key)) rule = 'capitals';
  else rule = 'term';
  const term = (rule === 'term' || rule === 'place') && (exact.has(key) || hasCareStem(key));
  if (rule === 'term' && !term) rule = 'none';
  if (phrases === undefined && rule === 'none') return NO_KIND;
  return { phrases, rule, term };
}

/** "blind solliciteren", "blind werven": a way of hiring, not sight. */
function isBlindHiring(next: Token | undefined): boolean {
  const key = next?.key ?? '';
  return (
    key.startsWith('sollicit') ||
    key.startsWith('gesollicit') ||
    key.startsWith('werv') ||
    key.startsWith('geworven')
  );
}

function matchesPhrase(tokens: readonly Token[], k: number, words: readonly string[]): boolean {
  for (let n = 1; n < words.length; n++) {
    if (tokens[k + n]?.key !== words[n]) return false;
  }
  return true;
}

/** The stems by their first letter: a word is compared with a dozen stems, not two hundred. */
const STEMS_BY_FIRST = new Map<number, string[]>();
for (const stem of STEMS) {
  const list = STEMS_BY_FIRST.get(stem.charCodeAt(0)) ?? [];
  list.push(stem);
  STEMS_BY_FIRST.set(stem.charCodeAt(0), list);
}
const HEALTH_PARTS_BY_FIRST = new Map<number, string[]>();
for (const part of HEALTH_PARTS) {
  const list = HEALTH_PARTS_BY_FIRST.get(part.charCodeAt(0)) ?? [];
  list.push(part);
  HEALTH_PARTS_BY_FIRST.set(part.charCodeAt(0), list);
}

function hasCareStem(key: string): boolean {
  for (const stem of STEMS_BY_FIRST.get(key.charCodeAt(0)) ?? NO_WORDS) {
    if (key.startsWith(stem)) return !isServiceRest(key.slice(stem.length));
  }
  if (key.length < 8) return false;
  for (const head of COMPOUND_HEADS) {
    const at = key.indexOf(head, 2);
    if (at !== -1) return !isServiceRest(key.slice(at + head.length));
  }
  for (const part of HEALTH_PARTS_BY_FIRST.get(key.charCodeAt(0)) ?? NO_WORDS) {
    if (key.startsWith(part) && PROBLEM_HEADS.some((head) => key.endsWith(head))) {
      return key.length >= part.length + 5;
    }
  }
  return false;
}

const NO_WORDS: readonly string[] = [];

// The first three letters of every stem (folded to 32 values each): a word that starts otherwise starts
// no stem. Two letters let most words through ("de", "van", "het", "een" start like a stem), three
// few. Every stem has at least three letters.
const STEM_STARTS = new Uint8Array(32 * 32 * 32);
for (const stem of STEMS) {
  if (stem.length < 3) throw new Error(`care stem shorter than three letters: ${stem}`);
  STEM_STARTS[startOf(stem)] = 1;
}

function startOf(word: string): number {
  return ((word.charCodeAt(0) & 31) << 10) | ((word.charCodeAt(1) & 31) << 5) | (word.charCodeAt(2) & 31);
}

/** False when no stem can be a prefix of `key`. */
function mayStartStem(key: string): boolean {
  return key.length >= 3 && STEM_STARTS[startOf(key)] === 1;
}

function isServiceRest(rest: string): boolean {
  return rest !== '' && SERVICE_HEADS.some((head) => rest.endsWith(head) && rest.length >= head.length);
}

/** "heeft MS", "heeft ALS": in capitals in ordinary text, not in a line typed in capitals nor before a name ("MS Teams"). */
function isCapitalsTerm(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const next = tokens[k + 1];
  const before = tokens[k - 1];
  return (
    token.allCaps &&
    !(next !== undefined && next.type === 'word' && isCapitalised(next)) &&
    !(before !== undefined && before.type === 'word' && before.allCaps)
  );
}

function isAdmission(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (NOT_ADMISSION_BEFORE.has(tokens[j]!.key)) return false;
  }
  const next = tokens[k + 1];
  if (next?.key === 'met' || next?.key === 'als') return false;
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    const key = tokens[j]!.key;
    if (DOCUMENTS.has(key) || key.endsWith('plan') || key.endsWith('lijst') || key.endsWith('verslag'))
      return false;
    if (!DOCUMENT_FILLERS.has(key)) break;
  }
  return true;
}

function isAdmissionNoun(tokens: readonly Token[], k: number): boolean {
  if (ADMISSION_BEFORE.has(tokens[k - 1]?.key ?? '')) return true;
  for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
    const key = tokens[j]!.key;
    if (ADMISSION_PLACES.has(key) || DURATIONS.has(key)) return true;
  }
  return false;
}

/** "in behandeling bij de GGZ", "bekend bij de verslavingszorg", "loopt bij een psycholoog". */
function isTreatment(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.key !== 'bij') return false;
  if (tokens[k]!.key === 'behandeling' && tokens[k - 1]?.key !== 'in') return false;
  for (let j = k + 2; j < tokens.length && j <= k + 4; j++) {
    const key = tokens[j]!.key;
    // "bekend bij de GGZ als contactpersoon", "loopt bij de GGZ stage": working there.
    if (CARE_PROVIDERS.has(key) || key.startsWith('ggz')) return !AS_WORKER.has(tokens[j + 1]?.key ?? '');
    if (!PROVIDER_FILLERS.has(key)) return false;
  }
  return false;
}

/** "zit in de kliniek", "ligt in het ziekenhuis". */
function isStay(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (PROVIDER_FILLERS.has(tokens[j]?.key ?? '')) j--;
  return tokens[j]?.key === 'in' && STAY_VERBS.has(tokens[j - 1]?.key ?? '');
}

/** "Psychose Netwerk", "Autisme Centrum": a capitalised care word inside a name, not mid-sentence prose. */
function isPartOfProperName(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (!isCapitalised(token) || token.text === token.text.toUpperCase()) return false;
  const after = tokens[k + 1];
  const before = tokens[k - 1];
  return (
    (after !== undefined && isCapitalised(after) && !after.lineBefore) ||
    (before !== undefined && isCapitalised(before))
  );
}
