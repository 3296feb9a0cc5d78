import {
  ADMISSION_BEFORE,
  ADMISSION_HAD_BEFORE,
  ADMISSION_ORDINALS,
  ADMISSION_PLACES,
  AS_WORKER,
  CARE_PLACES,
  CARE_PROGRAMMES,
  CARE_PROVIDERS,
  COMPLAINT_NOT_AFTER,
  COMPOUND_HEADS,
  CRISIS_AFTER,
  CRISIS_BEFORE,
  DISCHARGE_AFTER,
  DISCHARGE_BEFORE,
  DOCUMENT_FILLERS,
  DOCUMENTS,
  DRINK_AMOUNTS,
  DRINK_CLAUSE_ENDS,
  DRINK_VERBS,
  DURATIONS,
  EXACT,
  EXACT_CAPITALS,
  HEALTH_PARTS,
  HEAR_VERBS,
  JOINED_TERMS,
  MEETINGS,
  MOOD_BEFORE,
  MOOD_NOT_AFTER,
  NAME_PARTICLES,
  NOT_ADMISSION_BEFORE,
  NOT_CARE_HANDLERS,
  NOT_TREATMENTS,
  NOT_USE_AFTER,
  PHRASES,
  PROBLEM_HEADS,
  PROGRAMME_ADJECTIVES,
  PROVIDER_FILLERS,
  RECORDING_AFTER,
  RECORDING_VERBS,
  REFERRAL_VERBS,
  RETURN_BEFORE,
  SERVICE_HEADS,
  SERVICES_APART,
  SLEEP_NOT_AFTER,
  SLEEP_VERBS,
  SLEEP_WINDOW,
  SLEEP_WORDS,
  STAY_FILLERS,
  STAY_VERBS,
  STEMS,
  SUBSTANCES,
  TREATMENT_NOUNS,
  TREATMENT_VERBS,
  TREATMENT_WINDOW,
  UNDER_CARE_VERBS,
  UNDER_CARE_WORDS,
  USE_VERBS,
  USE_WINDOW,
  VOICE_FILLERS,
  WAITLIST_FOR,
} from './care-term-words.ts';
import { FIRST_NAMES } from './first-names.ts';
import { isCapitalised, isGlued, type Token, tokenize } from './tokens.ts';
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
    DRINK_VERBS,
    SUBSTANCES,
    CARE_PROGRAMMES,
    CARE_PROVIDERS,
    JOINED_TERMS,
    SLEEP_VERBS,
    ['opgenomen', 'opname', 'terugval', 'crisis', 'snijden', 'wachtlijst'],
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
      if (kind === NO_KIND) return 0;
      // "bij de GGZ": an organisation's name, and a care provider after a treatment verb.
      if (isOrganisation(k)) return kind.rule === 'programme' && isTreatedBy(tokens, k) ? 1 : 0;
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
        case 'drink':
          return isProblemDrinking(tokens, k) ? 1 : 0;
        case 'substance':
          return isSubstanceUse(tokens, k) ? 1 : 0;
        case 'programme':
          return (isProgrammeWord(token.key) && isInProgramme(tokens, k)) || isTreatedBy(tokens, k) ? 1 : 0;
        case 'joined':
          return isJoinedTerm(tokens, k) ? 1 : 0;
        case 'sleep':
          return isSleepless(tokens, k) ? 1 : 0;
        case 'voices':
          return hearsVoices(tokens, k) ? 1 : 0;
        case 'crisis':
          return isPersonalCrisis(tokens, k) ? 1 : 0;
        case 'cutting':
          // "is weer aan het snijden" (not "snijden in de begroting").
          return tokens[k - 1]?.key === 'het' &&
            tokens[k - 2]?.key === 'aan' &&
            !MOOD_NOT_AFTER.has(tokens[k + 1]?.key ?? '')
            ? 1
            : 0;
        case 'waitlist':
          return isCareWaitlist(tokens, k) ? 1 : 0;
        case 'relapse':
          // "een terugval in aanmeldingen" is a figure, not a person's relapse.
          return tokens[k + 1]?.key === 'in' ? 0 : 1;
      }
      if (kind.rule === 'place' && isStay(tokens, k)) return 1;
      if (!kind.term) return 0;
      if (token.key === 'blind' && isBlindHiring(tokens[k + 1])) return 0;
      // "burn-out preventie", "autisme team": a service written apart, as "burn-outpreventie" is one.
      if (isServiceAfter(tokens[k + 1])) return 0;
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
  | 'term';

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
  else if (key === 'wachtlijst') rule = 'waitlist';
  else if (key === 'opname') rule = 'admission-noun';
  else if (UNDER_CARE_WORDS.has(key)) rule = 'treatment';
  else if (CARE_PLACES.has(key) || (key.length > 7 && key.endsWith('kliniek'))) rule = 'place';
  else if (EXACT_CAPITALS.has(key)) rule = 'capitals';
  else if (DRINK_VERBS.has(key)) rule = 'drink';
  else if (SUBSTANCES.has(key)) rule = 'substance';
  else if (JOINED_TERMS.has(key)) rule = 'joined';
  else if (key === 'terugval') rule = 'relapse';
  else if (SLEEP_VERBS.has(key)) rule = 'sleep';
  else if (key === 'stemmen') rule = 'voices';
  else if (key === 'crisis') rule = 'crisis';
  else if (key === 'snijden') rule = 'cutting';
  else rule = 'term';
  const term = (rule === 'term' || rule === 'place') && (exact.has(key) || hasCareStem(key));
  if (rule === 'term' && !term) rule = isProgrammeWord(key) || isProvider(key) ? 'programme' : 'none';
  if (phrases === undefined && rule === 'none') return NO_KIND;
  return { phrases, rule, term };
}

