import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet } from './word-sets.ts';

/**
 * "Kwame vraagt of de chemo-vergoeding onder de aanvullende verzekering valt, algemene vraag voor een
 * folder": a question someone asks about care, which the writer calls a general one (batch 43-names).
 * The care terms of such a sentence are nobody's; a question without "algemeen" still counts ("Kwame
 * vraagt of zijn chemo vergoed wordt").
 */
const ASKING = wordSet('vraagt vroeg vragen wil wilde');
const ASKED_AFTER = wordSet('of hoe wat weten');
const GENERAL = wordSet('algemene algemeen');

// Every other word changes nothing below: one bit per word (asked of every sentence naming someone).
const isAskingOrGeneral = keyTest((key) => ASKING.has(key) || GENERAL.has(key));

/** The sentence asks about care and says the question is a general one. */
export function isGeneralQuestion(tokens: readonly Token[], sentence: Sentence): boolean {
  let asked = false;
  for (let k = sentence.from; k < sentence.to; k++) {
    if (!isAskingOrGeneral(tokens[k]!)) continue;
    const key = tokens[k]!.key;
    if (ASKING.has(key) && ASKED_AFTER.has(tokens[k + 1]?.key ?? '')) asked = true;
    else if (asked && GENERAL.has(key)) return true;
  }
  return false;
}
