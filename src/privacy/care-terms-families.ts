import { BREADTH40_EXACT, BREADTH40_PHRASES, BREADTH40_STEMS } from './care-terms-body-said40.ts';
import {
  BREADTH_CAPITALS,
  BREADTH_EXACT,
  BREADTH_PHRASES,
  BREADTH_PROVIDERS,
  BREADTH_STEMS,
} from './care-terms-breadth.ts';
import {
  BREADTH37_CAPITALS,
  BREADTH37_EXACT,
  BREADTH37_PHRASES,
  BREADTH37_PROVIDERS,
  BREADTH37_STEMS,
} from './care-terms-breadth37.ts';
import {
  BREADTH39_CAPITALS,
  BREADTH39_EXACT,
  BREADTH39_PHRASES,
  BREADTH39_STEMS,
} from './care-terms-breadth39.ts';
import { FUNCTIONING_PHRASES } from './care-terms-functioning.ts';
import { PHRASES36 } from './care-terms-phrases36.ts';
import { wordSet } from './word-sets.ts';

/**
 * Care vocabulary by family (det-vocab66): the ways people write a health detail that the lists lacked,
 * added as whole families from knowledge of Dutch care and medicine, not from any corpus line, and spread
 * into the existing lists (care-terms-lexicon.ts, care-term-words.ts, care-provider-words.ts). Folded, as
 * the other lists. Who owns a care word stays with the name rules: a topic, a training or a policy about
 * one of these words names nobody.
 */

/** Stems: every word that starts so is the condition, the test or the medicine. */
export const FAMILY_STEMS: readonly string[] = [
  // Somatic conditions said by their own name.
  ...wordSet(`vaginism vulvodynie netvliesloslat keizersnede kruisband meniscus achillespees ischias tennisarm
    muisarm kinkhoest mazelen waterpokken appendicitis galsteen galstenen galblaas blindedarm spatader aambei
    rosacea netelroos schurft botontkalking cataract oorsuizen prediabet hypoglykem hyperglykem embolie
    pre-eclamps vroeggeboort doodgeboren stilgeboren herpes cystitis nierbekken
    botbreuk beenbreuk armbreuk polsbreuk enkelbreuk heupbreuk sleutelbeenbreuk ribbreuk teenbreuk
    vingerbreuk liesbreuk navelbreuk enkelbandletsel enkelbandblessure kruisbandblessure`),
  // Menstruation, menopause, fertility and birth.
  ...wordSet(`menstrua menopauz opvlieger inseminatie fertiliteitsbehandel kraamweek kraamzorg borstvoeding
    kolven`),
  // Examinations and results that say something is being looked for.
  ...wordSet(`bloedonderzoek endoscop mammograf uitstrijkje hartfilmpje longfoto rontgenfoto echograf
    ruggenprik biopsie biopt hielprik colonoscop darmonderzoek`),
  // Somatic medicines that reveal a condition: pain, stomach, cholesterol, blood pressure, heart,
  // thyroid, gout, antibiotics and antivirals, smoking cessation.
  ...wordSet(`paracetamol ibuprofen diclofenac naproxen omeprazol pantoprazol esomeprazol simvastatine
    atorvastatine rosuvastatine pravastatine ezetimib amlodipine nifedipine lisinopril enalapril ramipril
    perindopril losartan valsartan candesartan irbesartan hydrochloorthiazide spironolacton bumetanide
    atenolol carvedilol diltiazem verapamil nitroglycerine isosorbide warfarine thiamazol allopurinol
    colchicine hydroxychloroquine alendron antibioti amoxicilline penicilline doxycycline
    nitrofurantoine flucloxacilline azitromycine claritromycine ciprofloxacine aciclovir valaciclovir
    macrogol movicolon loperamide metoclopramide domperidon nicotinepleist nicotinekauwgom champix
    varenicline glimepiride tolbutamide`),
  // Care forms and therapies by name.
  ...wordSet('bemoeizorg neurofeedback rouwverwerk rouwproces kop-kind kopkind chemsex'),
  // Symptoms, aids and states in plain words: voices, binges, avoiding care, a mobility scooter.
  ...wordSet(`stemmenhoord vreetbui zorgmijd scootmobiel bewusteloos stotter cokesnuiver zwakzinnig
    gewrichtspijn zenuwpijn hoogzwanger couveuse longfunctie bloedprik pretecho twintigwekenecho gezwel
    ontnuchteringscel broodmager`),
  // Conditions of the body and mind the lists lacked: a tremor, pressure sores, sepsis, fears that are a
  // diagnosis's name ("faalangst", not "faalangsttraining": a service head follows).
  ...wordSet(`tremor spasme vruchtwaterpunct geheugenverlies orthorexi doorligwond decubitus oedeem
    bloedvergiftig sepsis verwardheid faalangst stemmingsprobl stemmingsklacht wortelkanaal`),
  // Drugged, or a drinker's breath (drunk in slang has its rule: care-term-intoxicated.ts).
  ...wordSet('gedrogeerd alcoholkegel'),
  // det-vocab68: acne medicines, fainting, sensitivity as people name it, a psychological assessment. Not
  // "zwangerschapsverlof": a colleague's leave is work news in the tuning set (batch 30's labels).
  ...wordSet('roaccutan isotretinoin flauwte hoogsensiti hooggevoelig psychodiagnost'),
  // det-73: an artificial joint or limb, dentures; the course a driver must follow after drinking.
  ...wordSet('heupprothes knieprothes schouderprothes enkelprothes beenprothes armprothes gebitsprothes'),
  ...wordSet('alcoholcursus ema-cursus'),
  ...BREADTH_STEMS,
  ...BREADTH37_STEMS,
  ...BREADTH39_STEMS,
  ...BREADTH40_STEMS,
];

