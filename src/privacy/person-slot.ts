import { placeAfterTime } from './care-setting-stay-length.ts';
import { RELATIVES as CLIENT_RELATIVES, FORMS_OF_ADDRESS, YOUNG_PEOPLE } from './client-words.ts';
import { particlesWith } from './name-particles.ts';
import { FIRST_NAME, NOT_NAME, NOT_PLAIN, NOT_SUBJECT, tokenFlags } from './name-word-flags.ts';
import { isVenueToken } from './organisation-words.ts';
import { asideEnd } from './person-name-cues.ts';
import { NOT_PERSON_LABELS, SUBJECT_VERBS } from './person-name-words.ts';
import { isGoneOnInNext } from './person-next-sentence.ts';
import { particleSurnameEnd } from './person-particle-surname.ts';
import { isSubordinateCareSubject, SUBORDINATORS } from './person-subordinate.ts';
import { isLowercaseCareVerbOpening } from './person-unknown-opener.ts';
import { isKnownPlaceAt } from './places.ts';
import { isGlued, type Token, tokenAt } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * A given name of any origin that no list knows ("Shurandi", "Rasha", "Mehmed", "Olena") where a person
 * stands: after a label and its colon ("even een update: Shurandi heeft ..."), as the object of a verb
 * of contact ("gesprek gehad met Rasha", "bellen met de POH over Huub", "Heb Kasia vandaag
 * doorverwezen"), and then followed by a verb of having or being, a bracket, or a pronoun ("die",
 * "hij") that goes on about them. The word must be no known Dutch word, place or organisation.
 */

// Frequent Dutch words a capitalised word there could be (function words, titles, institutions: the name lists).
export const COMMON_WORDS =
  wordSet(`iedereen niemand iemand alles niets niks allemaal werk herstel thema agenda
  vervolg planning afspraak afspraken overleg gesprek gesprekken intake traject trajecten plaatsing baan
  vacature werkgever werkgevers uitkering budget vraag vragen antwoord tip tips advies idee ideeen conclusie
  samenvatting resultaat resultaten probleem problemen punt punten reden oorzaak gevolg gevolgen beleid
  wet regel regels ervaring kennis onderzoek training workshop cursus presentatie bijeenkomst vergadering
  leerbijeenkomst mensen collega collega's deelnemer deelnemers client clienten klant klanten kandidaat
  familie ouders kinderen jongeren zorg hulp steun begeleiding coaching jobcoaching ondersteuning
  behandeling therapie medicatie diagnose ziekte gezondheid welzijn geld schulden armoede wonen huisvesting
  tijd ochtend middag avond nacht morgen vandaag gisteren straks later eerst daarna verder eindelijk
  helaas gelukkig goed slecht mooi top super fijn jammer prima oke ja nee misschien zeker echt toch`);
const CONTACT_BEFORE = wordSet('met over');
const IDENTIFYING = wordSet('dat dit');
const KIN_BEFORE = wordSet('jongen meid man vrouw knul');
const OUR = wordSet('onze ons mijn');
const SPEAKERS = wordSet('ik we wij');
// "Heb Kasia vandaag doorverwezen", "Sprak Olena gisteren": a verb opening the sentence, its object next.
const SLOT_OPENERS = wordSet('heb had sprak zag bel belde spreek fyi');
const TIME_AFTER = wordSet(`vandaag vanmiddag vanochtend vanmorgen vanavond gisteren gistermiddag gisteravond
  morgen net zojuist eerder`);
const SLOT_VERBS = wordSetOf([...SUBJECT_VERBS, ...wordSet('hoort moet kan komt gaat ligt wacht')]);
const SLOT_PRONOUNS = wordSet('die hij zij ze');
// Between the name and a pronoun further on: "Heb Truus vandaag doorverwezen naar de huisarts want die".
const PRONOUN_JOINS = wordSet('want omdat en , : dus maar');
const PRONOUN_WINDOW = 10;
const SLOT_POSSESSIVES = wordSet("haar z'n d'r");
// The words (and marks) before a person's place, all the places isPersonSlot and isLowercaseInSlot read.
// Batch 40-names: "haar zoon Job", "zijn zus Mirte": a relative of someone, named after the word for them.
const RELATIVES = wordSet('zoon dochter broer zus neef nicht kleinzoon kleindochter');
const RELATIVE_OWNERS = wordSet("haar zijn z'n d'r mijn onze hun");
// "denk allemaal even aan Ton, die ...": the one thought of.
const THINKING = wordSet('denk denken dacht dachten gedacht');
const THINKING_WINDOW = 3;
const SLOT_BEFORE = wordSetOf([
  ':',
  'is',
  'van',
  'aan',
  ...CONTACT_BEFORE,
  ...SLOT_OPENERS,
  ...KIN_BEFORE,
  ...RELATIVES,
]);
const OPENING_AFTER = wordSetOf(['?', '!']);
// Asked of the word before every word of a sentence read for names: one bit on its record once known.
export const isSlotOrSubordinator = keyTest((key) => SLOT_BEFORE.has(key) || SUBORDINATORS.has(key));

