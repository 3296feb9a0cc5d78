import { wordSet } from './word-sets.ts';

/**
 * English care words of mixed English-Dutch messages (batch 42-names: "Ahmed started on methylphenidate",
 * "She's been in the ziekenhuis ... with a kidney infection"), spread into the lists of
 * care-terms-lexicon.ts. Folded, as the other lists; English words that are Dutch care words already
 * ("rehab", "PTSD", "depression", "admitted to hospital") are in those lists. Being on sick leave is no
 * health detail, as "ziekgemeld" is none.
 */

/** Stems: a word that starts with one counts ("methylphenidate", "dexamphetamine"). */
export const ENGLISH_STEMS: readonly string[] = [
  // det-nh (batch 63): complex PTSD as the English notes write it ("because of his CPTSD").
  ...wordSet('methylphenid dexamphet lisdexamphet antidepressant cptsd c-ptsd'),
];

/** Whole words only: "meds", and an infection ("a kidney infection", "chest infections"). */
export const ENGLISH_EXACT: readonly string[] = [...wordSet('meds infection infections')];

/**
 * Fixed phrases: a stay in hospital (not "works in the hospital kitchen"). Not "had a stroke": "a stroke of
 * luck" would count; "CVA" and "beroerte" are the words care notes use.
 */
export const ENGLISH_PHRASES: readonly string[] = [
  'been in hospital',
  'been in the hospital',
  'still in hospital',
  'still in the hospital',
  // det-nh (batch 63): a disorder, voices and a breakdown in English notes ("her panic disorder", "the voices
  // are back", "a drinking problem"; not "a breakdown" alone: "the car had a breakdown").
  'panic disorder',
  'voices are back',
  'voices are getting worse',
  'nervous breakdown',
  'mental breakdown',
  // Someone's own problem only ("has a drinking problem", "her drug problem"; not "the drug problem in the region").
  ...['has a', 'had a', 'his', 'her'].flatMap((own) =>
    ['drinking', 'alcohol', 'drug', 'gambling'].map((what) => `${own} ${what} problem`),
  ),
];
