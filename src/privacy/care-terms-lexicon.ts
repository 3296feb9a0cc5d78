import { wordSet } from './word-sets.ts';

/**
 * The fixed care phrases, and care stems added in bulk (batch 29), kept apart from care-term-words.ts so that each list stays
 * readable: misspelt diagnoses, the DSM diagnoses in Dutch and English, pregnancy, somatic illness and
 * treatment, and medication by generic and brand name. Each is a stem: a word that starts with it is a
 * care term (care-stems.ts), unless the rest names a service ("zwangerschapsverlof" is a leave).
 */
export const MORE_STEMS: readonly string[] = [
  // Common misspellings of diagnoses ("psychoze", "schitzofrenie", "deppressie", "verslaaft", "boderline").
  ...wordSet(`psychoz psygos psichos psycos psyhos schitzo skizo shizo schizof schizzo deppres depressief depresief
    verslaaf verslaav austis autisch bordeline boderline borderlijn bipoliar bi-pola dementi alzheimar alsheimer
    halucin hallusin epilepsi epilepsy diabetis suicied suiside zelfmoort anorexie bulimi boulemi`),
  // Breakdown and recovery in everyday words: "opgebrand", "een inzinking", "doorgedraaid", AA meetings.
  ...wordSet('opgebrand inzinking zenuwinzinking doorgedraaid aa-bijeenk aa-meeting na-meeting'),
  ...wordSet('sectioned psychiatric paranoid seizure chemotherapy radiotherapy antidepressant antipsychotic'),
  // Eponymous diseases (as "Korsakov", "Crohn"): "heeft de ziekte van Bechterew".
  ...wordSet(`bechterew hashimoto cushing meniere raynaud sjogren pfeiffer duchenne kahler guillain ehlers-danlos
    marfan`),
  // Diagnoses of the DSM not covered above, in Dutch and English.
  ...wordSet(`dysthym cyclothym schizoaffect waanstoorn agorafob trichotillo insomni slapeloos
    hechtingsprobl dwangmatig dwangneurose controledwang smetangst verzamelwoede hoarding solk somatisatie
    conversiestoorn eetbuistoorn arfid postnata postpartum kraambedpsych doodswens levensmoeheid zelfverwond
    zelfmoordpog suicidepog suicidaal suicidal zelfdestruct automutil schizophren bipolar depression anxious
    autism autistic adhd dementia alcoholic alcoholism addicted panic-attack paniekaanv angstaanv
    ptsd-diagnose hyperactief concentratiestoorn`),
  // Pregnancy and birth: "is zwanger", "she's pregnant", "na de bevalling" (not "zwangerschapsverlof": a leave);
  // "zwanger" alone only of a client (see WEAK_TERMS).
  ...wordSet('zwanger pregnancy bevalling kraambed kraamtijd zwangerschap'),
  // Somatic illness and treatment: cancer, heart, lungs, chronic and neurological conditions, surgery.
  ...wordSet(`mastectomie lumpectomie borstamputatie bestraald radiotherap immunotherap hormoontherap
    chemokuur chemotherap carcinoom lymfoom melanoom sarcoom metastas uitzaaiing hodgkin leukemi cancer
    hartritme boezemfibril hartoperatie bypass dotterbehandel gedotterd pacemaker aneurysma hartstilstand
    longfibrose longontsteking copd-aanval astma-aanval cirrose levercirrose nierziekte
    niertransplantatie transplantatie sondevoeding coeliakie spierdystrofie spierziekte
    polio hersentumor hersenschade hersenvliesontsteking meningitis epileptische insult insulten
    hypothyreo hyperthyreo schildklier auto-immuun ms-patient als-patient parkinsonpatient
    diabetespatient nierpatient hartpatient kankerpatient longpatient reumapatient heupoperatie
    knieoperatie rugoperatie`),
  // Medication, generic and brand names: antidepressants, antipsychotics, mood stabilisers, sleeping pills
  // and benzodiazepines, ADHD, addiction and pain medication, and common somatic medicines.
  ...wordSet(`zoloft seroxat cipramil lexapro fevarin fluvoxamine efexor duloxetine cymbalta remeron bupropion
    wellbutrin zyban trazodon amitriptyline sarotex nortriptyline clomipramine anafranil imipramine agomelatine
    valdoxan vortioxetine brintellix moclobemide tranylcypromine esketamine spravato leponex paliperidon invega
    zuclopentixol cisordinol flupentixol pipamperon dipiperon lurasidon latuda cariprazine reagila brexpiprazol
    sulpiride amisulpride chloorpromazine perfenazine priadel camcolit lamictal topiramaat valium seresta
    temesta alprazolam xanax normison midazolam zolpidem stilnoct zopiclon imovane nitrazepam bromazepam
    melatonine medikinet equasym lisdexamfetamine elvanse atomoxetine strattera guanfacine intuniv modafinil
    suboxone subutex acamprosaat campral nalmefeen selincro oxycontin oxynorm fentanyl codeine tapentadol
    palexia gabapentine levetiracetam keppra ozempic semaglutide wegovy mounjaro saxenda liraglutide
    levothyroxine thyrax euthyrox prednisolon methotrexaat humira adalimumab acenocoumarol sintrom
    fenprocoumon marcoumar xarelto rivaroxaban eliquis apixaban tamoxifen neurolept stemmingsstabil
    antiepilept anti-epilept bloedverdunner`),
];

/** Fixed phrases, folded and split into words. */
export const PHRASES: readonly string[] = [
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
  'dingen die er niet zijn',
  'deur niet uit',
  'deur niet meer uit',
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
