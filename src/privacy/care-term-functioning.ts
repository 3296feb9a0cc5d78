import { HE_SHE } from './function-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * det-plain37: how a person functions said in plain words whose parts stand apart (asked from
 * isEverydayCare), as the fixed phrases of care-terms-functioning.ts cannot.
 *  - Not eating: "eet al dagen niet", "eet bijna niets meer", "dat ze weer niet eet", "heeft al dagen niet
 *    gegeten", "eet slecht de laatste tijd" (not "eet niet mee", "eet niet in de kantine", "eet niet zoveel
 *    vlees", "eet niks van de lunch": the clause goes on with what or where).
 *  - Things going badly with someone named: "het gaat niet goed met Daan", "gaat weer helemaal mis met
 *    hem", "dat het met Tjeerd niet goed gaat" (not "gaat niet goed met de planning", "met Teams": a first
 *    name the lexicon knows, a title or "hem"/"haar").
 *  - Asked whether someone eats or sleeps again: "slaapt Daan inmiddels weer een beetje?", "eet hij weer?"
 *    (not "eet Kees mee?", "slaapt Sem al?").
 */
const EAT_VERBS = wordSet('eet at aten eten gegeten');
const NOT_EATING = wordSet('niet niks niets nauwelijks amper weinig slecht');
const EAT_FILLERS = wordSet(`al weer nog steeds bijna vrijwel haast echt helemaal dagen weken de hele dag dag
  's avonds ochtends middags overdag thuis meer goed`);
const EAT_REACH = 5;
const CLAUSE_GOES_ON = wordSet('en maar want dus omdat sinds sindsdien volgens zegt zei toen nu');
const GOING = wordSet('gaat ging');
const BADLY = wordSet('slecht mis bergafwaarts achteruit beroerd');
const NOT_WELL = wordSet('goed lekker best');
const GOING_FILLERS = wordSet(`het weer echt helemaal nog steeds even al niet zo heel erg psychisch mentaal
  lichamelijk de laatste tijd`);
const GOING_REACH = 7;
const PERSON_WORDS = wordSet('hem haar meneer mevrouw mevr mw dhr');
const ASKED_VERBS = wordSet('eet slaapt');
const ASKED_SUBJECTS = HE_SHE;
const ASKED_FILLERS = wordSet("al weer alweer inmiddels een beetje wat beter goed nu genoeg 's nachts");
const ASKED_AGAIN = wordSet('weer alweer beter genoeg');
const ASKED_REACH = 6;

/** The words isFunctioningSaid may answer yes for. */
export const FUNCTIONING_TRIGGERS = wordSetOf([...EAT_VERBS, ...GOING, ...ASKED_VERBS]);

/** Whether the word at k says how a person functions in one of the ways above. */
export function isFunctioningSaid(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  if (ASKED_VERBS.has(key) && isAskedAgain(tokens, k)) return true;
  if (EAT_VERBS.has(key)) return isNotEatingAfter(tokens, k) || isNotEatingBefore(tokens, k);
  return GOING.has(key) && (isGoingBadlyWith(tokens, k) || isGoingBadlyAfterWith(tokens, k));
}

/**
 * The token at j ends the clause before it: none, a mark, a new line, or a word that opens the next clause
 * (care-phrase-match.ts asks it after a phrase that counts only at its clause's end).
 */
export function isClauseEnd(after: Token | undefined): boolean {
  return after === undefined || after.type === 'punct' || after.lineBefore || CLAUSE_GOES_ON.has(after.key);
}

function endsClause(tokens: readonly Token[], j: number): boolean {
  // "eet slecht de laatste tijd", "eet niks meer": a time or "meer" after it.
  if (tokens[j]?.key === 'de' && tokens[j + 1]?.key === 'laatste') return true;
  return tokens[j]?.key === 'meer' || isClauseEnd(tokens[j]);
}

/** "eet al dagen niet.", "eet bijna niets meer en": the verb, fillers, a word of not eating, the clause's end. */
function isNotEatingAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + EAT_REACH; j++) {
    const key = tokens[j]?.key ?? '';
    if (NOT_EATING.has(key)) {
      const after = tokens[j + 1]?.key === 'meer' || tokens[j + 1]?.key === 'nog' ? j + 2 : j + 1;
      return endsClause(tokens, after);
    }
    if (!EAT_FILLERS.has(key) || tokens[j]!.type !== 'word') return false;
  }
  return false;
}

/** "dat ze weer niet eet.", "heeft al dagen niks gegeten": the verb closing its clause, not eating before it. */
function isNotEatingBefore(tokens: readonly Token[], k: number): boolean {
  if (!endsClause(tokens, k + 1)) return false;
  for (let j = k - 1; j >= 0 && j >= k - EAT_REACH; j--) {
    const key = tokens[j]!.key;
    if (NOT_EATING.has(key)) return true;
    if (!EAT_FILLERS.has(key)) return false;
  }
  return false;
}

function isPersonAt(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  if (token === undefined || token.type !== 'word') return false;
  return (
    PERSON_WORDS.has(token.key) ||
    isKnownFirstName(token.key) ||
    (token.key === 'de' && tokens[j + 1]?.key === 'heer')
  );
}

/** The words from `from` to the one before `to` say going badly ("niet goed", "weer helemaal mis"). */
function saysBadly(tokens: readonly Token[], from: number, to: number): boolean {
  let badly = false;
  for (let j = from; j < to; j++) {
    const key = tokens[j]!.key;
    if (
      BADLY.has(key) ||
      (NOT_WELL.has(key) && tokens[j - 1]?.key === 'niet') ||
      (key === 'goed' && tokens[j - 2]?.key === 'niet')
    )
      badly = true;
    else if (!GOING_FILLERS.has(key) && !NOT_WELL.has(key)) return false;
  }
  return badly;
}

/** "(het) gaat niet goed met Daan", "ging weer helemaal mis met hem". */
function isGoingBadlyWith(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + GOING_REACH && j < tokens.length; j++) {
    if (tokens[j]!.key === 'met')
      return j > k + 1 && saysBadly(tokens, k + 1, j) && isPersonAt(tokens, j + 1);
    if (tokens[j]!.type !== 'word') return false;
  }
  return false;
}

/** "dat het met Tjeerd niet goed gaat": "met" and a person, going badly, the verb closing the clause. */
function isGoingBadlyAfterWith(tokens: readonly Token[], k: number): boolean {
  if (!endsClause(tokens, k + 1)) return false;
  for (let j = k - 1; j >= 1 && j >= k - GOING_REACH; j--) {
    if (isPersonAt(tokens, j) && tokens[j - 1]!.key === 'met')
      return j < k - 1 && saysBadly(tokens, j + 1, k);
    if (tokens[j]!.type !== 'word') return false;
  }
  return false;
}

/** "slaapt Daan weer een beetje?", "eet hij weer?": the verb, its subject, fillers with "weer", the question mark. */
function isAskedAgain(tokens: readonly Token[], k: number): boolean {
  const subject = tokens[k + 1];
  if (
    subject === undefined ||
    !(subject.capitalised || ASKED_SUBJECTS.has(subject.key) || isKnownFirstName(subject.key))
  )
    return false;
  let again = false;
  for (let j = k + 2; j <= k + 1 + ASKED_REACH; j++) {
    const token = tokens[j];
    if (token === undefined) return false;
    if (token.text === '?') return again;
    if (!ASKED_FILLERS.has(token.key)) return false;
    if (ASKED_AGAIN.has(token.key)) again = true;
  }
  return false;
}
