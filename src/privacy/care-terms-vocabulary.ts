import { wordSet } from './word-sets.ts';

/**
 * Diagnoses, care forms and everyday ways of saying a mental state that the lists lacked (issue 14,
 * care vocabulary), spread into the lists of care-terms-lexicon.ts and care-term-words.ts. Said of a
 * named person they are health data; a topic, a service or a workplace stays clean by the rules that
 * keep every care term so (topic words, service heads, care-term-services.ts).
 */

/** Stems: a word that starts with one counts, unless the rest names a service. */
export const VOCABULARY_STEMS: readonly string[] = [
  // DSM-5 diagnoses in Dutch, and their common misspellings.
  ...wordSet(`morfodysfor dysmorfofob depersonalis derealis hypersomni parasomni genderdysfor parafili
    kleptoman pyroman histrion obsessief-compuls obsessieve-compuls somatoform ziekteangst
    frontotempor alcoholisme alcoholabusus drugsabusus middelenabusus alcoholmisbruik drugsmisbruik
    middelenmisbruik polymiddelen drankzucht gokzucht doodsgedacht posttraumat
    angstoorn pyschos pychos sucid alcholis alchoholis scizof korsakoff overspanningsklacht straatvrees
    pleinvrees verlatingsangst waanidee gedesorienteerd desorientatie katato mutistisch apathi
    cluster-b cluster-c dubbeldiagnose lvb- nah- emotieregulatieprobl zelfverwaarloz probleemdrink
    grootheidswaan achtervolgingswaan`),
  // Somatic chronic conditions.
  ...wordSet(`hypertens atriumfibril hartklep niersteen nierstenen galsteen galstenen diverticul maagzweer
    osteopor vitiligo alopecia glioblastoom meningeoom hydroceph hydrocef hemiparese nierinsuff
    hartinsuff colostoma ileostoma urostoma seropositief cochleair klinefelter prader-willi pancreatitis
    bloedsuiker suikerspiegel incontin overgewicht maagverklein maagband chlamydia syfilis gonorroe
    gordelroos hersenkneuzing asthma exceem ekzeem bronchitis slaapapnoe apneu apnoe clusterhoofdpijn
    dystonie ataxie hartkatheter katheterisatie zwangerschapsafbrek laxeermiddel methamfetamine
    beenbreuk heupbreuk polsbreuk enkelbreuk armbreuk botbreuk
    sleutelbeenbreuk liesbreuk navelbreuk ribbreuk spraakgebrek hartafwijking kinderastma
    inspanningsastma beroepsastma longinfarct myocardinfarct darminfarct nierinfarct`),
  // Treatments, compulsory care (Wvggz, Wzd, the old Bopz) and somatic care.
  ...wordSet(`inbewaringstel dwangopname dwangbehandel dwangverpleg wzd-maatregel wzd-indicatie wzd-client
    bopz hic-opname paaz-opname hic-bed paaz-bed ggz-opname kliniekopname spoedopname signaleringsplan psychodiagnost
    dagklinisch hartrevalid longrevalid stamceltransplant beenmergtransplant beenmergpunct
    levertransplant harttransplant longtransplant euthanasieverzoek euthanasiewens
    euthanasieverklaring overprikkel flauwgeval flauwval psycho-educatie psychoeducatie reanimatie
    gereanimeerd port-a-cath picc-lijn bloedtransfus mri-scan ct-scan pet-scan petscan biopt biopsie
    coloscop gastroscop cpap hoortoestel blindengeleide blindegeleide spiegelcontrole spiegelbepaling
    urinetest ziekte-inzicht terugvalpreventieplan pij-maatregel bw-huis tbs-maatregel
    rouwbegeleid rouwtherap hormoonbehandel hormoontherap hormoonkuur hormoonpreparat`), // the last four: batch 61
];

/** Whole words only. */
export const VOCABULARY_EXACT: readonly string[] = [
  ...wordSet(`mutisme stoornis stoornissen cptss soa soa's angina stent stents reflux eczeem glioom myeloom
    katheter migrane toevallen tbs'er gebruikersruimte rtms logopedie remissie palliatief
    euthanasie ingestort ingestord black-out blackout black-outs blackouts
    comfortroom pvp dotteren abortus kratom overspanning coma comateus intramuraal looprek
    mri mri's surmenage hulphond junkie tbs
    behandeltraject zorgtraject invalide bedlegerig kortademig ondervoed gehandicapt gehandicapte zuiper
    blower stoned lusteloos geagiteerd ontremd incoherent zwaargewond levensgevaarlijk
    alcoholterugval alcohol-terugval drankterugval drank-terugval drugsterugval drugs-terugval`),
];

/**
 * Abbreviations that count only in capitals (care-term-context.ts: not before another name): BPS
 * (borderline), MDD, PDS (prikkelbare darm), IBD, FAS, ODD, MCI, PMT (psychomotorische therapie), TBS,
 * RM (rechterlijke machtiging), TCA (tricyclic antidepressant). "tbs" is a whole word in any case.
 */
export const VOCABULARY_CAPITALS: readonly string[] = [...wordSet('bps mdd pds ibd fas odd mci pmt rm tca')];

/**
 * Heads that make a compound a care term, as those of care-term-words.ts: "alcoholdementie",
 * "spierreuma", "knieartrose", "heupfractuur". Not "astma" ("koelkastmagneet") nor "infarct"
 * ("verkeersinfarct"): their compounds are stems.
 */
