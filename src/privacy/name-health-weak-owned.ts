import { isRecording } from './care-setting-admission.ts';
import { isBackFrom, isStayLength } from './care-term-everyday.ts';
import { isRegional } from './name-health-subordinate.ts';
import { isTreaterBrokenOff, type WeakKind } from './name-health-weak-words.ts';
import { HIS_HER_TYPED } from './possessives.ts';
import type { Token } from './tokens.ts';
import { isMachines, isRelapseFigure, isTreaterMet } from './weak-care-lookalikes.ts';
import { wordSet } from './word-sets.ts';

// Whether a weak care word ("opname", "kliniek", "terugval", "dosis", a treater) in a named person's clause is
// theirs: said of them (name-health-subject.ts asks, for the clause's subject).

// "thuis na 3 weken opname", "weer uit de kliniek", "belde vanuit de kliniek", "zit in de kliniek".
const PLACE_PREPOSITIONS = wordSet('na uit vanuit vanaf sinds tijdens in naar');
// "heeft een plek bij de RIBW gekregen": a place in care given to them.
const CARE_PLACE_NOUNS = wordSet('plek plekje plaats bed');
const PLACE_FILLERS = wordSet(
  'de het een 1 2 3 4 5 6 7 8 9 10 twee drie vier vijf zes dag dagen week weken maand maanden lange korte',
);
// "stond in de kliniek als verpleegkundige", "ging naar de kliniek voor een overleg": there for work.
const NOT_STAYING = wordSet('als voor om met');
const HAD_VERBS = wordSet('heeft had hebben krijgt kreeg kregen neemt nam');
const ARTICLES = wordSet('de het');
const OWNED_ARTICLES = wordSet('een geen');
const HAD_AFTER = wordSet('heeft had hebben');
const CLAUSE_ENDS = wordSet('en maar want dus sinds omdat');
const HAD_REACH = 5;
const VISIT_PREPOSITIONS = wordSet('bij naar langs van');
const VISIT_FILLERS = wordSet("de het een zijn haar z'n d'r eigen");
const NOT_VISITING = wordSet('van over om als');
// "maakt zich zorgen over een terugval": the subject's worry, no topic.
export const WORRIES = wordSet('zorgen bang');
const WORRY_PREPOSITIONS = wordSet('over voor');

/** Whether the weak word at k is said of the subject, whose clause starts at `from`. */
export function isTheirs(tokens: readonly Token[], k: number, kind: WeakKind, from: number): boolean {
  const before = tokens[k - 1]!.key;
  if (kind === 'overload') return !isMachines(tokens, k + 1);
  // "heeft nu een lagere dosis en ...": a dose ending its clause (not "een flinke dosis humor").
  if (kind === 'dose' && !isClauseEnd(tokens[k + 1])) return false;
  if (kind === 'admission' && isRecording(tokens, k)) return false;
  // "maakt zich zorgen over een terugval", "is bang voor een nieuwe opname".
  const worry = WORRY_PREPOSITIONS.has(tokens[k - 2]?.key ?? '') ? k - 3 : k - 2;
  if (WORRIES.has(tokens[worry]?.key ?? '') && worry >= from && kind !== 'treater') return true;
  // "een terugval in het aantal aanmeldingen": a figure; "is teruggevallen": the subject relapsed.
  if (kind === 'relapse' || kind === 'relapsed') {
    if (isRelapseFigure(tokens, k)) return false;
    if (kind === 'relapsed') return true;
  }
  if (kind === 'treater' && isTreaterBrokenOff(tokens, k, from))
    return !NOT_VISITING.has(tokens[k + 1]?.key ?? '');
  if (kind === 'treater' && !NOT_VISITING.has(tokens[k + 1]?.key ?? '')) {
    const preposition = VISIT_FILLERS.has(tokens[k - 1]!.key) ? k - 2 : k - 1;
    if (preposition >= from && VISIT_PREPOSITIONS.has(tokens[preposition]!.key)) return true;
  }
  if (HIS_HER_TYPED.has(before) && k - 1 >= from) return true;
  // "dr. Brink: Maaike opname 2-3 wk.": the admission right after the name of a note.
  if (kind === 'admission' && k === from) return true;
  if (kind === 'admission' || kind === 'clinic') {
    if (NOT_STAYING.has(tokens[k + 1]?.key ?? '') && !isStayLength(tokens, k + 1)) return false;
    let j = k - 1;
    while (j > from && (PLACE_FILLERS.has(tokens[j]!.key) || isRegional(tokens[j]!)) && j >= k - 3) j--;
    const back = isBackFrom(tokens, j, k);
    const placed = tokens[j]!.key === 'bij' && CARE_PLACE_NOUNS.has(tokens[j - 1]?.key ?? '');
    if (j >= from && j < k - 1 && (PLACE_PREPOSITIONS.has(tokens[j]!.key) || back || placed)) return true;
    if (kind === 'clinic') return false;
  }
  if (kind === 'treater' && isTreaterMet(tokens, k)) return false;
  // "kreeg een depot vol dozen": a bare depot is the subject's only with a possessive.
  if (tokens[k]!.key === 'depot') return false;
  // "dat ze geen terugval heeft gehad": a subordinate clause, the verb of having after the word.
  if (isHadAfter(tokens, k)) return true;
  // "heeft nu eindelijk een goeie psycholoog", "had een terugval", "neemt zijn depot" (not "heeft de
  // psycholoog gebeld": a professional met); held-out 21: "heeft geen opname gehad".
  let owned = false;
  for (let j = k - 1; j >= from && j >= k - HAD_REACH; j--) {
    const key = tokens[j]!.key;
    if (HAD_VERBS.has(key)) return owned;
    if (tokens[j]!.type !== 'word' || ARTICLES.has(key)) return false;
    owned ||= OWNED_ARTICLES.has(key);
  }
  return false;
}

/** "geen terugval heeft gehad", "een opname had,": "een"/"geen" before the word, the verb of having after it. */
function isHadAfter(tokens: readonly Token[], k: number): boolean {
  if (!OWNED_ARTICLES.has(tokens[k - 1]?.key ?? '') || !HAD_AFTER.has(tokens[k + 1]?.key ?? '')) return false;
  return isClauseEnd(tokens[k + 2]) || tokens[k + 2]?.key === 'gehad';
}

function isClauseEnd(token: Token | undefined): boolean {
  return token === undefined || token.type === 'punct' || CLAUSE_ENDS.has(token.key);
}