/**
 * Body parts before a problem head (care-stems.ts): "heupklachten", "keelproblemen", "bekkenklachten". Not
 * "arm", "hand", "voet", "enkel", "zicht", "oor": "armoedeproblematiek", "handhavingsproblemen",
 * "enkelvoudige problematiek", "zichtbaarheidsproblemen", "oorlogsproblematiek".
 */
export const FAMILY_HEALTH_PARTS: readonly string[] = [
  ...wordSet('keel heup pols bekken prostaat kaak gebits bloeddruk bloedsuiker hormoon slik'),
];

/** Whole words only: a stem would catch ordinary words. */
export const FAMILY_EXACT: readonly string[] = [
  ...wordSet(
    "ongesteld miskramen tics trippen tript getript snoven gesnoven hernias blessure blessures geblesseerd lvb'er nah'er add'er aspie" +
      // det-vocab68: a diabetic's low ("hypo's gehad"), acne, expressing milk at work, sensitivity's noun.
      " hypo hypo's hypos acne kolft kolfde hsp'er",
  ),
  ...BREADTH_EXACT,
  ...BREADTH37_EXACT,
  ...BREADTH39_EXACT,
  ...BREADTH40_EXACT,
];

/** Only in capitals: "volgt CRA", "het CRAFT-programma", "IMR-training", "krijgt rTMS". */
export const FAMILY_CAPITALS: readonly string[] = [
  ...wordSet('cra craft mdft fft imr ipt rtms hellp hsp arfid'),
  ...BREADTH_CAPITALS,
  ...BREADTH37_CAPITALS,
  ...BREADTH39_CAPITALS,
];

/** Medical specialists and allied treaters: care only where they are someone's or visited (isTreatedBy). */
export const FAMILY_SPECIALISTS: readonly string[] = [
  ...wordSet(`cardioloog longarts internist oncoloog reumatoloog gynaecoloog uroloog dermatoloog orthopeed
    kno-arts oogarts mdl-arts nefroloog endocrinoloog hematoloog geriater revalidatiearts kinderarts
    chirurg neurochirurg pijnspecialist verloskundige fysiotherapeut fysio ergotherapeut logopedist dietist
    podotherapeut neuroloog kaakchirurg internist-oncoloog maag-darm-leverarts diabetesverpleegkundige`),
];

/** Levels and settings of care the provider list lacked: "doorverwezen naar de SGGZ", "bij de FPK". */
export const FAMILY_PROVIDERS: readonly string[] = [
  ...wordSet('sggz bggz oggz fpk fpc riagg'),
  ...BREADTH_PROVIDERS,
  ...BREADTH37_PROVIDERS,
];

