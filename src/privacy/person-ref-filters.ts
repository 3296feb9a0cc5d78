import { isKnownFirstName } from './name-lexicon.ts';
import { isStreetName } from './name-word-flags.ts';
import { isClientOfOther } from './person-client-of.ts';
import { doctorTellsOwnCare } from './person-doctor-own-care.ts';
import { SUBJECT_VERBS } from './person-name-words.ts';
import type { PersonRef } from './person-names.ts';
import { isOrganisationAtPlace } from './person-organisation-place.ts';
import { tellsOwnCare } from './person-role-own-care.ts';
import { DOCTOR_TITLES } from './person-titled-refs.ts';
import { isWorkTitle } from './person-titled-work.ts';
import type { Sentence } from './sentences.ts';
import { type Token, tokenAt } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet } from './word-sets.ts';

/**
 * Person references that stand for nobody whose care detail could leak (batch 33, issue 14): a name
 * in a sentence that says it is made up ("fictieve casus", "\"Mark\" (verzonnen naam)", "Jan (fictief
 * voorbeeld)", "(geen echte persoon)"), a professional named with a job in brackets ("Ilse (manager
 * GGNet)"), a first name that opens a street's name ("de Karel Doormanstraat"), and an organisation named
 * after a person ("Stichting Anton Constandse").
 */
const FICTION_WORDS = wordSet('fictief fictieve verzonnen gefingeerd gefingeerde denkbeeldig denkbeeldige');
const FICTION_NOUNS = wordSet(`naam namen casus casussen voorbeeld persoon personen client cliente klant
  deelnemer situatie verhaal figuur karakter`);
// "Rollenspel: Piet (gespeeld door Jan) ...": an exercise whose people are played.
const FICTION_MARKS = wordSet('rollenspel rollenspellen oefencasus oefencasussen');
const PROFESSIONS =
  wordSet(`manager teamleider projectleider jobcoach klantmanager trajectbegeleider psychiater
  psycholoog behandelaar arbeidsdeskundige consulent voorzitter huisarts casemanager verpleegkundige wethouder
  directeur coordinator beleidsmedewerker adviseur bedrijfsarts collega regisseur beleidsadviseur therapeut
  psychotherapeut orthopedagoog jurist apotheker`);

// "Stichting Anton Constandse", "Fonds Willem Bakker": an organisation named after a person.
const NAMED_ORGANISATIONS = wordSet('stichting vereniging fonds genootschap instituut huize stg');

const EPONYMS = wordSet('tourette parkinson alzheimer asperger korsakov huntington crohn bechterew');

const MEMBER_ROLES = wordSet(`projectleider teamleider manager coordinator beleidsmedewerker beleidsadviseur
  adviseur voorzitter directeur regisseur secretaris notulist spreker spreekster
  dagvoorzitter trainer onderzoeker presentatie gastspreker gastspreekster`);

// Batch 61 (det-61): "Lieve mensen,", "Lieve allemaal": a first name that is also the salutation's adjective.
const ADDRESSEES = wordSet(
  "mensen allemaal allen collega collega's lezers leden teamleden werkgroepleden vrienden",
);
// Batch 61: "Intaker: Yvonne" closing a form: the professional who filled it in, not the person it is about.
const STAFF_LABELS = wordSet(`intaker intaakster intakemedewerker verslaglegger gespreksleider auteur
  opgesteld jobcoach trajectbegeleider casemanager klantmanager consulent begeleider begeleidster`);

/** The references of a sentence that may be a real person (the array itself when all may). */
export function realPersons(
  tokens: readonly Token[],
  sentence: Sentence,
  refs: PersonRef[],
  isCareWord: (k: number) => boolean = () => false,
): PersonRef[] {
  if (refs.length === 0) return refs;
  if (isFiction(tokens, sentence)) return [];
  const owns = (last: number) => tellsOwnCare(tokens, last, sentence.to, isCareWord);
  const doctorOwns = (last: number) => doctorTellsOwnCare(tokens, last, sentence.to, isCareWord);
  return refs.every((r) => mayBeReal(tokens, r, owns, doctorOwns))
    ? refs
    : refs.filter((r) => mayBeReal(tokens, r, owns, doctorOwns));
}

