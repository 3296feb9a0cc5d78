import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet } from './word-sets.ts';

/**
 * "Kwame vraagt of de chemo-vergoeding onder de aanvullende verzekering valt, algemene vraag voor een
 * folder": a question someone asks about care, which the writer calls a general one (batch 43-names).
 * The care terms of such a sentence are nobody's; a question without "algemeen" still counts ("Kwame
 * vraagt of zijn chemo vergoed wordt"). det-vocab39: a question whether care "aan bod komt" (in a course, a
 * meeting) asks after a topic too: "Karin vroeg of uitvalsverschijnselen bij de cursus aan bod komen"; not with a
 * possessive ("of haar uitvalsverschijnselen aan bod komen").
 */
const ASKING = wordSet('vraagt vroeg vragen wil wilde');
const ASKED_AFTER = wordSet('of hoe wat weten');
const GENERAL = wordSet('algemene algemeen');
const POSSESSIVES = wordSet("haar zijn mijn m'n z'n d'r hun jouw je");

// Every other word changes nothing below: one bit per word (asked of every sentence naming someone).
const isAskingOrGeneral = keyTest(
  (key) => ASKING.has(key) || GENERAL.has(key) || POSSESSIVES.has(key) || key === 'bod',
);

/** The sentence asks about care and says the question is a general one. */
export function isGeneralQuestion(tokens: readonly Token[], sentence: Sentence): boolean {
  let asked = false;
  let owned = false;
  let topic = false;
  for (let k = sentence.from; k < sentence.to; k++) {
    if (!isAskingOrGeneral(tokens[k]!)) continue;
    const key = tokens[k]!.key;
    if (ASKING.has(key) && ASKED_AFTER.has(tokens[k + 1]?.key ?? '')) asked = true;
    else if (asked && GENERAL.has(key)) return true;
    else if (POSSESSIVES.has(key)) owned = true;
    else if (asked && key === 'bod' && tokens[k - 1]?.key === 'aan') topic = true;
  }
  return topic && !owned;
}
