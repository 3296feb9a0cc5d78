import { FAMILY_CAPITALS, FAMILY_HEALTH_PARTS } from './care-terms-families.ts';
import { MORE_EXACT, MORE_STEMS } from './care-terms-lexicon.ts';
import { VOCABULARY_CAPITALS, VOCABULARY_HEADS, VOCABULARY_HEALTH_PARTS } from './care-terms-vocabulary.ts';
import { HE_SHE_TYPED } from './function-words.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * The maintained word lists of care-terms.ts: stems, compound heads, abbreviations, phrases and the
 * words around an admission or a care provider. Add a word here when the corpus shows a miss or a
 * false positive of its kind; the rules that use them stay in care-terms.ts.
 */

/**
 * Words that say something about a person's mental health or care: diagnoses, admissions,
 * medication, treatment. Folded (lower case, no diacritics). A word counts when it starts with one
 * of the stems, unless it is a compound about a service rather than a person ("psychoseteam",
 * "verslavingszorg", "suïcidepreventie", "medicatiebeleid"). Eponymous diagnoses (Korsakov,
 * Asperger) are care terms too: "meneer X heeft Korsakov" is health data, "de ziekte van Alzheimer"
 * has no person in it.
 */
export const STEMS: readonly string[] = [
  ...wordSet(`psychose psychoses psychotisch psychotherap depressi depri schizo bipola manisch autis angststoorn
    angstklacht paniekaanval paniekstoorn eetstoorn anorex boulim persoonlijkheidsstoorn dwangstoorn
    dwanggedacht verslaafd verslaving alcoholversla drugsversla gokversla alcoholist suicid zelfmoord
    zelfbeschadig burn-out burnout overspannen crisisopname heropname crisisopvang crisiskaart antipsycho
    antidepressiv medicatie medicijn psychiatrisch trauma getraumatiseerd ptss ptsd adhd hallucin dementie
    dement alzheimer asperger korsakov parkinson huntington tourette gediagnosticeerd therapie dagbehandeling
    zorgmachtiging wvggz gesepareerd separeer emdr lithium clozapine ritalin methylfenidaat oxazepam
    diazepam seroquel quetiapine olanzapine haldol risperdal risperidon abilify aripiprazol sertraline
    paroxetine citalopram venlafaxine methadon borderline ziektebesef ziekteinzicht cocaineversla
    hypoma hersenletsel hersenbloeding herseninfarct hartinfarct beroerte diabet suikerziek epilep reuma
    astma copd kanker chemo fibromyalg migraine hernia whiplash sclerose crohn colitis dialyse nierfal
    hiv hepatitis lupus chronisch-ziek ontwikkelingsachterstand pdd-nos zwakbegaafd slechthorend slechtziend doof
    dyslex dyscalcul leukemie tumor obesitas artrose artritis tinnitus afasie hartfalen hartaanval fobie angsten
    hypochond gehoorbeperk gezichtsbeperk visusbeperk spraakbeperk
    gokgedrag dwanghandeling smetvrees koopverslav gameverslav gokverslav
    slaapapneu hersenschudding gehoorapparaat
    long-covid diabeet insuline geopereerd rolstoel hyperventil neurose zelfdoding overdosis lyme ggz-client epa-client
    concerta dexamfetamine fluoxetine prozac escitalopram mirtazapine lamotrigine valproaat depakine
    carbamazepine tegretol haloperidol lorazepam temazepam clonazepam rivotril pregabaline lyrica tramadol
    oxycodon morfine buprenorfine naltrexon antabus disulfiram metformine prednison zyprexa xeplion
    bestraling tuberculose spastisch spasticiteit verlamd verlamming dwarslaesie geamputeerd amputatie
    rollator narcistisch narcisme drugsgebruik alcoholgebruik middelengebruik cannabisgebruik
    cocainegebruik harddrugs heroine cocaine blowt automutil ggz-verleden ggz-achtergrond benzo slaappil
    depotinj crisismaatregel jicht psoriasis hartkwaal emfyseem longemfyseem dyspraxie downsyndroom
    longcovid postcovid post-covid afkick afgekickt sikkelcel anemie bloedarmoede mucoviscidose endometriose
    narcolepsie sarcoidose trombose longembolie glaucoom maculadegeneratie revalid pijnstiller slaapmiddel
    kalmeringsmiddel ziekenhuisopname angstaanval detox uitbehandeld proefverlof dagkliniek ocd- ass- gas-stoornis post-paaz post-opname post-kliniek ontgift ect- tms- cgt- dgt- lichttherapie
    depresi epelep antidepres decompensat delier delirium achterdocht ontwenning blowen dissociat dissocie gedissocieerd
    hyperemesis miskraam zwangerschapsdiabet zwangerschapsvergift psychosis heroin addict depressed
    neerslachtig paranoide paranoia herbeleving huilbui stemmingswissel stemmingsstoorn eetbui psychotic hospitalized hospitalised self-harm selfharm overdos`),
  ...MORE_STEMS,
];

