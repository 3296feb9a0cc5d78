import { isOwnedProgramme, isProgrammeBrokenOff } from './care-programme-compounds.ts';
import { isAdmission, isAdmissionNoun } from './care-setting-admission.ts';
import { isInProgramme, isProgrammeWord, isTreatedBy } from './care-setting-context.ts';
import { isProviderReturnNoted } from './care-setting-list-note.ts';
import { isListedService } from './care-setting-listed.ts';
import { isTreatmentSaid } from './care-setting-provider-stay.ts';
import { isCareAtHome } from './care-setting-visits.ts';
import { isProgrammeStep, isWaitlistSaid } from './care-setting-waitlist.ts';
import { MOOD_NOT_AFTER } from './care-term-behaviour-words.ts';
import { isCapitalsTerm } from './care-term-capitals.ts';
import { isClientNoteItem } from './care-term-client-item.ts';
import { isConfused } from './care-term-confused.ts';
import {
  hearsVoices,
  isJoinedTerm,
  isProblemDrinking,
  isRelapse,
  isSleepless,
  isSober,
  isSubstanceUse,
} from './care-term-context.ts';
import { isPersonalCrisis } from './care-term-crisis.ts';
import { isIndicatedCare } from './care-term-indications.ts';
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
  POSSESSED_TERMS,
} from './care-term-jargon.ts';
import { PLAIN } from './care-term-plain.ts';
import type { Token } from './tokens.ts';

/*
 * The rules of the care lexicon (care-terms.ts): when a word under a rule counts, by the words around it.
 */

/**
 * Which rule of matchAt a word falls under once no phrase starting with it matched. "place": a care
 * place ("kliniek"), where a stay counts and otherwise the word may still be a term; "term": an exact
 * word or a word with a care stem.
 */
export type Rule =
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

/**
 * Whether a word under a rule counts as a care term in its sentence, by the words around tokens[k].
 * "place" and "term" are not here: a care place counts with a stay and may otherwise still be a term,
 * which matchAt checks after.
 */
export const RULE_TESTS: Record<
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
    isSubstanceUse(tokens, k) ||
    isPossessed(tokens, k) ||
    isMine(tokens, k) ||
    isTakenUp(tokens, k) ||
    isClientNoteItem(tokens, k),
  programme: (tokens, k) =>
    (isProgrammeWord(tokens[k]!.key) && isInProgramme(tokens, k)) ||
    isTreatedBy(tokens, k) ||
    isProviderReturnNoted(tokens, k) ||
    isCareAtHome(tokens, k) ||
    isListedService(tokens, k) ||
    isProgrammeStep(tokens, k) ||
    isProgrammeBrokenOff(tokens, k) ||
    isOwnedProgramme(tokens, k) ||
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