/** "fictieve casus", "verzonnen naam", "geen echte persoon": the sentence says its people are made up. */
function isFiction(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let k = sentence.from; k < sentence.to - 1; k++) {
    if (!isFictionCue(tokens[k]!)) continue;
    const key = tokens[k]!.key;
    const next = tokens[k + 1]!.key;
    // "(verzonnen)", "(fictief)" alone in brackets too.
    if (FICTION_WORDS.has(key) && (FICTION_NOUNS.has(next) || next === ')')) return true;
    if (FICTION_MARKS.has(key)) return true;
    if (key === 'geen' && next === 'echte' && FICTION_NOUNS.has(tokens[k + 2]?.key ?? '')) return true;
  }
  return false;
}

// The words the loop of isFiction starts at (asked of every word of a sentence that names someone).
const isFictionCue = keyTest((key) => FICTION_WORDS.has(key) || FICTION_MARKS.has(key) || key === 'geen');

// A doctor's own care needs "zelf" or a verb a doctor at work is not the subject of ("heeft een depressie
// vastgesteld", "is gespecialiseerd in verslaving" are their work).
const DOCTOR_OWN_VERBS = wordSet('zelf ligt lag wordt werd');

function doctorOwnsCare(tokens: readonly Token[], last: number, owns: (last: number) => boolean): boolean {
  return DOCTOR_OWN_VERBS.has(tokens[last + 1]?.key ?? '') && owns(last);
}

/** `owns(last)`: the person ending at `last` (or the aside after it) tells their own care (person-role-own-care.ts). */
function mayBeReal(
  tokens: readonly Token[],
  ref: PersonRef,
  owns: (last: number) => boolean,
  doctorOwns: (last: number) => boolean,
): boolean {
  // "Projectleider Koen ..., hij heeft een knieoperatie", "spreker is Anna van ...", in minutes
  // "presentatie Kim de Groot 12 nov" (held-out 24's class): a member or
  // professional named after their role (not an ervaringsdeskundige: corpus.tsv counts his own story).
  const link = tokenAt(tokens, ref.first - 1)?.key ?? '';
  if (NAMED_ORGANISATIONS.has(link) || (MEMBER_ROLES.has(link) && !owns(ref.last))) return false;
  // det-forms38: "Dr. Vossen legt uit ...", "dr Vossen heeft de diagnose gesteld": a doctor at work; "Dr.
  // Vossen zelf heeft een burn-out", "dokter Vossen ligt in het ziekenhuis": the doctor's own care.
  // det-42b: "Prof. Smeets (MUMC) is zelf met een burn-out thuis", "dr. Vos is geopereerd" (person-doctor-own-care.ts).
  if (
    DOCTOR_TITLES.has(tokens[ref.first]!.key) &&
    !doctorOwnsCare(tokens, ref.last, owns) &&
    !doctorOwns(ref.last)
  )
    return false;
  // Classes of heldout13: "heeft Gilles de la Tourette": a condition named by its eponym's full name.
  if (EPONYMS.has(tokens[ref.last]!.key)) return false;
  if (isWorkTitle(tokens, ref.first, ref.last)) return false; // "de cursus Dirk van der Meer - ..."
  // det-family: "mien zoon", "mien schoonmoder": Limburgish "mijn" in lower case, not the name Mien.
  if (tokens[ref.first]!.text === 'mien' && !SUBJECT_VERBS.has(tokens[ref.first + 1]?.key ?? ''))
    return false;
  // Held-out 25: "Revalidatie Friesland", "PsyQ Almere": an organisation and its place.
  if (isOrganisationAtPlace(tokens, ref)) return false;
  if (isClientOfOther(tokens, ref)) return false; // "De cliënt van Joost": Joost's client, unnamed.
  if (isNeuterNamed(tokens, ref, link)) return false; // "Altrecht en het Antonius starten ..." (det-73)
  if (isAcronymSpelled(tokens, ref)) return false; // "het Sem-project (Samen Energiek Meedoen)"
  if ((link === 'is' || link === ':') && MEMBER_ROLES.has(tokens[ref.first - 2]?.key ?? '')) return false;
  const after = tokens[ref.last + 1];
  if (link === ':' && STAFF_LABELS.has(tokens[ref.first - 2]?.key ?? '') && endsItsLine(after)) return false;
  if (after === undefined) return true;
  if (isSalutation(tokens, ref, after)) return false;
  // "Ilse (manager GGNet)": a professional named with the job.
  // "Jan (jobcoach) heeft een burn-out" is still said of that person.
  if (after.text === '(' && isProfession(tokens[ref.last + 2]?.key ?? ''))
    return saysOf(tokens, ref.last + 1, owns);
  // Batch 67: "Wouter Kramer, neuropsycholoog, legt uit ...": the job between commas; "Sanne, psycholoog,
  // heeft een burn-out" is still said of her.
  if (
    after.text === ',' &&
    isProfession(tokens[ref.last + 2]?.key ?? '') &&
    tokens[ref.last + 3]?.text === ','
  )
    return SUBJECT_VERBS.has(tokens[ref.last + 4]?.key ?? '');
  if (isStreetWithNumber(tokens, ref, after)) return false;
  // "de Karel Doormanstraat": a first name that opens a street's name.
  return !(after.capitalised && isStreetName(after.key));
}