export const VOCABULARY_HEADS: readonly string[] = [...wordSet('dementie reuma artrose fractuur')];

/** Body or mind parts before a problem head: "paniekklachten", "pijnklachten", "huidproblemen". */
export const VOCABULARY_HEALTH_PARTS: readonly string[] = [
  ...wordSet(`paniek vermoeidheids pijn ademhalings overgangs huid oog ogen buik spannings blaas hersen
    gehoor spraak zwangerschaps`),
];

/**
 * Providers of GGZ, addiction care and supported housing the provider list lacked: "in behandeling bij
 * Fivoor", "loopt bij PsyQ" (care-setting-context.ts). Not names that are also surnames or places.
 */
export const VOCABULARY_PROVIDERS: readonly string[] = [
  ...wordSet('kwintes lister fivoor transfore propersona vnn eleos psyq ingeest breburg arq youz'),
];

/** Fixed phrases, folded and split into words. */
export const VOCABULARY_PHRASES: readonly string[] = [
  // Diagnoses written in words.
  'obsessief compulsief',
  'obsessief compulsieve',
  'obsessieve compulsieve',
  'restless legs',
  'spina bifida',
  'cerebrale parese',
  'chronisch vermoeid',
  'prikkelbare darm',
  'fragiele x',
  'lewy body',
  'psychische stoornis',
  // Compulsory care and care forms.
  'onder de wzd',
  'in bewaring gesteld',
  'in bewaring genomen',
  'voorwaardelijke machtiging',
  'verplichte zorg',
  'verplichte ggz',
  'geheugenpoli geweest',
  'naar de geheugenpoli',
  'oncologische behandeling',
  'palliatieve sedatie',
  'palliatieve fase',
  'krijgt ambulante begeleiding',
  'kreeg ambulante begeleiding',
  'heeft ambulante begeleiding',
  'had ambulante begeleiding',
  'neuropsychologisch onderzoek',
  'psychodiagnostisch onderzoek',
  'imaginaire exposure',
  ...['zijn', 'haar', "z'n", "d'r"].flatMap((own) => [`${own} ambulant begeleider`, `${own} woonbegeleider`]),
  'gesprekken met de poh-ggz',
  'gesprekken met de poh',
  'gesprekken met de psycholoog',
  'gesprekken met een psycholoog',
  'gesprekken met de psych',
  'bij de psych geweest',
  'afspraak bij de psych',
  'afspraak met de psych',
  'naar de psych',
  'ziet een psych',
  'aan het infuus',
  'aan de beademing',
  'aan de zuurstof',
  'klinische behandeling',
  'krijgt ambulante behandeling',
  'in ambulante behandeling',
  'dubbele diagnose',
  'cluster b',
  'cluster c',
  'sociale angst',
  'laag iq',
  'lage iq',
  'moeilijk lerend',
  'met de ambulance',
  'in coma',
  'in het gips',
  'onder narcose',
  'met krukken',
  'in een scootmobiel',
  'met een scootmobiel',
  'met de scootmobiel',
  'gebroken rib',
  'gebroken ribben',
  'rib gebroken',
  'ribben gebroken',
  'krijgt zijn prik',
  'krijgt haar prik',
  'kreeg zijn prik',
  'kreeg haar prik',
  'een aanval gehad',
  'een aanval gekregen',
  'kreeg een aanval',
  'naar de spoedeisende hulp',
  'naar de eerste hulp',
  'naar het ziekenhuis gebracht',
  'in het ziekenhuis beland',
  'beschermde woning',
  'beschermde woonplek',
  'urine inleveren',
  'is junk',
  'een junk',
  'psychische problematiek',
  'in de psychiatrie gezeten',
  'in de psychiatrie beland',
  'in de psychiatrie terechtgekomen',
  'verleden in de psychiatrie',
  'client van de ggz',
  'client bij de ggz',
  'patient van de ggz',
  'in zorg bij',
  'behandeling afgerond',
  'behandeling gestopt',
  'behandeling afgebroken',
  'tbs gekregen',
  'tbs opgelegd',
  'erfelijke aandoening',
  'zeldzame ziekte',
  'zeldzame aandoening',
  'ongeneeslijke ziekte',
  'ongeneeslijk ziek',
  'ernstig ziek',
  'aangeboren afwijking',
  'heeft een handicap',
  'had een handicap',
  'lichamelijke handicap',
  'verstandelijke handicap',
  'slecht ter been',
  // English, as some werkgroep members write it.
  'in therapy',
  'her therapist',
  'his therapist',
  'her psychiatrist',
  'his psychiatrist',
  'diagnosed with',
  'mental breakdown',
  'struggling mentally',
  'had surgery',
  'withdrawal symptoms',
  'a miscarriage',
  // Side effects of someone's medicine (not "de bijwerkingen van de nieuwe regels").
  'heeft bijwerkingen',
  'had bijwerkingen',
  'krijgt bijwerkingen',
  'kreeg bijwerkingen',
  'veel bijwerkingen',
  'bijwerkingen van de pillen',
  'bijwerkingen van de medicijnen',
  'is terminaal',
  'was terminaal',
  'terminaal ziek',
  'terminale fase',
];
