import { isCapitalised, type Token, tokenize, wordSet } from './tokens.ts';

/**
 * Words that say something about a person's mental health or care: diagnoses, admissions,
 * medication, treatment. Folded (lower case, no diacritics). A word counts when it starts with one
 * of the stems, unless it is a compound about a service rather than a person ("psychoseteam",
 * "verslavingszorg", "suïcidepreventie", "medicatiebeleid"). Eponymous diagnoses (Korsakov,
 * Asperger) are care terms too: "meneer X heeft Korsakov" is health data, "de ziekte van Alzheimer"
 * has no person in it.
 */
const STEMS: readonly string[] = [
  ...wordSet(`psychose psychoses psychotisch psychotherap depressi depri schizo bipola manisch autis angststoorn
    angstklacht paniekaanval paniekstoorn eetstoorn anorex boulim persoonlijkheidsstoorn dwangstoorn
    dwanggedacht verslaafd verslaving alcoholversla drugsversla gokversla alcoholist suicid zelfmoord
    zelfbeschadig burn-out burnout overspannen crisisopname heropname crisisopvang crisiskaart antipsycho
    antidepressiv medicatie medicijn psychiatrisch trauma getraumatiseerd ptss ptsd adhd hallucin dementie
    dement alzheimer asperger korsakov parkinson huntington tourette gediagnosticeerd therapie dagbehandeling
    zorgmachtiging wvggz gesepareerd separeer emdr lithium clozapine ritalin methylfenidaat oxazepam
    diazepam seroquel quetiapine olanzapine haldol risperdal risperidon abilify aripiprazol sertraline
    paroxetine citalopram venlafaxine methadon borderline paaz ziektebesef ziekteinzicht cocaineversla
    hypoma hersenletsel hersenbloeding herseninfarct hartinfarct beroerte diabet suikerziek epilep reuma
    astma copd kanker chemo fibromyalg migraine hernia whiplash sclerose crohn colitis dialyse nierfal
    hiv hepatitis lupus chronisch-ziek ontwikkelingsachterstand pdd-nos zwakbegaafd slechthorend slechtziend doof
    dyslex dyscalcul leukemie tumor obesitas artrose artritis tinnitus afasie hartfalen hartaanval fobie angsten
    hypochond gehoorbeperk gezichtsbeperk visusbeperk spraakbeperk
    slaapapneu hersenschudding gehoorapparaat
    long-covid diabeet insuline geopereerd rolstoel hyperventil neurose zelfdoding overdosis lyme ggz-client epa-client
    concerta dexamfetamine fluoxetine prozac escitalopram mirtazapine lamotrigine valproaat depakine
    carbamazepine tegretol haloperidol lorazepam temazepam clonazepam rivotril pregabaline lyrica tramadol
    oxycodon morfine buprenorfine naltrexon antabus disulfiram metformine prednison zyprexa xeplion
    bestraling tuberculose spastisch spasticiteit verlamd verlamming dwarslaesie geamputeerd amputatie
    rollator narcistisch narcisme drugsgebruik alcoholgebruik middelengebruik cannabisgebruik
    cocainegebruik harddrugs heroine cocaine blowt automutil ggz-verleden ggz-achtergrond benzo slaappil
    depotinj crisismaatregel jicht psoriasis hartkwaal emfyseem longemfyseem dyspraxie downsyndroom`),
];

/**
 * Heads that make any compound a care term: "gameverslaving", "hechtingsstoornis",
 * "borstkanker". The part after the head must not be a service ("verslavingszorg").
 */
const COMPOUND_HEADS: readonly string[] = [
  ...wordSet(
    `verslaving verslaafd stoornis stoornissen kanker psychose depressie trauma letsel fobie tumor ziekte
    medicatie operatie patient patiente therapie dialyse syndroom`,
  ),
];

/** "slaapproblemen", "hartklachten": a body or mind part with problems or complaints. */
const HEALTH_PARTS: readonly string[] = [
  ...wordSet(`hart slaap concentratie geheugen psychisch rug nek gedrags gedrag alcohol drugs drank
    middelen gezondheids long maag darm knie schouder gewrichts spier zenuw angst stress psyche
    rugpijn nier lever hoofdpijn evenwichts eet gok cannabis game prikkelverwerkings ggz ggz-`),
];
const PROBLEM_HEADS: readonly string[] = [
  ...wordSet('probleem problemen problematiek klacht klachten aandoening aandoeningen'),
];

/** Short words that only count on their own: "ADD", "OCD", "NAH", "LVB", "ASS". */
const EXACT = wordSet(
  'add ocd ocs nah lvb nld manie waan wanen ass cva tia gad cvs dcd blind tbc rsi ghb prothese',
);
/** Only in capitals and not before another name: "heeft MS", but "MS Teams". */
const EXACT_CAPITALS = wordSet('ms als ibs');