// Batch 72 (det-72): "bij mw. Ten Brink, Lange Mare 41, 2312 GS Leiden. Ze ...": capitalised words after a comma or
// "aan de"/"op de" and before a house number that ends its clause are a street without a street's ending ("Lange
// Mare", "Oude Vest"), no person; not when it opens with a known first name ("Piet de Vries 45, ...": an age).
const STREET_LINKS = wordSet('aan op');
const HOUSE_NUMBER = /^\d{1,4}[a-z]?$/;

function isStreetWithNumber(tokens: readonly Token[], ref: PersonRef, after: Token): boolean {
  if (after.type !== 'number' || !HOUSE_NUMBER.test(after.key) || after.lineBefore) return false;
  if (isKnownFirstName(tokens[ref.first]!.key)) return false; // "Piet de Vries 45, ...": an age
  const link = tokenAt(tokens, ref.first - 1);
  const placed =
    link?.text === ',' || (link?.key === 'de' && STREET_LINKS.has(tokenAt(tokens, ref.first - 2)?.key ?? ''));
  if (!placed) return false;
  const next = tokens[ref.last + 2];
  return next === undefined || next.text === ',' || next.text === '.' || next.lineBefore;
}

/** The reference ends its line or field: nothing but a field's mark after it. */
function endsItsLine(after: Token | undefined): boolean {
  return after === undefined || after.lineBefore || after.text === '|' || after.text === ';';
}

/** "Lieve mensen," opening the text or a line: a one-word name before an addressee word in lower case. */
function isSalutation(tokens: readonly Token[], ref: PersonRef, after: Token): boolean {
  if (ref.first !== ref.last || (ref.first > 0 && !tokens[ref.first]!.lineBefore)) return false;
  return !after.capitalised && ADDRESSEES.has(after.key);
}

/** "psycholoog", and since batch 44-names a profession after a hyphen: "GZ-psycholoog", "IPS-jobcoach". */
function isProfession(key: string): boolean {
  if (PROFESSIONS.has(key) || PROFESSIONS.has(key.slice(key.lastIndexOf('-') + 1))) return true;
  // "neuropsycholoog", "kinderpsychiater": a compound ending in a profession (batch 67).
  return PROFESSION_ENDINGS.some((end) => key.length > end.length && key.endsWith(end));
}
const PROFESSION_ENDINGS = ['psycholoog', 'psychiater', 'therapeut'];

