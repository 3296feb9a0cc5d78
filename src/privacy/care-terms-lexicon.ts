import { CONFUSION_PHRASES } from './care-term-endings.ts';
import { BUSY_PHRASES, BUSY_STEMS } from './care-terms-busy-words.ts';
import { CLINICAL_EXACT, CLINICAL_PHRASES } from './care-terms-clinical.ts';
import { ENGLISH_EXACT, ENGLISH_PHRASES, ENGLISH_STEMS } from './care-terms-english.ts';
import { EVERYDAY_PHRASES } from './care-terms-everyday.ts';
import { FAMILY_EXACT, FAMILY_PHRASES, FAMILY_STEMS } from './care-terms-families.ts';
import { MEDICATION_EXACT, MEDICATION_PHRASES, MEDICATION_STEMS } from './care-terms-medication.ts';
import { PLAIN_EXACT, PLAIN_PHRASES, PLAIN_STEMS } from './care-terms-plain-words.ts';
import { PLAIN38_EXACT } from './care-terms-plain38.ts';
import { SAID_PLAINLY_PHRASES, SAID_PLAINLY_STEMS } from './care-terms-said-plainly.ts';
import { VOCABULARY_EXACT, VOCABULARY_PHRASES, VOCABULARY_STEMS } from './care-terms-vocabulary.ts';
import { wordSet } from './word-sets.ts';

/**
 * The fixed care phrases, and care stems added in bulk (batch 29), kept apart from care-term-words.ts so that each list stays
 * readable: misspelt diagnoses, the DSM diagnoses in Dutch and English, pregnancy, somatic illness and
 * treatment, and medication by generic and brand name. Each is a stem: a word that starts with it is a
 * care term (care-stems.ts), unless the rest names a service ("zwangerschapsverlof" is a leave).
 */
/**
 * Short names of medicines and conditions that count as whole words only: as stems their first letters
 * would let common words through the three-letter filter ("wegens", "reactie", "privacy", "vallen").
 */
export const MORE_EXACT: readonly string[] = [
  ...PLAIN_EXACT,
  ...ENGLISH_EXACT,
  ...MEDICATION_EXACT,
  ...VOCABULARY_EXACT,
  ...CLINICAL_EXACT,
  ...FAMILY_EXACT,
  ...PLAIN38_EXACT,
  ...wordSet(`solk polio insult insulten wegovy invega valium humira latuda keppra zoloft xanax zyban cancer
    seroxat temesta reagila priadel sintrom palexia eliquis campral imovane subutex equasym elvanse intuniv codeine
    lymfoom sarcoom cirrose onttrekking as-i as-ii as-iii as-iv as-v ivf icsi isoleer truxal nozinan akineton
    depakote trintellix`),
  // Held-out 23: medicines by a brand name the lists lacked (nortriptyline's, pimozide's, an inhaler's).
  ...wordSet('nortrilen orap pimozide ventolin salbutamol'),
];