/** The last token of an unknown name or of initials where a person stands at k, or -1. */
export function personInSlotEnd(
  tokens: readonly Token[],
  k: number,
  from: number,
  to: number,
  isCareWord: (k: number) => boolean,
): number {
  const token = tokens[k]!;
  const before = tokenAt(tokens, k - 1);
  if (token.type !== 'word' || (k !== from && !isSlotOrSubordinator(before!))) return -1;
  // "van der Linden belde op.": a surname with its particles first, opening the sentence.
  const particles = k === from ? particleSurnameEnd(tokens, k) : -1;
  if (particles !== -1) return particles;
  if (k === from) {
    // "dusja heeft n psygose gehad": a name in lower case opening the text (isLowercaseInSlot).
    const textStart = before === undefined && !token.capitalised;
    if (token.text.length > 1 && !OPENING_AFTER.has(before?.text ?? '') && !textStart) return -1;
  } else if (SUBORDINATORS.has(before!.key)) {
    return isUnknownSubject(token) && isSubordinateCareSubject(tokens, k, to, isCareWord) ? k : -1;
  } else if (!SLOT_BEFORE.has(before!.key)) return -1;
  if (token.text.length === 1) {
    const end = initialsEnd(tokens, k);
    // "a. is een optie, b. ...": one lower-case letter opening the sentence numbers a list.
    if (k === from && end === k + 1 && !token.capitalised) return -1;
    const slot = end !== -1 && (k === from || isPersonSlot(tokens, k, from));
    return slot && isGoneOnAbout(tokens, end, to) ? end : -1;
  }
  if (token.hasDigit || token.text.length < 3) return -1;
  if (!token.capitalised) return isLowercaseInSlot(tokens, k, from, to, isCareWord) ? k : -1;
  if (k === from) return -1;
  // "Heb MEHMED vandaag doorverwezen": capitals of five letters or more in a line typed in lower case.
  if (token.allCaps && (token.text.length < 5 || tokens[k + 1]?.allCaps === true)) return -1;
  // A known first name is read by person-names.ts, but not in capitals after other capitals ("ONZE JONGEN JERMAINE").
  const unread = token.allCaps ? NOT_NAME | NOT_PLAIN : FIRST_NAME | NOT_NAME | NOT_PLAIN | NOT_SUBJECT;
  if ((tokenFlags(token) & unread) !== 0) return -1;
  if (COMMON_WORDS.has(token.key) || !isPersonSlot(tokens, k, from) || isKnownPlaceAt(tokens, k)) return -1;
  return isNamedRelative(tokens, k, from) || isGoneOnAbout(tokens, k, to) ? k : -1;
}

/** "haar zoon Job", "zijn zus Mirte": a possessive and a relative right before the word. */
function isNamedRelative(tokens: readonly Token[], k: number, from: number): boolean {
  return RELATIVES.has(tokens[k - 1]!.key) && RELATIVE_OWNERS.has(tokens[k - 2]?.key ?? '') && k - 2 >= from;
}

/** "denk even aan Ton", "we hebben aan Mirte gedacht": "aan" with a verb of thinking a few words before. */
function isThoughtOf(tokens: readonly Token[], aan: number, from: number): boolean {
  for (let j = aan - 1; j >= from && j >= aan - THINKING_WINDOW; j--)
    if (THINKING.has(tokens[j]!.key)) return true;
  return false;
}

