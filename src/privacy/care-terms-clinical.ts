import { wordSet } from './word-sets.ts';

/**
 * Clinical jargon of GGZ reports and observations (held-out 37, det-37b): psychopathology as a
 * psychiatrist or SPV writes it ("toenemende negatieve symptomen, vlakke affect en initiatiefverlies").
 * Said of a named client it is a care detail; a talk, training or question about the words stays clean by
 * the rules that keep every care term so (topic words such as "over", "aan bod", group words).
 * Maintained here, spread into the lexicon's lists by care-terms-lexicon.ts.
 */

/** Whole words. */
export const CLINICAL_EXACT: readonly string[] = [
  ...wordSet(`initiatiefverlies anhedonie avolitie alogie affectvervlakking gedachtevlucht gedachtenvlucht
    ziektebesef akathisie prodroom prodromaal prodromale
    psychomotoriek ontremming exposure-oefeningen exposureoefeningen
    euthym euthyme eutiem eutieme dysfoor dysfore`),
];

/** Fixed phrases, folded and split into words. */
export const CLINICAL_PHRASES: readonly string[] = [
  'negatieve symptomen',
  'positieve symptomen',
  'psychotische symptomen',
  'depressieve symptomen',
  'manische symptomen',
  'vlakke affect',
  'vlak affect',
  'afgevlakt affect',
  'afgevlakte affect',
  'inadequaat affect',
  'labiel affect',
  'formele denkstoornis',
  'formele denkstoornissen',
  'inhoudelijke denkstoornissen',
  'psychomotore onrust',
  'psychomotorische onrust',
  'psychomotore remming',
  'psychomotorisch geremd',
  'depressieve episode',
  'manische episode',
  'hypomane episode',
  'psychotische episode',
  'psychotische decompensatie',
  'suicidale gedachten',
  'suicidale uitingen',
  'tardieve dyskinesie',
  'extrapiramidale bijwerkingen',
  // "na 3 maanden bij het Ambulant Team is ze weer stabiel": a person's mental state settled again.
  ...['is ze', 'is hij', 'is zij', 'ze is', 'hij is', 'zij is'].map((said) => `${said} weer stabiel`),
  'intake alcohol',
  'intake verslaving',
  'intake drugs',
  'exposure oefeningen',
  // A mental state as a note writes it, the finding after its field (batch 56): "stemming somber, affect vlak".
  ...['somber', 'bedrukt', 'depressief', 'dysfoor', 'labiel', 'verhoogd', 'angstig'].map(
    (s) => `stemming ${s}`,
  ),
  ...['vlak', 'afgevlakt', 'labiel', 'inadequaat'].map((s) => `affect ${s}`),
  // An eponymous diagnosis whose words read as a name: "tics + Gilles de la Tourette".
  'gilles de la tourette',
];
