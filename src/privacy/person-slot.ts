import { FIRST_NAME, NOT_NAME, NOT_PLAIN, NOT_SUBJECT, tokenFlags } from './name-word-flags.ts';
import { NOT_PERSON_LABELS, SUBJECT_VERBS } from './person-name-words.ts';
import { isKnownPlaceAt } from './places.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * A given name of any origin that no list knows ("Shurandi", "Rasha", "Mehmed", "Olena") where a person
 * stands: after a label and its colon ("even een update: Shurandi heeft ..."), as the object of a verb
 * of contact ("gesprek gehad met Rasha", "bellen met de POH over Huub", "Heb Kasia vandaag
 * doorverwezen"), and then followed by a verb of having or being, a bracket, or a pronoun ("die",
 * "hij") that goes on about them. The word must be no known Dutch word, place or organisation.
 */

// Frequent Dutch words a capitalised word in those places could be (the name word lists rule out the
// function words, titles and institutions already).
const COMMON_WORDS = wordSet(`iedereen niemand iemand alles niets niks allemaal werk herstel thema agenda
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
// "Heb Kasia vandaag doorverwezen", "Sprak Olena gisteren": a verb opening the sentence, its object next.
const SLOT_OPENERS = wordSet('heb had sprak zag bel belde spreek');
const TIME_AFTER = wordSet(`vandaag vanmiddag vanochtend vanmorgen vanavond gisteren gistermiddag gisteravond
  morgen net zojuist eerder`);
const SLOT_VERBS = wordSetOf([...SUBJECT_VERBS, ...wordSet('hoort moet kan komt gaat ligt wacht')]);
const SLOT_PRONOUNS = wordSet('die hij zij ze');
// Between the name and a pronoun further on: "Heb Truus vandaag doorverwezen naar de huisarts want die".
const PRONOUN_JOINS = wordSet('want omdat en , dus maar');
const PRONOUN_WINDOW = 10;

export function isUnknownNameInPersonSlot(
  tokens: readonly Token[],
  k: number,
  from: number,
  to: number,
): boolean {
  const token = tokens[k]!;
  const before = tokens[k - 1];
  if (before === undefined || k === from || token.allCaps || token.hasDigit || token.text.length < 3) return false;
  if ((tokenFlags(token) & (FIRST_NAME | NOT_NAME | NOT_PLAIN | NOT_SUBJECT)) !== 0) return false;
  if (COMMON_WORDS.has(token.key) || isKnownPlaceAt(tokens, k)) return false;
  if (!isPersonSlot(tokens, k, from)) return false;
  let j = k + 1;
  if (tokens[j]?.text === '(') j++;
  else {
    if (TIME_AFTER.has(tokens[j]?.key ?? '')) j++;
    if (tokens[j]?.text === ',') j++;
  }
  const next = tokens[j];
  if (j >= to || next === undefined || next.capitalised) return false;
  if (SLOT_VERBS.has(next.key) || SLOT_PRONOUNS.has(next.key)) return true;
  for (let p = j + 1; p < to && p <= k + PRONOUN_WINDOW; p++) {
    if (SLOT_PRONOUNS.has(tokens[p]!.key) && PRONOUN_JOINS.has(tokens[p - 1]!.key)) return true;
  }
  return false;
}

/** After a label's colon, "met"/"over" in lower case, or a verb of contact opening the sentence. */
function isPersonSlot(tokens: readonly Token[], k: number, from: number): boolean {
  const before = tokens[k - 1]!;
  if (before.text === ':') {
    const label = tokens[k - 2];
    return label !== undefined && label.type === 'word' && k - 2 >= from && !NOT_PERSON_LABELS.has(label.key);
  }
  if (CONTACT_BEFORE.has(before.text)) return true;
  return k - 1 === from && SLOT_OPENERS.has(before.key);
}