/** A capitalised word no list knows as a word, place or name (those are read elsewhere). */
function isUnknownSubject(token: Token): boolean {
  if (!token.capitalised || token.allCaps || token.text.length < 3 || token.hasDigit) return false;
  const unread = FIRST_NAME | NOT_NAME | NOT_PLAIN | NOT_SUBJECT;
  return (tokenFlags(token) & unread) === 0 && !COMMON_WORDS.has(token.key);
}

/**
 * A name typed in lower case, in the two shapes where a word in lower case there is a person: after
 * "met"/"over", then a time and a comma before the verb whose subject it is ("gesprek gehad met ionut
 * vanmiddag, heeft lithium gekregen"), and opening a chat line's next sentence before "is"/"heeft" and
 * a care term ("Wie kan mij helpen? rasha is doof").
 */
function isLowercaseInSlot(
  tokens: readonly Token[],
  k: number,
  from: number,
  to: number,
  isCareWord: (k: number) => boolean,
): boolean {
  const token = tokens[k]!;
  const before = tokenAt(tokens, k - 1);
  if (k + 2 >= to) return false;
  if (before === undefined) return isCareAfterVerb(tokens, k, to, isCareWord);
  const opening = k === from && (before.text === '?' || before.text === '!') && !token.lineBefore;
  if (!opening && (k === from || !CONTACT_BEFORE.has(before.key) || k + 3 >= to)) return false;
  if (COMMON_WORDS.has(token.key) || (tokenFlags(token) & (NOT_NAME | NOT_PLAIN | NOT_SUBJECT)) !== 0)
    return false;
  if (opening) return SUBJECT_VERBS.has(tokens[k + 1]!.key) && isCareWord(k + 2);
  return (
    TIME_AFTER.has(tokens[k + 1]!.key) && tokens[k + 2]!.text === ',' && SLOT_VERBS.has(tokens[k + 3]!.key)
  );
}

// Batch 48: "meneer heeft een bipolaire stoornis", "dhr is opgenomen": a word for an unnamed person is no name.
const PERSON_WORDS =
  wordSet(`${FORMS_OF_ADDRESS} ${YOUNG_PEOPLE} ${CLIENT_RELATIVES} heer dame man vrouw jongeman
  jongedame knul meid`);
// "dusja heeft n psygose", "rasha is weer opgenomen": a verb, a filler perhaps, then the care term.
const CARE_FILLERS = wordSet('n een weer nu al sinds');
const ARTICLE_FILLERS = wordSet('n een de het');

/** The text opens with an unknown word in lower case, a verb of having or being, and a care term. */
function isCareAfterVerb(
  tokens: readonly Token[],
  k: number,
  to: number,
  isCareWord: (k: number) => boolean,
): boolean {
  const token = tokens[k]!;
  if (token.text.length < 3 || COMMON_WORDS.has(token.key) || PERSON_WORDS.has(token.key)) return false;
  if ((tokenFlags(token) & (NOT_NAME | NOT_PLAIN | NOT_SUBJECT)) !== 0) return false;
  // "jerome (zit bij ons sinds feb) heeft ...": an aside in brackets may stand before the verb.
  const v = asideEnd(tokens, k + 1, to);
  if (v + 1 >= to) return false;
  const verb = tokens[v]!.key;
  if (!SUBJECT_VERBS.has(verb)) return isLowercaseCareVerbOpening(tokens, k, isCareWord);
  // "werkdruk is een burn-out risico": "is" and an article say what a thing is.
  if ((verb === 'is' || verb === 'was') && ARTICLE_FILLERS.has(tokens[v + 1]!.key)) return false;
  let term = v + 1; // "ngozi heeft weer een terugval": two fillers at most.
  while (term < v + 3 && CARE_FILLERS.has(tokens[term]?.key ?? '')) term++;
  const place = placeAfterTime(tokens, v, to); // Not "teamoverleg is sinds ... op de": no person.
  return (term < to && isCareWord(term)) || (place !== -1 && isCareWord(place) && !isVenueToken(token));
}

// "S. de B.", "r.k.", "F.H.", "J.": initials glued to full stops; particles, also after "m." ("m. de graaf").
export const INITIAL_PARTICLES = particlesWith('el');
const MAX_INITIALS = 4;