/** Heads of compounds about services, professions, knowledge or policy. */
const SERVICE_HEADS: readonly string[] = [
  ...wordSet(`team teams zorg arts artsen centrum centra poli polikliniek afdeling afdelingen expert experts
    expertise deskundige deskundigen behandelaar behandelaars verpleegkundige verpleegkundigen consulent
    consulenten netwerk vereniging richtlijn richtlijnen module modules training trainingen cursus beleid
    specialist specialisten preventie protocol programma aanpak sector instelling instellingen keten
    spreekuur screening unit therapeut therapeuten psychiater onderzoek onderzoeker fonds stichting platform
    project pilot methodiek methode kennis voorlichting campagne congres lezing webinar workshop dag week
    raad organisatie federatie panel toegankelijk toegankelijke vriendelijk vriendelijke`),
];

/** Fixed phrases, folded and split into words. */
const PHRASES: readonly string[] = [
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
];

// "opgenomen" is an admission in "is opgenomen op de PAAZ", but not in "contact opgenomen met",
// "vakantie opgenomen" or "opgenomen in het verslag".
const NOT_ADMISSION_BEFORE = wordSet(`contact verlof vakantie vrij vrije uren uur dagen dag tijd telefonisch
  zorgverlof ouderschapsverlof`);
const DOCUMENTS =
  wordSet(`verslag notulen plan planning agenda overzicht begroting jaarplan projectplan actielijst
  werkproces nieuwsbrief convenant afspraken evaluatie rapportage lijst protocol werkwijze systeem dossier
  beleid regioplan werkinstructie document offerte contract budget subsidie aanvraag voorstel digest formulier
  team werkgroep stuurgroep netwerk pool bestand register overeenkomst handreiking kader checklist`);
const DOCUMENT_FILLERS = wordSet('in op bij onder de het een ons onze als');
// "opname" alone is also a recording ("opnames van de leerbijeenkomst").
const ADMISSION_PLACES = wordSet('kliniek ziekenhuis paaz ggz psychiatrie instelling crisisopvang afdeling');
const ADMISSION_BEFORE = wordSet('gedwongen klinische psychiatrische vrijwillige zijn haar');
// "een opname van zes weken": a stay, not a recording.
const DURATIONS = wordSet('dag dagen nacht nachten week weken maand maanden');
// "in behandeling bij de GGZ" (but "de aanvraag is in behandeling bij het UWV").
const CARE_PROVIDERS =
  wordSet(`ggz psychiater psycholoog psychologe psychotherapeut therapeut poli polikliniek
  ziekenhuis kliniek psychiatrie verslavingszorg verslavingsarts specialist neuroloog revalidatiecentrum`);
const PROVIDER_FILLERS = wordSet('de een het haar zijn');
const AS_WORKER = wordSet('als stage mee namens');
// "in behandeling bij", "bekend bij", "loopt bij" a care provider.
const UNDER_CARE_WORDS = wordSet('behandeling bekend loopt liep');
// "zit in de kliniek", "ligt in het ziekenhuis": staying there, not working there.
const CARE_PLACES = wordSet('kliniek ziekenhuis psychiatrie crisisopvang paaz verslavingskliniek');
const STAY_VERBS = wordSet('zit zat ligt lag verblijft verbleef blijft');

export interface CareLexicon {
  /** How many tokens from k form a care expression (0 when none). */
  matchAt(tokens: readonly Token[], k: number, isOrganisation: (k: number) => boolean): number;
}

export function createCareLexicon(extraTerms: readonly string[]): CareLexicon {
  const exact = new Set(EXACT);
  // Phrases by their first word, so a word that starts none costs one lookup.
  const phrases = new Map<string, string[][]>();
  const addPhrase = (words: string[]) => {
    const list = phrases.get(words[0]!) ?? [];
    list.push(words);
    phrases.set(words[0]!, list);
  };
  for (const p of PHRASES) addPhrase(p.split(' '));
  for (const term of extraTerms) {
    const words = tokenize(term).map((t) => t.key);
    if (words.length === 1) exact.add(words[0]!);
    else if (words.length > 1) addPhrase(words);
  }
  return {
    matchAt(tokens, k, isOrganisation) {
      const token = tokens[k]!;
      if (token.type !== 'word' || isOrganisation(k)) return 0;
      const candidates = phrases.get(token.key);
      if (candidates !== undefined) {
        for (const words of candidates) {
          if (matchesPhrase(tokens, k, words)) return words.length;
        }
      }
      if (token.key === 'opgenomen') return isAdmission(tokens, k) ? 1 : 0;
      if (token.key === 'opname') return isAdmissionNoun(tokens, k) ? 1 : 0;
      if (UNDER_CARE_WORDS.has(token.key)) return isTreatment(tokens, k) ? 1 : 0;
      if (CARE_PLACES.has(token.key) && isStay(tokens, k)) return 1;
      if (EXACT_CAPITALS.has(token.key)) return isCapitalsTerm(tokens, k) ? 1 : 0;
      if (!exact.has(token.key) && !hasCareStem(token.key)) return 0;
      if (token.key === 'blind' && isBlindHiring(tokens[k + 1])) return 0;
      return isPartOfProperName(tokens, k) ? 0 : 1;
    },
  };
}