/**
 * Heads that make any compound a care term: "gameverslaving", "hechtingsstoornis",
 * "borstkanker". The part after the head must not be a service ("verslavingszorg").
 */
export const COMPOUND_HEADS: readonly string[] = [
  ...wordSet(
    `verslaving verslaafd stoornis stoornissen kanker psychose depressie trauma letsel fobie tumor ziekte
    medicatie operatie patient patiente therapie dialyse syndroom amputatie diagnose stornis ontsteking
    revalidatie intoxicatie pillen`, // the last two: held-out 39's class ("alcoholintoxicatie", "ADHD-pillen")
  ),
  ...VOCABULARY_HEADS,
];

/** "slaapproblemen", "hartklachten": a body or mind part with problems or complaints. */
export const HEALTH_PARTS: readonly string[] = [
  ...wordSet(`hart slaap concentratie geheugen psychisch rug nek gedrags gedrag alcohol drugs drank
    middelen gezondheids long maag darm knie schouder gewrichts spier zenuw angst stress psyche
    rugpijn nier lever hoofdpijn evenwichts eet gok cannabis game prikkelverwerkings ggz ggz- somberheids
    paniek`),
  ...VOCABULARY_HEALTH_PARTS,
  ...FAMILY_HEALTH_PARTS,
];
export const PROBLEM_HEADS: readonly string[] = [
  // "schade": "zenuwschade", "leverschade" (held-out 39's class).
  ...wordSet('probleem problemen problematiek klacht klachten aandoening aandoeningen schade'),
];

/** Short words that only count on their own: "ADD", "OCD", "NAH", "LVB", "ASS". */
export const EXACT = wordSetOf([
  ...MORE_EXACT,
  ...wordSet(`add ocd ocs nah lvb nld manie waan wanen ass cva tia gad cvs dcd blind tbc rsi ghb prothese snuift snoof methadonprogramma methadonpost
  nachtmerries flashbacks flashback anxiety manic relapse relapsed rehab ssri snri aids bpd dis ptss-klachten chemo's pregnant stoma levensmoe
  paniekaanvallen gokt gokte gegokt suicidaal ggz-behandeling ggz-behandelingen smi-indicatie epa-indicatie`),
]);
/**
 * "(angst/paniek)", "angst/somberheid": everyday words that are a care detail only joined to another
 * by a slash or alone in brackets after a name ("Erik (angst) wil ...").
 */
export const JOINED_TERMS = wordSet('angst paniek somber somberheid angstig verward suiker');
// "heeft last van somberheid": a complaint; not "last van angst voor de reorganisatie", "paniek op de
// arbeidsmarkt", "somberheid over de bezuinigingen" (about something).
export const COMPLAINT_NOT_AFTER = wordSet('over om voor op door van bij');
/**
 * Only in capitals and not before another name: "heeft MS", but "MS Teams"; treatments "krijgt ECT",
 * "volgt CGT", "DGT", "TMS", "DBT", "MBT" ("ect" in lower case is "etc."); "heeft GAS" (gegeneraliseerde
 * angststoornis; "gas" in lower case is gas), "EPA" (ernstige psychiatrische aandoening).
 */
export const EXACT_CAPITALS = wordSetOf([
  ...wordSet('ms als ibs ect tms cgt dgt dbt mbt gas epa'),
  ...VOCABULARY_CAPITALS,
  ...FAMILY_CAPITALS,
]);