export const MORE_STEMS: readonly string[] = [
  ...PLAIN_STEMS,
  ...SAID_PLAINLY_STEMS,
  ...BUSY_STEMS,
  ...ENGLISH_STEMS,
  ...MEDICATION_STEMS,
  ...VOCABULARY_STEMS,
  ...FAMILY_STEMS,
  // Common misspellings of diagnoses ("psychoze", "schitzofrenie", "deppressie", "verslaaft", "boderline").
  ...wordSet(`psychoz psygos psichos psycos psyhos schitzo skizo shizo schizof schizzo deppres depressief depresief
 verslaaf verslaav austis autisch bordeline boderline borderlijn bipoliar bi-pola dementi alzheimar alsheimer
 halucin hallusin epilepsi epilepsy diabetis suicied suiside zelfmoort anorexie bulimi boulemi`),
  // Breakdown and recovery in everyday words: "opgebrand", "een inzinking", "doorgedraaid", AA meetings.
  ...wordSet('opgebrand inzinking zenuwinzinking doorgedraaid aa-bijeenk aa-meeting na-meeting'),
  // Held-out 23: treatment named by its setting, part of a day ("volgt nu deeltijdbehandeling").
  ...wordSet('deeltijdbehandel'),
  // GGZ jargon and somatic words of batch 33: decompensation, dysregulation, leaving a clinic for
  // supported housing, liver values, withdrawal, compulsive complaints.
  ...wordSet(
    `gedecompenseerd decompenseer ambulantiser leverwaarde onttrekkingsversch dwangklacht librium ondergewicht`,
  ),
  ...wordSet('sectioned psychiatric paranoid seizure chemotherapy radiotherapy antidepressant antipsychotic'),
  // Batch 45: psychiatric medicines the lists lacked, by generic name.
  ...wordSet(`promethazine clorazepaat flurazepam brotizolam lormetazepam chloordiazepoxide broomperidol
    chloorprothixeen levomepromazine biperideen propranolol drugsverleden alcoholverleden waanbeeld`),
  // Batch 35: treatment named by its problem ("alcoholbehandeling", "een ggz-crisisbed"), fertility
  // treatment ("haar IVF-traject") and one more misspelling ("dipresie").
  ...wordSet(
    'alcoholbehandel drugsbehandel angstbehandel ggz-crisis ivf- icsi- vruchtbaarheidsbehandel dipres',
  ),
  // Classes of heldout9: a care noun made a verb ("is crisisopgevangen", "crisisopgenomen", "met spoed
  // crisisgeplaatst") and ward slang ("in de isoleer", "de isoleercel"; "isoleer" as a whole word only).
  ...wordSet('crisisopgevang crisisopgenom crisisgeplaatst crisisplaatsing isoleercel isoleerkamer'),
  // Eponymous diseases (as "Korsakov", "Crohn"): "heeft de ziekte van Bechterew".
  ...wordSet(`bechterew hashimoto cushing meniere raynaud sjogren pfeiffer duchenne kahler guillain ehlers-danlos
 marfan`),
  // Diagnoses of the DSM not covered above, in Dutch and English.
  ...wordSet(`dysthym cyclothym schizoaffect waanstoorn agorafob trichotillo insomni slapeloos
 hechtingsprobl dwangmatig dwangneurose controledwang smetangst verzamelwoede hoarding somatisatie
 conversiestoorn eetbuistoorn arfid postnata postpartum kraambedpsych doodswens levensmoeheid zelfverwond
 zelfmoordpog suicidepog suicidaal suicidal zelfdestruct automutil schizophren bipolar depression anxious
 autism autistic adhd dementia alcoholic alcoholism addicted panic-attack paniekaanv angstaanv
 ptsd-diagnose hyperactief concentratiestoorn`),
  // Pregnancy and birth: "is zwanger", "she's pregnant", "na de bevalling" (not "zwangerschapsverlof": a leave);
  // Said of anyone named, a colleague too: the werkgroep's chat is no place for anyone's pregnancy.
  ...wordSet('zwanger pregnancy bevalling kraambed kraamtijd zwangerschap'),
  // Somatic illness and treatment: , heart, lungs, chronic and neurological conditions, surgery.
  ...wordSet(`mastectomie lumpectomie borstamputatie bestraald radiotherap immunotherap hormoontherap
 chemokuur chemotherap carcinoom melanoom metastas uitzaaiing hodgkin leukemi 
 hartritme boezemfibril hartoperatie bypass dotterbehandel gedotterd pacemaker aneurysma hartstilstand
 longfibrose longontsteking copd-aanval astma-aanval levercirrose nierziekte
 niertransplantatie transplantatie sondevoeding coeliakie spierdystrofie spierziekte
 hersentumor hersenschade hersenvliesontsteking meningitis epileptische 
 hypothyreo hyperthyreo schildklier auto-immuun ms-patient als-patient parkinsonpatient
 diabetespatient nierpatient hartpatient kankerpatient longpatient reumapatient heupoperatie
 knieoperatie rugoperatie`),
  // Medication, generic and brand names: antidepressants, antipsychotics, mood stabilisers, sleeping pills
  // and benzodiazepines, ADHD, addiction and pain medication, and common somatic medicines.
  ...wordSet(` cipramil lexapro fevarin fluvoxamine efexor duloxetine cymbalta remeron bupropion
 wellbutrin trazodon amitriptyline sarotex nortriptyline clomipramine anafranil imipramine agomelatine
 valdoxan vortioxetine brintellix moclobemide tranylcypromine esketamine spravato leponex paliperidon 
 zuclopentixol cisordinol flupentixol pipamperon dipiperon lurasidon cariprazine brexpiprazol
 sulpiride amisulpride chloorpromazine perfenazine camcolit lamictal topiramaat seresta
 alprazolam normison midazolam zolpidem stilnoct zopiclon nitrazepam bromazepam
 melatonine medikinet lisdexamfetamine atomoxetine strattera guanfacine modafinil
 suboxone acamprosaat nalmefeen selincro oxycontin oxynorm fentanyl tapentadol
 gabapentine levetiracetam ozempic semaglutide mounjaro saxenda liraglutide
 levothyroxine thyrax euthyrox prednisolon methotrexaat adalimumab acenocoumarol 
 fenprocoumon marcoumar xarelto rivaroxaban apixaban tamoxifen neurolept stemmingsstabil
 antiepilept anti-epilept bloedverdunner`),
];