/** "blind solliciteren", "blind werven": a way of hiring, not sight. */
function isBlindHiring(next: Token | undefined): boolean {
  const key = next?.key ?? '';
  return (
    key.startsWith('sollicit') ||
    key.startsWith('gesollicit') ||
    key.startsWith('werv') ||
    key.startsWith('geworven')
  );
}

function matchesPhrase(tokens: readonly Token[], k: number, words: readonly string[]): boolean {
  for (let n = 1; n < words.length; n++) {
    if (tokens[k + n]?.key !== words[n]) return false;
  }
  return true;
}

/** The stems by their first letter: a word is compared with a dozen stems, not two hundred. */
const STEMS_BY_FIRST = new Map<number, string[]>();
for (const stem of STEMS) {
  const list = STEMS_BY_FIRST.get(stem.charCodeAt(0)) ?? [];
  list.push(stem);
  STEMS_BY_FIRST.set(stem.charCodeAt(0), list);
}
const HEALTH_PARTS_BY_FIRST = new Map<number, string[]>();
for (const part of HEALTH_PARTS) {
  const list = HEALTH_PARTS_BY_FIRST.get(part.charCodeAt(0)) ?? [];
  list.push(part);
  HEALTH_PARTS_BY_FIRST.set(part.charCodeAt(0), list);
}

function hasCareStem(key: string): boolean {
  for (const stem of STEMS_BY_FIRST.get(key.charCodeAt(0)) ?? NO_WORDS) {
    if (key.startsWith(stem)) return !isServiceRest(key.slice(stem.length));
  }
  if (key.length < 8) return false;
  for (const head of COMPOUND_HEADS) {
    const at = key.indexOf(head, 2);
    if (at !== -1) return !isServiceRest(key.slice(at + head.length));
  }
  for (const part of HEALTH_PARTS_BY_FIRST.get(key.charCodeAt(0)) ?? NO_WORDS) {
    if (key.startsWith(part) && PROBLEM_HEADS.some((head) => key.endsWith(head))) {
      return key.length >= part.length + 5;
    }
  }
  return false;
}

const NO_WORDS: readonly string[] = [];

function isServiceRest(rest: string): boolean {
  return rest !== '' && SERVICE_HEADS.some((head) => rest.endsWith(head) && rest.length >= head.length);
}

/** "heeft MS", "heeft ALS": in capitals in ordinary text, not in a line typed in capitals nor before a name ("MS Teams"). */
function isCapitalsTerm(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const next = tokens[k + 1];
  const before = tokens[k - 1];
  return (
    token.allCaps &&
    !(next !== undefined && next.type === 'word' && isCapitalised(next)) &&
    !(before !== undefined && before.type === 'word' && before.allCaps)
  );
}

function isAdmission(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (NOT_ADMISSION_BEFORE.has(tokens[j]!.key)) return false;
  }
  const next = tokens[k + 1];
  if (next?.key === 'met' || next?.key === 'als') return false;
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    const key = tokens[j]!.key;
    if (DOCUMENTS.has(key) || key.endsWith('plan') || key.endsWith('lijst') || key.endsWith('verslag'))
      return false;
    if (!DOCUMENT_FILLERS.has(key)) break;
  }
  return true;
}

function isAdmissionNoun(tokens: readonly Token[], k: number): boolean {
  if (ADMISSION_BEFORE.has(tokens[k - 1]?.key ?? '')) return true;
  for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
    const key = tokens[j]!.key;
    if (ADMISSION_PLACES.has(key) || DURATIONS.has(key)) return true;
  }
  return false;
}

/** "in behandeling bij de GGZ", "bekend bij de verslavingszorg", "loopt bij een psycholoog". */
function isTreatment(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.key !== 'bij') return false;
  if (tokens[k]!.key === 'behandeling' && tokens[k - 1]?.key !== 'in') return false;
  for (let j = k + 2; j < tokens.length && j <= k + 4; j++) {
    const key = tokens[j]!.key;
    // "bekend bij de GGZ als contactpersoon", "loopt bij de GGZ stage": working there.
    if (CARE_PROVIDERS.has(key) || key.startsWith('ggz')) return !AS_WORKER.has(tokens[j + 1]?.key ?? '');
    if (!PROVIDER_FILLERS.has(key)) return false;
  }
  return false;
}

/** "zit in de kliniek", "ligt in het ziekenhuis". */
function isStay(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (PROVIDER_FILLERS.has(tokens[j]?.key ?? '')) j--;
  return tokens[j]?.key === 'in' && STAY_VERBS.has(tokens[j - 1]?.key ?? '');
}

/** "Psychose Netwerk", "Autisme Centrum": a capitalised care word inside a name, not mid-sentence prose. */
function isPartOfProperName(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (!isCapitalised(token) || token.text === token.text.toUpperCase()) return false;
  const after = tokens[k + 1];
  const before = tokens[k - 1];
  return (
    (after !== undefined && isCapitalised(after) && !after.lineBefore) ||
    (before !== undefined && isCapitalised(before))
  );
}