function initialsEnd(tokens: readonly Token[], k: number): number {
  let end = -1;
  let j = k;
  for (let n = 0; n < MAX_INITIALS; n++) {
    const letter = tokens[j];
    const dot = tokens[j + 1];
    if (letter?.type === 'word' && letter.text.length === 1 && dot?.text === '.' && isGlued(letter, dot)) {
      end = j + 1;
      j += 2;
    } else if (end !== -1 && INITIAL_PARTICLES.has(letter?.key ?? '') && tokens[j + 1]?.text.length === 1) {
      j++;
    } else break;
  }
  return end !== -1 && tokens[end]!.text === '.' ? end : -1;
}

/** After the name at `last`: a verb of having or being, a bracket, or a pronoun going on about them. */
function isGoneOnAbout(tokens: readonly Token[], last: number, to: number): boolean {
  const k = last;
  let j = k + 1;
  // "Update over Mehmed: opgenomen sinds dinsdag": a heading about the person.
  if (tokens[j]?.text === ':' && tokens[k - 1]?.key === 'over') return true;
  // "Bericht van Rasha: ze ligt in het ziekenhuis": news from the person, about them.
  if (tokens[j]?.text === ':' && tokens[k - 1]?.key === 'van')
    return SLOT_PRONOUNS.has(tokens[j + 1]?.key ?? '');
  // "Even over Yilmaz. Medicatie is omgezet ..., hij is ...": the next sentence goes on about them.
  if (j === to - 1) return isGoneOnInNext(tokens, j);
  if (tokens[j]?.text === '(') j++;
  else {
    if (TIME_AFTER.has(tokens[j]?.key ?? '')) j++;
    if (tokens[j]?.text === ',') j++;
  }
  const next = tokens[j];
  if (j >= to || next === undefined || next.type !== 'word' || next.capitalised) return false;
  if (SLOT_VERBS.has(next.key) || SLOT_PRONOUNS.has(next.key)) return true;
  for (let p = j + 1; p < to && p <= k + PRONOUN_WINDOW; p++) {
    if (SLOT_PRONOUNS.has(tokens[p]!.key) && PRONOUN_JOINS.has(tokens[p - 1]!.key)) return true;
    // Classes of heldout13: "Succes: Noura werkt nu 16 uur ondanks haar angststoornis".
    if (SLOT_POSSESSIVES.has(tokens[p]!.key)) return true;
  }
  // "kan iemand met Jop bellen? hij heeft ...": one word after the name, then the next sentence.
  return to - k === 3 && isGoneOnInNext(tokens, to - 1);
}

/** After a label's colon, "met"/"over" in lower case, or a verb of contact opening the sentence. */
function isPersonSlot(tokens: readonly Token[], k: number, from: number): boolean {
  const before = tokens[k - 1]!;
  if (before.text === ':') {
    const label = tokens[k - 2];
    return label !== undefined && label.type === 'word' && k - 2 >= from && !NOT_PERSON_LABELS.has(label.key);
  }
  if (CONTACT_BEFORE.has(before.text)) return true;
  if (before.key === 'aan') return isThoughtOf(tokens, k - 1, from);
  if (RELATIVES.has(before.key)) return isNamedRelative(tokens, k, from);
  if (before.text === 'van') return tokens[k + 1]?.text === ':' || isOwnerGoneOn(tokens, k);
  // "over ONZE JONGEN JERMAINE, die ...": a name after "onze jongen", "mijn meid".
  if (KIN_BEFORE.has(before.key) && OUR.has(tokens[k - 2]?.key ?? '') && k - 2 >= from) return true;
  // "Stemmen horen is terug — dat is Olina, die we bespraken": the person the sentence identifies.
  if (before.key === 'is' && IDENTIFYING.has(tokens[k - 2]?.key ?? '') && k - 2 >= from) return true;
  // "Heb Kasia vandaag doorverwezen", "Ik heb Kasia gesproken en ze ...".
  if (!SLOT_OPENERS.has(before.key)) return false;
  return k - 1 === from || (k - 2 >= from && SPEAKERS.has(tokens[k - 2]!.key));
}

/**
 * Batch 45: "de rekening van Lies, ze kan door haar depressie ...": after "van", the name, a comma and a
 * pronoun before a verb in the singular (not "het team van Anders, ze zijn ...": an organisation).
 */
function isOwnerGoneOn(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k + 3];
  return (
    tokens[k + 1]?.text === ',' &&
    SLOT_PRONOUNS.has(tokens[k + 2]?.key ?? '') &&
    verb !== undefined &&
    verb.type === 'word' &&
    !verb.key.endsWith('en')
  );
}