/** Heads of compounds about services, professions, knowledge or policy. */
export const SERVICE_HEADS: readonly string[] = [
  ...wordSet(`team teams zorg arts artsen centrum centra poli polikliniek afdeling afdelingen expert experts
    expertise deskundige deskundigen behandelaar behandelaars verpleegkundige verpleegkundigen consulent
    consulenten netwerk vereniging richtlijn richtlijnen module modules training trainingen cursus beleid
    specialist specialisten preventie protocol programma aanpak sector instelling instellingen keten
    spreekuur screening unit therapeut therapeuten psychiater onderzoek onderzoeker fonds stichting platform
    project pilot methodiek methode kennis voorlichting campagne congres lezing webinar workshop dag week
    raad organisatie federatie panel toegankelijk toegankelijke vriendelijk vriendelijke dienst
    verlof uitkering post instructie instructies handreiking punt loket
    cafe`), // held-out 43: "een aanrader voor het dementiecafé", a meeting place like "alzheimercafé"
  // det-nhfp37: a meeting, a group, a contact role, a format or figures named after a care word is work
  // ("de EMDR-informatiebijeenkomst", "onze verslavingsarts-contactpersoon", "de lithium-werkgroep").
  ...wordSet(`bijeenkomst bijeenkomsten contactpersoon contactpersonen werkgroep werkgroepen format formats
    cijfers protocollen`),
  // det-vocab66: a leaflet about a care word is no one's ("de medicatiefolder", "een depressiebrochure").
  ...wordSet('folder folders brochure brochures flyer flyers factsheet poster posters'),
];

/** Service heads written apart after a care word: "burn-out preventie", "autisme team" (not "methadon programma"). */
export const SERVICES_APART =
  wordSet(`team teams preventie training trainingen cursus voorlichting workshop webinar
  expertise netwerk richtlijn beleid spreekuur congres lezing campagne module`);

// "opgenomen" is an admission in "is opgenomen op de PAAZ", but not in "contact opgenomen met",
// "vakantie opgenomen" or "opgenomen in het verslag".
export const NOT_ADMISSION_BEFORE =
  wordSet(`contact verlof vakantie vrij vrije uren uur dagen dag tijd telefonisch
  zorgverlof ouderschapsverlof`);
export const DOCUMENTS =
  wordSet(`verslag notulen plan planning agenda overzicht begroting jaarplan projectplan actielijst
  werkproces nieuwsbrief convenant afspraken evaluatie rapportage lijst protocol werkwijze systeem dossier
  beleid regioplan werkinstructie document offerte contract budget subsidie aanvraag voorstel digest formulier
  team werkgroep stuurgroep netwerk pool bestand register overeenkomst handreiking kader checklist`);
export const DOCUMENT_FILLERS = wordSet("in op bij onder de het een ons onze als 't");
// Held-out 19: villages named for the psychiatric hospital there, as people say "zit nog in Kloetinge",
// "ontslagen uit Poortugaal" (a stay or discharge only, as for "kliniek": "woont in Wolfheze" is none).
const HOSPITAL_VILLAGES = 'kloetinge poortugaal wolfheze santpoort endegeest';
// A stay there is not living there ("woont in Wolfheze").
export const HOSPITAL_VILLAGE_SET = wordSet(HOSPITAL_VILLAGES);
// "opname" alone is also a recording ("opnames van de leerbijeenkomst").
export const ADMISSION_PLACES = wordSet(
  `kliniek ziekenhuis paaz ggz psychiatrie instelling crisisopvang afdeling ${HOSPITAL_VILLAGES}`,
);
export const ADMISSION_BEFORE = wordSet('gedwongen klinische psychiatrische vrijwillige zijn haar');
// "een opname van zes weken": a stay, not a recording.
export const DURATIONS = wordSet('dag dagen nacht nachten week weken maand maanden');
// "in behandeling bij", "bekend bij", "loopt bij", "zit bij" a care provider.
// "een intake", and with a possessive "zijn intake bij de verslavingszorg" (not "de intake": a worker's).
/** "zijn psychiater", "d'r behandelaar": a third person's possessive. */
export const POSSESSIVES = wordSet("zijn haar z'n zn d'r his her");
export const INTAKE_OWNERS = wordSet("een zijn haar z'n zn d'r");
// "in beeld bij het IHT-team" (held-out 39's class; only after "in", care-setting-context.ts).
export const UNDER_CARE_WORDS = wordSet('behandeling bekend loopt liep intake zit zat beeld');
export const IN_BEFORE = wordSet('behandeling beeld');
// "is bij GGNet in behandeling", "zit sinds kort bij Tactus in behandeling": a person under a
// provider's care; not "de aanvraag is bij het UWV in behandeling" (a handler of a request).
export const NOT_CARE_HANDLERS = wordSet('uwv gemeente svb cak belastingdienst werkplein rechtbank');
export const UNDER_CARE_VERBS = wordSet('is zit was zat');
// "staat op de wachtlijst voor FACT", "wacht al maanden op een intake": waiting for care; not "de
// wachtlijst voor beschut werk".
export const WAITLIST_FOR = wordSet(`behandeling therapie kliniek fact act ggz intake opname
  traumabehandeling psycholoog psychiater emdr verslavingszorg dagbehandeling ribw diagnostiek`);
