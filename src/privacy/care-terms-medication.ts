import { wordSet } from './word-sets.ts';

/**
 * Medicines by generic and brand name as Dutch prescribers and clients write them (issue 14, care
 * vocabulary), spread into the lists of care-terms-lexicon.ts. A medicine said of a named person
 * reveals the condition it treats. Folded, as the other lists. Stems where every word that starts so
 * is the medicine ("mirtazapine", "NovoRapid-pen", "urinecontroles"); whole words where a stem would
 * let ordinary words through ("puffer" but not "pufferjas", "tentin", "lasix").
 */

/** Stems: a word that starts with one counts. */
export const MEDICATION_STEMS: readonly string[] = [
  // Antidepressants: tricyclics, MAO inhibitors and the rest, generic and brand.
  ...wordSet(`trazolan tryptizol nortrilen tofranil dosulepine prothiaden maprotiline ludiomil mianserine
    tolvon aurorix fenelzine reboxetine edronax desvenlafaxine mao-remmer`),
  // Antipsychotics, depots among them.
  ...wordSet(`zypadhera trevicta byannli clopixol fluanxol depixol impromen pimozide penfluridol
    fluspirileen flufenazine trilafon periciazine rxulti sertindol serdolect dogmatil tiapride tiapridal
    asenapine sycrest ziprasidon zeldox haloperidoldecano`),
  // Mood stabilisers, benzodiazepines and sleep medication.
  ...wordSet(`oxcarbazepine trileptal stesolid mogadon lexotanil tranxene dalmadorm noctamid loramet
    dormicum lendormin prazepam circadin phenergan slaaptablet`),
  // ADHD medication.
  ...wordSet('kinecteen dexmethylfenid metylfenid methylfenid rilatine catapresan dixarit'),
  // Opioid substitution, naloxone and alcohol medication.
  ...wordSet(`espranor buvidal naloxon nyxoid diacetylmorfine baclofen lioresal nalorex adepend
    substitutiebehandel opiaatsubstitut urinecontrole pammetje baxterrol herhaalrecept`),
  // Common misspellings of psychiatric and addiction medicines ("oxazapam", "setraline", "metadon").
  ...wordSet(`oxazapam lorazapam diazapam temazapam setralin sertralien citalopam mirtazepin olanzepin
    quetiapien clozapien metadon buprenorph effexor`),
  // Classes of medicines that reveal a condition.
  ...wordSet('angstremmer bloeddrukverlag cholesterolverlag maagzuurremmer immunosuppress afweerremmer'),
  // Insulin and other diabetes medication.
  ...wordSet(`novorapid humalog levemir tresiba toujeo insulatard abasaglar gliclazide diamicron
    sitagliptine januvia jardiance empagliflozine dapagliflozine forxiga trulicity dulaglutide victoza`),
  // Inhalers.
  ...wordSet(`inhalator ventolin salbutamol seretide symbicort spiriva tiotropium budesonide fluticason
    formoterol flixotide pulmicort beclometason`),
  // Anticoagulants.
  ...wordSet(`dabigatran pradaxa edoxaban lixiana clopidogrel plavix ticagrelor brilique carbasalaat
    fraxiparine nadroparine clexane enoxaparine`),
  // Chemotherapy, targeted and hormonal cancer treatment.
  ...wordSet(`herceptin trastuzumab pembrolizumab keytruda nivolumab opdivo letrozol anastrozol arimidex
    capecitabine xeloda cisplatine carboplatine paclitaxel docetaxel oxaliplatine cyclofosfamide`),
  // Rheumatism, Parkinson's, dementia, HIV, epilepsy, MS, migraine, the heart, pain.
  ...wordSet(`etanercept infliximab remicade levodopa sinemet madopar aricept donepezil galantamine
    rivastigmine memantine truvada biktarvy fenytoine diphantoine clobazam frisium lacosamide vimpat
    topamax tecfidera ocrevus tysabri gilenya copaxone sumatriptan imigran rizatriptan metoprolol
    selokeen bisoprolol nitrospray digoxine amiodaron furosemide durogesic hydromorfon targinact
    betablokker`),
];

/** Whole words only: short brand names and words whose stem would catch ordinary words. */
export const MEDICATION_EXACT: readonly string[] = [
  ...wordSet(`parnate nardil fluctine orap semap solian tentin amfexa focalin clonidine lantus fiasp
    glucagon heparine femara enbrel ebixa maxalt lasix decanoaat puffer puffers pufjes
    oxa oxa's opiaten opioiden`),
];

/**
 * Fixed phrases: a medicine prescribed or dosed, a hypo of a diabetic ("had een hypo"; not "hypo" alone,
 * which is also a mortgage), a glucose sensor.
 */
export const MEDICATION_PHRASES: readonly string[] = [
  // Prescribed and dosed: "kreeg iets voorgeschreven", "haar dosering is verhoogd".
  'voorgeschreven gekregen',
  'kreeg voorgeschreven',
  'krijgt voorgeschreven',
  'kreeg iets voorgeschreven',
  'haar dosering',
  'zijn dosering',
  "z'n dosering",
  "d'r dosering",
  'dosering verhoogd',
  'dosering verlaagd',
  'dosering omhoog',
  'dosering omlaag',
  'dosis omhoog',
  'dosis omlaag',
  'slikt tabletten',
  'heeft een hypo',
  'had een hypo',
  'kreeg een hypo',
  'een hypo gehad',
  'freestyle libre',
];