/** "fact-traject", "f-act", "epa-team": a care programme, or its part before a hyphen. */
function isProgrammeWord(key: string): boolean {
  if (CARE_PROGRAMMES.has(key)) return true;
  const hyphen = key.lastIndexOf('-');
  return (
    hyphen > 0 &&
    (CARE_PROGRAMMES.has(key.slice(0, hyphen)) || CARE_PROGRAMMES.has(key.slice(0, key.indexOf('-'))))
  );
}

/** "GGZ", "basis-GGZ", "psycholoog": a care provider. */
function isProvider(key: string): boolean {
  return CARE_PROVIDERS.has(key) || key === 'ggz' || key.endsWith('-ggz');
}

function isServiceAfter(next: Token | undefined): boolean {
  return next !== undefined && next.type === 'word' && !next.capitalised && SERVICES_APART.has(next.key);
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
  // "coöperatie" (folded "cooperatie") holds "operatie" but is a company form.
  if (key.length < 8 || key.startsWith('cooperat')) return false;
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
// Kept per start: the length of the shortest stem that starts so (0: none), so that "nee", "acht" or
// "delen" (shorter than "neerslachtig", "achterdocht", "delier") need no lookup either.
const STEM_STARTS = new Uint8Array(32 * 32 * 32);
for (const stem of STEMS) {
  if (stem.length < 3) throw new Error(`care stem shorter than three letters: ${stem}`);
  const start = startOf(stem);
  const shortest = STEM_STARTS[start]!;
  STEM_STARTS[start] = shortest === 0 ? Math.min(stem.length, 255) : Math.min(shortest, stem.length);
}

function startOf(word: string): number {
  return ((word.charCodeAt(0) & 31) << 10) | ((word.charCodeAt(1) & 31) << 5) | (word.charCodeAt(2) & 31);
}

/** False when no stem can be a prefix of `key`. */
function mayStartStem(key: string): boolean {
  if (key.length < 3) return false;
  const shortest = STEM_STARTS[startOf(key)]!;
  return shortest !== 0 && key.length >= shortest;
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
  const before = tokens[k - 1];
  if (ADMISSION_BEFORE.has(before?.key ?? '')) return true;
  // "Roels opname", "Ahmed's opname": a first name's genitive.
  if (before !== undefined && isCapitalised(before) && isNameGenitive(before.key)) return true;
  // "heeft een opname achter de rug".
  if (tokens[k + 1]?.key === 'achter' && tokens[k + 3]?.key === 'rug') return true;
  // "heeft weer een opname gehad", "had een opname", "3e opname", "derde opname".
  if (before?.key === 'een' && ADMISSION_HAD_BEFORE.has(tokens[k - 2]?.key ?? '') && !isRecording(tokens, k))
    return true;
  if (before?.key === 'een' && tokens[k + 1]?.key === 'gehad' && !isRecording(tokens, k + 1)) return true;
  if (before !== undefined && (ADMISSION_ORDINALS.has(before.key) || isNumberedOrdinal(tokens, k - 1)))
    return true;
  for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
    const key = tokens[j]!.key;
    if (ADMISSION_PLACES.has(key) || DURATIONS.has(key)) return true;
  }
  return false;
}