/** Fixed phrases, folded and split into words. */
export const FAMILY_PHRASES: readonly string[] = [
  // det-73: a wish to die said in words ("heeft het over niet meer willen leven", "ze wil niet meer leven").
  'niet meer willen leven',
  'wil niet meer leven',
  'wilde niet meer leven',
  'niet meer wilde leven',
  // det-73: somatic symptoms without a found cause (SOLK) said in words.
  'somatisch onverklaarde klachten',
  'somatisch onbegrepen klachten',
  'lichamelijk onverklaarde klachten',
  'onverklaarde lichamelijke klachten',
  'onbegrepen lichamelijke klachten',
  // Menopause, a test's result, an infection, an injury, self-harm and a mind thrown off balance.
  'zit in de overgang',
  'is in de overgang',
  'heeft de overgang',
  'last van de overgang',
  'uitslag van de scan',
  'uitslag van de mri',
  'uitslag van de biopsie',
  'uitslag van de punctie',
  'een scan gehad',
  'positief getest',
  'heeft corona',
  'had corona',
  'corona gehad',
  'heeft covid',
  'had covid',
  'covid gehad',
  'chronische hoest',
  'gescheurde enkelband',
  'gescheurde enkelbanden',
  'enkelband gescheurd',
  'enkelbanden gescheurd',
  'verzwikte enkel',
  'enkel verzwikt',
  'verstuikte enkel',
  'enkel verstuikt',
  'loopt op krukken',
  'liep op krukken',
  'angina pectoris',
  'krast weer',
  'krast zich',
  'krast zichzelf',
  'weer gekrast',
  'aan het krassen',
  'psychisch ontregeld',
  'helemaal ontregeld',
  'ontregeld geraakt',
  'gecompliceerde rouw',
  'weer gaan trippen',
  'gaan snuiven',
  'een knak gekregen',
  'naar de huisartsenpost',
  'naar de huisartspost',
  'naar de spoedpost',
  'hoog cholesterol',
  'een ingreep gehad',
  'ingreep ondergaan',
  'pilletje tegen',
  'pilletjes tegen',
  'tabletten tegen',
  'terminale ziekte',
  'genezen verklaard',
  'grip op je dip',
  'ligt de hele dag in bed',
  'ligt de hele dag op bed',
  'aan de zuip',
  'hangt aan de naald',
  'weer aan de naald',
  'psychisch in de knoop',
  'emotioneel uitgeput',
  // det-vocab68: symptoms with the person as subject, also the verb before its subject ("eet ze
  // nauwelijks", "krast hij weer") and the verb last ("dat hij slecht slaapt"); hearing and seeing things;
  // not leaving bed; crying; not eating; sober for a count of days; a binge-purge habit; own pills.
  'hoort weer dingen',
  'hoort dingen die er niet zijn',
  'ziet dingen die er niet zijn',
  'hoort weer stemmen',
  'eet ze nauwelijks',
  'eet hij nauwelijks',
  'eet ze niet meer',
  'eet hij niet meer',
  'krast ze weer',
  'krast hij weer',
  'dat hij slecht slaapt',
  'dat ze slecht slaapt',
  'dat zij slecht slaapt',
  'dat hij niet slaapt',
  'dat ze niet slaapt',
  'dat zij niet slaapt',
  'slecht slaapt',
  'nauwelijks slaapt',
  'komt niet uit bed',
  'komt niet meer uit bed',
  'niet uit bed komt',
  'niet meer uit bed komt',
  'ligt weer in bed',
  'huilt veel',
  'huilt ze veel',
  'huilt hij veel',
  'huilt de hele dag',
  'niet gegeten heeft',
  'niets gegeten heeft',
  'niks gegeten heeft',
  'dagen nuchter',
  'weken nuchter',
  'maanden nuchter',
  'jaar nuchter',
  'begonnen met braken',
  'gaan braken',
  'braakt na het eten',
  'overgeven na het eten',
  'zo mager geworden',
  'erg mager geworden',
  'heel mager geworden',
  'zijn pillen',
  'haar pillen',
  "z'n pillen",
  "d'r pillen",
  'nieuwe pillen',
  'haar psychologisch onderzoek',
  'zijn psychologisch onderzoek',
  // The same families in English, as the werkgroep's chat mixes it in.
  // Not "had a stroke": "a stroke of luck" (care-terms-english.ts).
  'suffered a stroke',
  'had a mild stroke',
  'heart condition',
  'seeing a therapist',
  'sees a therapist',
  'mental health issues',
  'mental health problems',
  'waiting list for therapy',
  'waiting list for treatment',
  'broke his leg',
  'broke her leg',
  'broke his arm',
  'broke her arm',
  'broke his wrist',
  'broke her wrist',
  'broke his ankle',
  'broke her ankle',
  'chronic pain',
  'eating disorder',
  'has a drinking problem',
  'had a drinking problem',
  'has a drug problem',
  'had a drug problem',
  'in therapy',
  'had a miscarriage',
  'had a seizure',
  'blood test results',
  'scan results',
  ...BREADTH_PHRASES,
  ...BREADTH37_PHRASES,
  ...BREADTH39_PHRASES,
  ...BREADTH40_PHRASES,
  ...PHRASES36,
  ...FUNCTIONING_PHRASES,
];