/** Fixed phrases, folded and split into words. */
export const PHRASES: readonly string[] = [
  ...PLAIN_PHRASES,
  ...SAID_PLAINLY_PHRASES,
  ...BUSY_PHRASES,
  ...CONFUSION_PHRASES,
  ...ENGLISH_PHRASES,
  ...MEDICATION_PHRASES,
  ...VOCABULARY_PHRASES,
  ...CLINICAL_PHRASES,
  ...EVERYDAY_PHRASES,
  ...FAMILY_PHRASES,
  'gedwongen opgenomen',
  'gedwongen opname',
  'onder behandeling',
  'behandeld voor',
  'behandeld wegens',
  'behandeld aan',
  'beschermd wonen',
  'rechterlijke machtiging',
  'verstandelijke beperking',
  'hoort stemmen',
  'stemmen horen',
  'psychische problemen',
  'psychische klachten',
  'psychische aandoening',
  'psychische kwetsbaarheid',
  'lichamelijke klachten',
  'chronisch ziek',
  'chronische ziekte',
  'chronische aandoening',
  'hoge bloeddruk',
  'long covid',
  'niet aangeboren hersenletsel',
  'chronische vermoeidheid',
  'chronische pijn',
  'verstandelijk beperkt',
  'lichamelijke beperking',
  'fysieke beperking',
  'psychische beperking',
  'visuele beperking',
  'auditieve beperking',
  'psychisch kwetsbaar',
  'psychisch ziek',
  'syndroom van down',
  'stoppen met drinken',
  'gestopt met drinken',
  'van de drank af',
  'aan de drank',
  // det-52: "heeft problemen met de drank", "worstelt met de drank"; "an de drank": "aan" in dialect (batch 54).
  'an de drank',
  'an de drugs',
  'problemen met de drank',
  'probleem met de drank',
  'moeite met de drank',
  'worstelt met de drank',
  'worstelde met de drank',
  'niet gedronken',
  'zichzelf beschadigd',
  'zichzelf beschadigt',
  'zichzelf gesneden',
  'snijdt zichzelf',
  'zichzelf snijdt',
  'zichzelf beschadigen',
  'zichzelf pijn doet',
  'aan het drinken',
  'aan de pillen',
  // Batch 34: care said in everyday words: injections, the head, the lungs, a drug someone is in the
  // grip of ("mijn pillen" and "zijn suiker" are read after a possessive, care-term-jargon.ts).
  'ligt in het ziekenhuis',
  'lag in het ziekenhuis',
  'krijgt spuiten',
  'kreeg spuiten',
  'krijgt injecties',
  'zwaar in zijn hoofd',
  'zwaar in haar hoofd',
  "zwaar in z'n hoofd",
  // "last van haar rug", "pijn in haar knie": a body part's complaint (care-terms-plain-words.ts).
  'ban van de drank',
  'ban van speed',
  'ban van coke',
  'ban van drugs',
  'ban van de drugs',
  // Injuries: "heeft zijn been gebroken".
  'been gebroken',
  'arm gebroken',
  'heup gebroken',
  'pols gebroken',
  'gebroken been',
  'gebroken arm',
  'gebroken heup',
  'gebroken pols',
  'gebroken enkel',
  'woont beschermd',
  'beschermd woont',
  'woont begeleid',
  // Batch 45: a diagnosis had or not yet had, a home for supported living, a breakdown, side effects.
  'een diagnose gekregen',
  'heeft een diagnose',
  'heeft geen diagnose',
  'nog geen diagnose',
  'beschermde woonvorm',
  'in elkaar gestort',
  'last van bijwerkingen',
  'last van de bijwerkingen',
  'klinische periode',
  'klinisch traject',
  // A dose of someone's medicine ("haar dosis is verhoogd"), using again, mental state said plainly.
  'haar dosis',
  'zijn dosis',
  "z'n dosis",
  "d'r dosis",
  'dosis is verhoogd',
  'dosis is verlaagd',
  'dosis verhoogd',
  'dosis verlaagd',
  'weer aan het gebruiken',
  'psychisch niet in orde',
  'psychisch niet goed',
  'mentaal niet fit',
  'mentaal niet goed',
  'psychische aandoening',
  'psychische aandoeningen',
  'dingen die er niet zijn',
  'deur niet uit',
  'deur niet meer uit',
  // "hij komt zijn bed niet uit" (batch 44-names), as "de deur niet uit"; one's own bed only ("het bed
  // niet uit de opslag gehaald" is furniture).
  'zijn bed niet uit',
  'haar bed niet uit',
  "z'n bed niet uit",
  'zijn bed niet meer uit',
  'haar bed niet meer uit',
  'begonnen met drinken',
  'anonieme alcoholisten',
  'zit er helemaal doorheen',
  // Suicidality said in plain words: "hij zegt dat hij er niet meer wil zijn", "wil er een einde aan maken".
  'niet meer wil zijn',
  'niet meer wilde zijn',
  'wil er niet meer zijn',
  'wilde er niet meer zijn',
  'niet meer wil leven',
  'niet meer verder wil',
  'einde aan maken',
  'eind aan maken',
  'zichzelf iets aandoen',
  'zichzelf iets aan te doen',
  'zichzelf wat aandoen',
  // Feeling low in everyday words: "zit niet lekker in haar vel".
  'niet lekker in haar vel',
  'niet lekker in zijn vel',
  "niet lekker in z'n vel",
  "niet lekker in d'r vel",
  'niet goed in haar vel',
  'niet goed in zijn vel',
  "niet goed in z'n vel",
  'burn out',
  'aan het gokken',
  'hearing voices',
  // English, as some werkgroep members write it.
  'panic attack',
  'panic attacks',
  'eating disorder',
  'kill herself',
  'kill himself',
  'killed herself',
  'killed himself',
  'her mental health',
  'his mental health',
  'mental illness',
  'mentally ill',
  'admitted to hospital',
  'admitted to the hospital',
  'nervous breakdown',
  'heart attack',
  'on medication',
  'burnt out',
  'burned out',
  'hears voices',
  'heard voices',
];