// "Chaimae (jobcoach zei het) is weer opgenomen": the professional in brackets is the source.
const SAID = wordSet('zei zegt zeggen meldde meldt vertelde vertelt hoorde belde mailde volgens via');

/**
 * The bracket opened at tokens[open] closes a few tokens on before a verb said of the person, or holds
 * a verb of saying: the professional in it told about the person ("jobcoach zei het").
 */
function saysOf(tokens: readonly Token[], open: number, owns: (last: number) => boolean): boolean {
  for (let j = open + 1; j <= open + 6 && j < tokens.length; j++) {
    if (tokens[j]!.text === ')')
      return SUBJECT_VERBS.has(tokens[j + 1]?.key ?? '') || isOwnSaid(tokens, j + 1) || owns(j);
    if (SAID.has(tokens[j]!.key)) return true;
  }
  return false;
}

// Batch 72 (det-72): "Joyce van Dijk (huisarts Delft) vertelde dat ze zelf jaren met migraine heeft gewerkt": the
// professional tells her own, "ze zelf", "haar eigen" in the clause after the aside.
const OWN_REACH = 8;
const SELF_OWNERS = wordSet("ze zij hij haar zijn z'n d'r");
const SELF = wordSet('zelf eigen');

function isOwnSaid(tokens: readonly Token[], from: number): boolean {
  for (let j = from + 1; j < tokens.length && j <= from + OWN_REACH; j++) {
    const token = tokens[j]!;
    if (token.type === 'punct' && token.text !== ',') return false;
    if (SELF.has(token.key) && SELF_OWNERS.has(tokens[j - 1]!.key)) return true;
  }
  return false;
}

// det-nh (batch 63): capitalised words in brackets that spell out the abbreviation right before them are its
// name, no person: "het Sem-project (Samen Energiek Meedoen)", "IPS (Individuele Plaatsing en Steun)". Three
// letters or more, the abbreviation in capitals or before a hyphen ("Sanne Jansen (SJ)" stays a person);
// lower-case joining words ("en", "voor") are skipped.
const ACRONYM_WORDS = 8;

function isAcronymSpelled(tokens: readonly Token[], ref: PersonRef): boolean {
  let open = ref.first - 1;
  while (
    open > ref.first - ACRONYM_WORDS &&
    tokenAt(tokens, open)?.type === 'word' &&
    tokens[open]!.capitalised
  )
    open--;
  if (tokenAt(tokens, open)?.text !== '(') return false;
  const before = tokenAt(tokens, open - 1);
  if (before === undefined || (!before.allCaps && !before.key.includes('-'))) return false;
  const head = before.key.includes('-') ? before.key.slice(0, before.key.indexOf('-')) : before.key;
  if (!/^[a-z]{3,6}$/.test(head)) return false;
  let initials = '';
  for (let j = open + 1; j <= open + ACRONYM_WORDS && tokens[j]?.type === 'word'; j++)
    if (tokens[j]!.capitalised) initials += tokens[j]!.key[0];
  return initials === head;
}

// det-73: "Altrecht en het Antonius starten ...", "opgenomen in het Radboud": a single name after the article
// "het" is a hospital or building named after someone; no person is "het". The article only after a
// preposition, a conjunction or a mark ("ik heb het Sanne gevraagd": "het" after a verb is the object).
const ARTICLE_BEFORE = wordSet('en of in naar bij van uit met via door op aan voor tot');

function isNeuterNamed(tokens: readonly Token[], ref: PersonRef, link: string): boolean {
  if (link !== 'het' || ref.first !== ref.last || !tokens[ref.first]!.capitalised) return false;
  const before = tokens[ref.first - 2];
  return before === undefined || before.type === 'punct' || ARTICLE_BEFORE.has(before.key);
}
