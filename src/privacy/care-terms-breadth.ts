import { wordSet } from './word-sets.ts';

/**
 * det-lexicon36: a breadth pass over the care vocabulary, family by family, from knowledge of Dutch care and
 * medicine (no corpus line): each word was probed against the lexicon ("Sanne heeft ...", "Sanne is sinds
 * maart ...") and only the missing ones are here. Spread into the families' lists (care-terms-families.ts).
 * Left out on purpose: ordinary-word homographs ("nipt", "uitgerekend", "ingeleid", "prematuur",
 * "sterilisatie", "beenmerg", "hechting", "lijntje", "spice", "tina"), everyday ailments said of anyone
 * ("verkouden", "spierpijn", "doodmoe"), drunkenness (its rule: care-term-intoxicated.ts) and the sick-leave
 * process (bedrijfsarts, arbo-arts: care-term-indications.ts).
 */

/** Stems: every word that starts so is the condition, the symptom, the medicine or the treatment. */
export const BREADTH_STEMS: readonly string[] = [
  // Psychiatric conditions and states by their own name.
  ...wordSet(`misofonie misbruikverleden rouwklacht zwaarmoedig stemmingsschommeling woedeuitbarsting
    woede-uitbarsting zelfhaat kraamtranen`),
  // Symptoms in plain words.
  ...wordSet('nachtzweten krachtsverlies gehoorverlies sinusitis'),
  // Somatic conditions, injuries and surgery.
  ...wordSet(`nekhernia rughernia lumbago scoliose sclerodermie divertikulitis divertikel bariatrisch
    basaalcelcarcinoom gemetastas borstreconstructie kneuzing acetylsalicylzuur`),
  // Addiction: a synthetic drug, injecting, a drunkard.
  ...wordSet('flakka naaldgebruik zuiplap'),
  // Treatments: biofeedback, haptonomy, electroshock.
  ...wordSet('biofeedback haptonomie elektroshock'),
  // Disability: a guide dog.
  ...wordSet('geleidehond'),
  // Pregnancy, birth and fertility.
  ...wordSet(`termijnecho bekkeninstabiliteit keizersnee stuitligging curettage abortuspil eiceldonatie
    morning-afterpil anticonceptiepil prikpil`),
  // Death and suicide: guiding the dying.
  ...wordSet('stervensbegeleiding'),
  // English: an overdose as a verb ("she overdosed").
  ...wordSet('overdosed'),
];

/** Whole words only: a stem would catch ordinary words ("koortsachtig overleg", "fobische" is fine, "fobie"). */
export const BREADTH_EXACT: readonly string[] = [
  ...wordSet(`fobisch fobische koorts koortsig tintelingen dubbelzien vermagerd uitgemergeld mitella
    donornier myoom myomen fractuur craving abstinent onvruchtbaarheid 3-mmc 4-mmc 2c-b`),
  // Medicines by brand or generic name the lists lacked (pain, stomach, epilepsy, diabetes, allergy, heart,
  // addiction, contraception).
  ...wordSet(`orfiril tramal neurontin glucophage losec pantozol zolmitriptan inderal emconcor vivitrol sublocade
    cetirizine loratadine xyzal hydrocortison hydrocortisone nurofen advil voltaren ascal mirena clozaril`),
];

/** Only in capitals: "krijgt IHBT", "heeft PCOS", "de baby ligt op de NICU". */
export const BREADTH_CAPITALS: readonly string[] = [
  ...wordSet('ihbt fnd pnes sle pcos hpv nicu iui emb gbl lsd'),
];

/** Providers of forensic and youth care the provider list lacked. */
export const BREADTH_PROVIDERS: readonly string[] = [...wordSet('lucertis pompestichting kijvelanden')];

/** Fixed phrases, folded and split into words. */
export const BREADTH_PHRASES: readonly string[] = [
  // Therapies by their name in words.
  'imagery rescripting',
  'narratieve exposure',
  // Disability said in words.
  'visueel beperkt',
  'auditief beperkt',
  'visuele handicap',
  'ernstig meervoudig beperkt',
  // Pregnancy and birth.
  'harde buiken',
  'prematuur geboren',
  'te vroeg geboren',
  // Suicide in words.
  'zich verhangen',
  'heeft zich verhangen',
  'zich van het leven beroofd',
  'uit het leven gestapt',
  'uit het leven stappen',
  // English.
  'psych ward',
  'mental hospital',
  'wheelchair user',
  'chronic illness',
  'chronically ill',
  'had an operation',
];