/** "een opname van de bijeenkomst", "een opname gemaakt": a recording, not an admission. */
function isRecording(tokens: readonly Token[], k: number): boolean {
  if (RECORDING_AFTER.has(tokens[k + 1]?.key ?? '')) return true;
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
    if (RECORDING_VERBS.has(tokens[j]!.key)) return true;
  }
  return false;
}

/** "3e", "2de": a number with an ordinal ending, written together or apart. */
function isNumberedOrdinal(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!;
  if (token.type === 'number') return false;
  if (/^[2-9](?:e|de|ste)$/.test(token.key)) return true;
  return (
    (token.key === 'e' || token.key === 'de') &&
    tokens[j - 1]?.type === 'number' &&
    isGlued(tokens[j - 1]!, token)
  );
}

/** "in behandeling bij de GGZ", "bekend bij de verslavingszorg", "loopt bij een psycholoog". */
function isTreatment(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.key === 'behandeling' && tokens[k - 1]?.key === 'in' && isUnderCareOf(tokens, k - 2))
    return true;
  if (tokens[k + 1]?.key !== 'bij') return false;
  if (tokens[k]!.key === 'behandeling' && tokens[k - 1]?.key !== 'in') return false;
  // "wacht op een intake bij de GGZ" (not "doet morgen de intake bij de GGZ": a worker's).
  if (tokens[k]!.key === 'intake' && tokens[k - 1]?.key !== 'een') return false;
  for (let j = k + 2; j < tokens.length && j <= k + 4; j++) {
    const key = tokens[j]!.key;
    // "bekend bij de GGZ als contactpersoon", "loopt bij de GGZ stage": working there.
    if (CARE_PROVIDERS.has(key) || key.startsWith('ggz')) return !AS_WORKER.has(tokens[j + 1]?.key ?? '');
    if (!PROVIDER_FILLERS.has(key)) return false;
  }
  return false;
}

/**
 * "is bij GGNet in behandeling", "zit sinds kort bij de Jellinek in behandeling": walking back from
 * `j` (the word before "in behandeling") over a provider's name of at most three words to "bij", and
 * a verb of being before it (a time between).
 */
function isUnderCareOf(tokens: readonly Token[], j: number): boolean {
  let v = j;
  for (; v >= 0 && v >= j - 3; v--) {
    const token = tokens[v]!;
    if (token.key === 'bij') break;
    if (token.type !== 'word' || NOT_CARE_HANDLERS.has(token.key)) return false;
    if (!isCapitalised(token) && !PROVIDER_FILLERS.has(token.key) && !isProvider(token.key)) return false;
  }
  if (v === j || tokens[v]?.key !== 'bij') return false;
  for (let u = v - 1; u >= 0 && u >= v - 3; u--) {
    const key = tokens[u]!.key;
    if (UNDER_CARE_VERBS.has(key)) return true;
    if (!STAY_FILLERS.has(key) && key !== 'kort') return false;
  }
  return false;
}

/** "staat op de wachtlijst voor FACT", "de wachtlijst voor behandeling bij Mediant" (not "voor beschut werk"). */
function isCareWaitlist(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.key !== 'voor') return false;
  for (let j = k + 2; j < tokens.length && j <= k + 4; j++) {
    const key = tokens[j]!.key;
    if (WAITLIST_FOR.has(key) || isProvider(key) || hasCareStem(key)) return true;
    if (!PROVIDER_FILLERS.has(key)) return false;
  }
  return false;
}

/**
 * "zit in de kliniek", "ligt in het ziekenhuis", also with a time between ("zit sinds juni in een
 * kliniek"), not as a worker ("zit in de kliniek als ..."); a discharge: "komt net uit de kliniek",
 * "is uit het ziekenhuis ontslagen".
 */
