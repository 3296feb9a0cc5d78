import { wordSet } from './word-sets.ts';

/**
 * det-vocab37: a breadth pass over five families written from knowledge of Dutch care and medicine (no
 * corpus line): medicines by brand and generic name (psychofarmaca, pain, diabetes, asthma and COPD,
 * epilepsy and the common somatic ones), somatic conditions, procedures and examinations, treatment forms,
 * and care providers by name. Each was probed in sentences with a named person ("Ilse gebruikt X", "X voor
 * Sanne", "bram zit op X") and in clean ones; only the missing words are here, spread into the lists by
 * care-terms-families.ts. Left out as ordinary words or surnames: "Foster" (an inhaler), "echo", "infuus"
 * ("aan het infuus van de subsidie"), "operatie" alone, "absences", "ME", "Down", "Prisma", "Dichterbij",
 * "Koraal", "Cello", "Sherpa", "Solutions", "Impact", "Libra", "Bouman", "Exodus".
 */

/** Medicines by brand name, also the ones the lists knew: never part of a person's or firm's name (isMedicineBrand). */
export const MEDICINE_BRANDS: readonly string[] = [
  // Psychofarmaca.
  ...wordSet(`zoloft seroxat cipramil lexapro prozac fluctine fevarin efexor cymbalta remeron wellbutrin zyban
    trazolan sarotex nortrilen anafranil tofranil valdoxan brintellix trintellix parnate spravato priadel camcolit
    haldol risperdal zyprexa seroquel abilify leponex clozaril xeplion invega trevicta cisordinol clopixol fluanxol
    dipiperon latuda reagila rxulti dogmatil solian orap semap nozinan truxal sycrest zypadhera largactil depakine
    depakote orfiril lamictal tegretol trileptal topamax seresta valium stesolid temesta normison xanax lexotanil
    tranxene librium frisium mogadon dalmadorm loramet noctamid dormicum lendormin stilnoct imovane circadin
    phenergan atarax lyrica neurontin ritalin concerta medikinet equasym kinecteen amfexa elvanse strattera intuniv
    modiodal subutex suboxone nalorex campral antabus selincro nyxoid`),
  // Pain.
  ...wordSet(`tramal oxycontin oxynorm durogesic palexia targinact transtec celebrex arcoxia nurofen advil voltaren
    aleve qutenza versatis`),
  // Diabetes.
  ...wordSet(`glucophage diamicron amaryl januvia janumet jardiance forxiga invokana victoza saxenda ozempic wegovy
    rybelsus trulicity byetta mounjaro novorapid humalog apidra fiasp lantus levemir tresiba toujeo insulatard
    abasaglar humuline novomix actrapid actos trajenta galvus`),
  // Asthma and COPD.
  ...wordSet(`ventolin airomir bricanyl atrovent spiriva seretide symbicort flutiform relvar trelegy pulmicort
    flixotide qvar serevent singulair aerochamber anoro ultibro incruse spiolto`),
  // Epilepsy.
  ...wordSet(`keppra diphantoine epanutin vimpat zonegran briviact fycompa epidyolex buccolam sabril ontozry
    zebinix`),
  // Heart, blood pressure, cholesterol, blood thinners, stomach, thyroid.
  ...wordSet(`thyrax euthyrox selokeen emconcor inderal norvasc cozaar diovan atacand lasix aldactone zocor lipitor
    crestor ezetrol sintrom marcoumar eliquis xarelto pradaxa lixiana plavix ascal losec pantozol nexium`),
  // Rheumatism and the bowel, cancer, migraine, Parkinson's, dementia, MS, HIV, gout, smoking.
  ...wordSet(`humira enbrel remicade plaquenil salazopyrine arava pentasa asacol imuran femara arimidex imigran
    maxalt zomig sinemet madopar sifrol requip azilect aricept reminyl exelon ebixa ocrevus tecfidera gilenya
    copaxone tysabri kesimpta mavenclad aubagio truvada biktarvy descovy triumeq zyloric champix`),
];

/** Generic names and misspellings the lists lacked: every word that starts so is the medicine. */
export const BREADTH37_STEMS: readonly string[] = [
  ...wordSet(`hydroxyzine celecoxib etoricoxib meloxicam metamizol canagliflozine exenatide tirzepatide pioglitazon
    linagliptine vildagliptine terbutaline ipratropium salmeterol montelukast vernevelaar valproinezuur zonisamide
    brivaracetam perampanel ethosuximide fenobarbital vigabatrine cenobamaat eslicarbazepine sulfasalazine
    leflunomide mesalazine azathioprine dexamethason pramipexol ropinirol rasagiline sertaline ritalien risperdon`),
  // Conditions, with two misspellings of arthritis and arthrosis.
  ...wordSet(`non-hodgkin etalagebenen vaatlijden hemofilie thalassemie spondylitis darmafsluiting vleesbomen
    athritis artoze dystrofie`),
  // Procedures and examinations.
  ...wordSet(`lumbaalpunctie laparoscopie artroscopie baarmoederverwijder borstsparend darmresectie cardioversie
    botscan spoedkeizersnede`),
  // Treatment forms by name.
  ...wordSet('psychoanalyse exposuretherap signaleringsplan twaalfstappen 12-stappen minnesota-methode'),
];

/** Whole words only. */
export const BREADTH37_EXACT: readonly string[] = [
  ...MEDICINE_BRANDS,
  ...wordSet('vleesboom zona scopie punctie ablatie narcose'),
];

/** Only in capitals: "heeft CRPS", "is gestart met MBCT", "een TURP" (not FACT, IHT, HIC: teams and wards members work in). */
export const BREADTH37_CAPITALS: readonly string[] = [
  ...wordSet('crps turp mbct erp bepp cbt-e stepps pmto cft'),
];

/** Providers of mental health, addiction, brain injury and disability care the provider list lacked. */
export const BREADTH37_PROVIDERS: readonly string[] = [
  ...wordSet(`bascule kentron mentaalbeter mindfit psyon mentrum triversum u-center rintveld novarum hersenz
    cordaan pameijer middin severinus siza asvz abrona reinaerde amerpoort esdege-reigersdaal ixta`),
];

/** Hospitals named after "ligt in het" (care-term-named-hospital.ts) the list lacked. */
export const BREADTH37_HOSPITALS: readonly string[] = [
  ...wordSet(`umcu mumc zgt mst etz avl jbz diakonessenhuis cwz maasziekenhuis antonius haaglanden noordwest
    deventer hagaziekenhuis elisabeth-tweesteden sophia`),
];

/** Fixed phrases, folded and split into words. */
export const BREADTH37_PHRASES: readonly string[] = [
  'abilify maintena',
  'risperdal consta',
  'ritalin la',
  'ziekte van graves',
  'cystic fibrosis',
  'frozen shoulder',
  'gastric sleeve',
  'diepe hersenstimulatie',
  'acceptance and commitment',
  'exposure met responspreventie',
  'compassion focused therapy',
];