// "heeft weer een opname gehad", "had een opname", "3e opname": an admission in someone's history.
export const ADMISSION_HAD_BEFORE = wordSet('heeft had hebben hadden weer nog');
export const ADMISSION_ORDINALS = wordSet('tweede derde vierde vijfde zoveelste');
// "heeft een opname van de bijeenkomst gemaakt", "had een opname op Teams": a recording.
export const RECORDING_AFTER = wordSet('van op gemaakt');
export const RECORDING_VERBS = wordSet('gemaakt gedeeld bekeken terugkijken opgeslagen gestuurd gemaild');
// "volgt een mindfulness-training bij de GGZ", "krijgt therapie bij een psycholoog": a treatment verb
// a few words before "bij" a care provider.
export const TREATMENT_VERBS = wordSet('volgt volgde krijgt kreeg doet deed');
// "heeft weer gesprekken bij de praktijkondersteuner": having, with a word for care.
// "zit in een traject bij Jellinek": in a course of care.
export const HAVE_VERBS = wordSet('heeft had hebben zit zat');
// "krijgt begeleiding van een psycholoog": care given by a provider (not "krijgt een mail van de psycholoog").
export const TREATMENT_NOUNS =
  wordSet(`begeleiding behandeling gesprekken sessie sessies therapie hulp ondersteuning
  casemanager behandelaar psycholoog psychiater therapeut traject behandeltraject`);
export const TREATMENT_WINDOW = 6;
// "is doorverwezen naar de verslavingszorg": referred to a provider (not "de folder gestuurd naar ...").
export const REFERRAL_VERBS = wordSet('doorverwezen verwezen verwijzing');
// "doet stage bij de GGZ", "krijgt een rondleiding bij de GGZ": work or a visit, not treatment.
export const NOT_TREATMENTS =
  wordSet(`stage werk werkbezoek bezoek rondleiding presentatie onderzoek interview
  dienst dienstje opdracht klus vacature sollicitatie sollicitatiegesprek stagiair stagiairs stagiaire
  vrijwilliger vrijwilligers`); // det-52: "krijgt weer stagiairs bij Tactus".
// "zit in de kliniek", "ligt in het ziekenhuis": staying there, not working there; "zit weer in de put".
// "ligt op de HIC", "woont in een RIBW-huis", "lag op de gesloten afdeling": also the part before a hyphen,
// and "afdeling" only after an adjective of care (CARE_WARDS).
export const CARE_PLACES = wordSet(
  `kliniek ziekenhuis psychiatrie crisisopvang paaz verslavingskliniek crisisbed crisisbedden crisisdienst put
  hic ic ribw puk fpc hospice verpleeghuis revalidatiecentrum afdeling apz seh fpk zkh ${HOSPITAL_VILLAGES}
  crisisafdeling opnameafdeling crisisplek crisisplaats`, // det-care38b: "zit sinds maandag op een crisisplek"
);
// "verblijft in de forensische kliniek" (batch 35); held-out 19: "overgeplaatst naar een open afdeling".
export const CARE_WARDS = wordSet(
  'gesloten psychiatrische acute high-care separeer forensische besloten open',
);
// "zit in een FACT-traject", "zit in het ACT-team", "zit in de ambulante verslavingszorg": a care
// programme one is in (the word, or its part before a hyphen: "FACT-traject", "EPA-team", "Housing
// First-traject"). Only after "zit in" and the like: "het FACT-team van GGNet doet mee" is a service.
// "act" and "fact" alone only in capitals ("in de act" is a show).
export const CARE_PROGRAMMES =
  wordSet(`fact f-act act epa housing deeltijdbehandeling deeltijd verslavingszorg
  woonbegeleiding ggz-traject ambulantisering ibw iht dagbesteding`);