function isStay(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (PROVIDER_FILLERS.has(tokens[j]?.key ?? '')) j--;
  const key = tokens[j]?.key;
  if (key === 'uit')
    return DISCHARGE_BEFORE.has(tokens[j - 1]?.key ?? '') || DISCHARGE_AFTER.has(tokens[k + 1]?.key ?? '');
  // "ging terug naar de kliniek", "moet weer naar het ziekenhuis".
  if (key === 'naar') return RETURN_BEFORE.has(tokens[j - 1]?.key ?? '') && !isMeeting(tokens, k + 1);
  if (key !== 'in' || AS_WORKER.has(tokens[k + 1]?.key ?? '') || isMeeting(tokens, k + 1)) return false;
  for (let v = j - 1; v >= 0 && v >= j - 5; v--) {
    const verb = tokens[v]!;
    if (STAY_VERBS.has(verb.key)) return true;
    if (verb.type !== 'number' && !STAY_FILLERS.has(verb.key)) return false;
  }
  return false;
}

/**
 * "zit in een FACT-traject", "sven zit in het ACT-team", "zit Thijs van Beek in de ambulante
 * woonbegeleiding", "in het EPA-team zit": a stay verb with "in" before the programme (a time or the
 * person's name between them), not as a worker ("zit in het FACT-team als jobcoach").
 */
function isInProgramme(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  if ((key === 'act' || key === 'fact') && !tokens[k]!.allCaps) return false;
  let j = k - 1;
  if (PROGRAMME_ADJECTIVES.has(tokens[j]?.key ?? '')) j--;
  if (PROVIDER_FILLERS.has(tokens[j]?.key ?? '')) j--;
  if (tokens[j]?.key !== 'in' || AS_WORKER.has(tokens[k + 1]?.key ?? '') || isMeeting(tokens, k + 1))
    return false;
  if (STAY_VERBS.has(tokens[k + 1]?.key ?? '')) return true;
  for (let v = j - 1; v >= 0 && v >= j - 5; v--) {
    const verb = tokens[v]!;
    if (STAY_VERBS.has(verb.key)) return true;
    if (
      verb.type !== 'number' &&
      !STAY_FILLERS.has(verb.key) &&
      !verb.capitalised &&
      !NAME_PARTICLES.has(verb.key)
    )
      return false;
  }
  return false;
}

/**
 * "volgt een mindfulness-training bij de GGZ", "krijgt therapie bij een psycholoog": "bij" a provider
 * with a treatment verb a few words before it (no mark between); not "werkt bij de GGZ". Also a
 * referral: "doorverwezen naar de verslavingszorg".
 */
function isTreatedBy(tokens: readonly Token[], k: number): boolean {
  if (!isProvider(tokens[k]!.key)) return false;
  let j = k - 1;
  if (PROVIDER_FILLERS.has(tokens[j]?.key ?? '')) j--;
  // "krijgt begeleiding van een psycholoog": "van" only after a word for care.
  const by = tokens[j]?.key;
  // "is doorverwezen naar de verslavingszorg", "verwezen naar een psycholoog": a referral.
  if (by === 'naar')
    return REFERRAL_VERBS.has(tokens[j - 1]?.key ?? '') && !AS_WORKER.has(tokens[k + 1]?.key ?? '');
  if ((by !== 'bij' && by !== 'van') || AS_WORKER.has(tokens[k + 1]?.key ?? '')) return false;
  let care = by === 'bij';
  for (let v = j - 1; v >= 0 && v >= j - TREATMENT_WINDOW; v--) {
    const token = tokens[v]!;
    care ||= TREATMENT_NOUNS.has(token.key);
    if (TREATMENT_VERBS.has(token.key)) return care;
    if (token.type === 'punct' || NOT_TREATMENTS.has(token.key) || MEETINGS.has(token.key)) return false;
  }
  return false;
}

// Moods said of someone after "is", "voelt zich" ("is erg angstig", "was heel verward").
const MOODS = new Set(['somber', 'angstig', 'verward']);

function isNameGenitive(key: string): boolean {
  if (key.endsWith("'s")) return FIRST_NAMES.has(key.slice(0, -2));
  return key.endsWith('s') && FIRST_NAMES.has(key.slice(0, -1));
}