// "heeft de IHT elke dag over de vloer", "krijgt IHT": care at home received.
export const CARE_AT_HOME = wordSet('iht ibw woonbegeleiding thuisbehandeling');
export const RECEIVE_VERBS = wordSet('heeft had krijgt kreeg ontvangt');
export const PROGRAMME_ADJECTIVES = wordSet('ambulante klinische intensieve specialistische');
export const STAY_VERBS = wordSet('zit zat ligt lag lig verblijft verbleef blijft woont woonde');
// "zit sinds vorige week in de kliniek", "ligt al twee weken in het ziekenhuis": a time between the
// verb and "in" (not "morgen": a visit).
export const STAY_FILLERS = wordSet(`sinds al nu weer nog tijdelijk opnieuw alweer sindsdien inmiddels vorige
  afgelopen deze een twee drie vier paar enkele dag dagen week weken maand maanden jaar januari februari maart
  april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag
  zaterdag zondag gisteren eergisteren gister eergister begin eind medio toch ook echt wel steeds nou
  voorlopig`); // det-owner71b: "blijft voorlopig in de tbs-kliniek"
// "zat hij nog op de gesloten afdeling", "zit ze weer in de kliniek": the subject after the verb (batch 40-names).
export const STAY_SUBJECTS = HE_SHE_TYPED;
// "zit in het ziekenhuis voor een overleg": a meeting there, not a stay.
export const MEETINGS =
  wordSet(`overleg vergadering werkgroep bijeenkomst presentatie training lezing workshop
  netwerkbijeenkomst rondleiding`);
// "komt net uit de kliniek", "is uit het ziekenhuis ontslagen", "terug uit de kliniek": a discharge; since
// batch 54 also with the pronoun after the verb or in a clause: "kwam ze uit de kliniek", "toen hij uit de kliniek kwam".
export const DISCHARGE_BEFORE = wordSet('net pas ontslagen terug thuis hij ze zij');
// "ging terug naar de kliniek": a readmission.
// Held-out 19: "is overgeplaatst naar een open afdeling": moved between wards.
export const RETURN_BEFORE = wordSet('terug weer opnieuw doorverwezen overgeplaatst');
export const DISCHARGE_AFTER = wordSet('ontslagen');
// The owner walk's group and topic words (care-term-owner.ts): "cliënten met", "training over".
export const GROUP_WORDS =
  wordSet(`clienten mensen deelnemers kandidaten patienten jongeren inwoners werkzoekenden doelgroep
  werknemers medewerkers personen bewoners uitkeringsgerechtigden iedereen niemand sommigen velen anderen ouderen
  volwassenen vrouwen mannen iemand wie burgers klanten studenten groep casussen uitvallers uitstromers instromers
  aanmeldingen verwijzingen`); // det-owner71: "het aantal aanmeldingen met een verslavingsprobleem"
export const TOPIC_WORDS =
  wordSet(`over rond rondom omtrent training workshop voorlichting webinar scholing kennis thema module media
  richtlijn protocol expertise specialist gespecialiseerd aanpak stigma taboe preventie leerbijeenkomst presentatie
  lezing factsheet fictieve fictief geanonimiseerde anonieme zoals bijvoorbeeld casusbespreking expert gebied deskundig ervaring
  ervaringen specialisatie onderzoek onderzoeken studie cijfers artikel boek campagne folder brochure film
  podcast documentaire onderwerp onderwerpen caseload portefeuille hoe cursus cursussen opleiding e-learning leergang signaleren
  herkennen about presentation meeting guideline guidelines session lecture research
  handboek handboeken handreiking leidraad toolkit talk agendapunt agendapunten`); // English: batch 48; det-nh: "het handboek epilepsie en werk"; det-owner71: "het agendapunt medicatie en werk"