/** "slaapt al drie nachten niet", "sliep slecht" (not "slaapt er niet wakker van"). */
function isSleepless(tokens: readonly Token[], k: number): boolean {
  let found = false;
  for (let j = k + 1; j < tokens.length && j <= k + SLEEP_WINDOW + 2; j++) {
    const token = tokens[j]!;
    if (token.type === 'punct') break;
    // "daar slaapt hij niet wakker van", "slaapt er niet van": worry, not sleeplessness; "slaapt slecht
    // door de verbouwing", "van de deadline": a cause outside the person.
    if (SLEEP_NOT_AFTER.has(token.key)) return false;
    if (j <= k + SLEEP_WINDOW && SLEEP_WORDS.has(token.key)) found = true;
  }
  return found;
}

/** "ik hoor weer die stemmen", "hoorde soms stemmen": a verb of hearing a few fillers before "stemmen". */
function hearsVoices(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const key = tokens[j]!.key;
    if (HEAR_VERBS.has(key)) return true;
    if (!VOICE_FILLERS.has(key)) return false;
  }
  return false;
}

/** "zij is opnieuw in crisis geraakt", "raakte in een crisis" (not "de sector is in crisis"). */
function isPersonalCrisis(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (tokens[j]?.key === 'een') j--;
  if (tokens[j]?.key !== 'in') return false;
  if (CRISIS_AFTER.has(tokens[k + 1]?.key ?? '') || CRISIS_AFTER.has(tokens[k + 2]?.key ?? '')) return true;
  for (let v = j - 1; v >= 0 && v >= j - 3; v--) {
    if (CRISIS_BEFORE.has(tokens[v]!.key)) return true;
  }
  return false;
}

/**
 * "angst/paniek", "depressie/angst", "Erik (angst) wil": joined by a glued slash, alone in brackets, or
 * after "last van".
 */
function isJoinedTerm(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  // "is heel somber", "voelt zich somber de laatste tijd" (not "somber over de cijfers").
  if (
    MOODS.has(token.key) &&
    (MOOD_BEFORE.has(before?.key ?? '') ||
      (before?.key === 'zich' && MOOD_BEFORE.has(tokens[k - 2]?.key ?? ''))) &&
    !MOOD_NOT_AFTER.has(after?.key ?? '')
  )
    return true;
  // "heeft last van somberheid", "had last van angst en paniek": a complaint of someone.
  // Not "last van somberheid over de bezuinigingen": a mood about something.
  if (before?.key === 'van' && tokens[k - 2]?.key === 'last')
    return !COMPLAINT_NOT_AFTER.has(after?.key ?? '');
  if (after?.text === '/' && isGlued(token, after)) return true;
  if (before?.text === '/' && isGlued(before, token)) return true;
  return before?.text === '(' && after?.text === ')';
}

/** "voor een overleg", "voor de werkgroep" after the place. */
function isMeeting(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.key !== 'voor') return false;
  const next = tokens[j + 1]?.key ?? '';
  return MEETINGS.has(PROVIDER_FILLERS.has(next) ? (tokens[j + 2]?.key ?? '') : next);
}

/** "drinkt weer", "dronk te veel": at the end of the clause ("drinkt weer koffie" is none). */
function isProblemDrinking(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  if (tokens[j]?.key === 'te' && tokens[j + 1]?.key === 'veel') j++;
  else if (!DRINK_AMOUNTS.has(tokens[j]?.key ?? '')) return false;
  const after = tokens[j + 1];
  return (
    after === undefined ||
    after.type === 'punct' ||
    after.key === 'alcohol' ||
    DRINK_CLAUSE_ENDS.has(after.key)
  );
}

/**
 * "gebruikt weer cannabis", "Gebruikt Lisa nog speed?", "dagelijks lachgas gebruikt", "zit weer aan de
 * coke", "krijgt een depot": a verb of using within a few words before the substance (no mark between),
 * right after it, or "aan de" before it.
 */
function isSubstanceUse(tokens: readonly Token[], k: number): boolean {
  if (NOT_USE_AFTER.has(tokens[k + 1]?.key ?? '')) return false;
  if (USE_VERBS.has(tokens[k + 1]?.key ?? '')) return true;
  if (tokens[k - 2]?.key === 'aan' && PROVIDER_FILLERS.has(tokens[k - 1]?.key ?? '')) return true;
  for (let j = k - 1; j >= 0 && j >= k - USE_WINDOW; j--) {
    const token = tokens[j]!;
    if (USE_VERBS.has(token.key)) return true;
    if (token.type === 'punct') return false;
  }
  return false;
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
