import { ADDRESS_CUES } from './address-words.ts';
import { isWorkplaceOwner } from './address-workplace-of.ts';
import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { NAME_PARTICLES } from './name-particles.ts';
import { isStreetName } from './name-word-flags.ts';
import { isContactPerson, isVerbZijn } from './organisation-context.ts';
import { isInEmployerName } from './organisation-employer-label.ts';
import { isResidentLookalike } from './organisation-seat.ts';
import { isInBuildingName, saysHome } from './organisation-visit.ts';
import { isEmployerName } from './organisation-words.ts';
import { isKnownPlaceKey } from './places.ts';
import { isAllCaps, isCapitalised, isGlued, type Token } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet } from './word-sets.ts';

/*
 * Whether a word near an address says that someone lives there (organisation-address.ts asks this of
 * the words around an address it would otherwise take for an office's): a client, young person, title
 * or relative, a pronoun, "post", a word for a home, an initial or a known first name; not a word that
 * only looks so ("zijn op", "ze zoeken", "1016 HE", "W&I", "Karel Doormanweg", "is partner in de pilot").
 */
const RESIDENT_WORDS = wordSet(
  `${CLIENT_ROLES} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} bewoner pleeggezin gezinshuis casus hij zij ze heer post brief
  zijn haar opa oma vriend vriendin he she his her`,
);

// "klant start daar maandag", "hij werkt daar": said to work there, not to live there ("De klant werkt
// bij bakkerij Jansen, Dorpsstraat 4" names no workplace word and stays a client's).
const WORK_VERBS = wordSet('start begint werkt solliciteert');
const THERE = wordSet('daar er');
// "ze zoeken afwassers", "ze hebben plek": "ze" before a plural verb is the organisation.
const PLURAL_ENDING = 'en';
const PLURAL_ZIJN = 'zijn';
const PLURAL_SUBJECTS = wordSet('ze zij');

/** A word at j that says someone lives at the address starting at `start`. */
export function isResident(tokens: readonly Token[], j: number, start: number): boolean {
  const token = tokens[j]!;
  if (RESIDENT_WORDS.has(token.key))
    return (
      !isWorking(tokens, j) &&
      !isResidentLookalike(tokens, j) &&
      !isVerbZijn(tokens, j) &&
      !isPostcodeLetters(tokens, j) &&
      !isPartnerRole(tokens, j) &&
      !isWorkplaceOwner(tokens, j)
    );
  // "IPS-klant", "Wajong-deelnemer": a client word after a hyphen.
  if (isClientCompoundWord(token)) return true;
  if (saysHome(tokens, j)) return true;
  if (!isCapitalised(token)) return false;
  // "Karel Doormanweg 12": a first name right before the street is part of its name; since
  // heldout2122-addr-classes also with a name's particles between ("Jan van Breemenstraat 2", "Willem de
  // Zwijgerlaan 12": a street named after a person, batch 46's line 172).
  if (token.type === 'word' && isStreetNamePart(tokens, j, start)) return false;
  // "naar de Louis Armstrongweg 78, 1311 RL": before a street's name whatever the window starts at (held-out 39's class).
  if (isCapitalised(tokens[j + 1]) && isStreetName(tokens[j + 1]!.key)) return false;
  // Batch 72: "aan de Wilhelmina van Pruisenweg, postcode 2595 AN": a first name before particles and a street
  // ending is the street's name wherever the address starts; "Hendrik-Ido-Ambacht": a place, no one.
  if (token.type === 'word' && (isNamedStreetAhead(tokens, j) || isKnownPlaceKey(token.key))) return false;
  // "afdeling W&I": letters joined by "&" are no initials; batch 57: nor is "Breestraat 7B"'s letter.
  if (token.text.length === 1 && token.type === 'word')
    return !isAmpersandPart(tokens, j) && !(tokens[j - 1]?.type === 'number' && !token.spaceBefore);
  return (
    isKnownFirstName(token.key) &&
    !isEmployerName(tokens, j) &&
    !isInEmployerName(tokens, j) &&
    !isContactPerson(tokens, j) &&
    !isInBuildingName(tokens, j)
  );
}

// "Revalidatiecentrum Roessingh, Roessinghsbleekweg 33, Enschede, is partner in de pilot" (held-out 18):
// "partner" right after a verb or "als", with no article or possessive, is a role in a project, no
// relative ("is zijn partner", "de partner van mevrouw" still are).
const ROLE_VERBS = wordSet('is was wordt werd blijft bleef als');

function isPartnerRole(tokens: readonly Token[], j: number): boolean {
  return tokens[j]!.key === 'partner' && ROLE_VERBS.has(tokens[j - 1]?.key ?? '');
}

const MAX_PARTICLES = 2;

/** The word at j, then only a name's particles, right before the street at `start`. */
function isStreetNamePart(tokens: readonly Token[], j: number, start: number): boolean {
  if (j >= start || start - j > MAX_PARTICLES + 1) return false;
  for (let p = j + 1; p < start; p++) if (!NAME_PARTICLES.has(tokens[p]!.key)) return false;
  return true;
}

/** "Wilhelmina van Pruisenweg": up to two particles after the first name at j, then a capitalised street. */
function isNamedStreetAhead(tokens: readonly Token[], j: number): boolean {
  let p = j + 1;
  while (p <= j + MAX_PARTICLES && NAME_PARTICLES.has(tokens[p]?.key ?? '')) p++;
  return p > j + 1 && isCapitalised(tokens[p]) && isStreetName(tokens[p]!.key);
}

/** "1016 HE", "7411ZE": a postcode's capitals, no pronoun. */
function isPostcodeLetters(tokens: readonly Token[], j: number): boolean {
  const digits = tokens[j - 1];
  return (
    tokens[j]!.text.length === 2 &&
    isAllCaps(tokens[j]!) &&
    digits?.type === 'number' &&
    digits.text.length === 4
  );
}

const CLIENT_ROLE_LIST = CLIENT_ROLES.split(' ');

function isClientCompound(key: string): boolean {
  const hyphen = key.lastIndexOf('-');
  return hyphen > 0 && CLIENT_ROLE_LIST.includes(key.slice(hyphen + 1));
}
// Asked of every word around an address: one bit per distinct word, no slice per call.
const isClientCompoundWord = keyTest(isClientCompound);

function isWorking(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (next === undefined) return false;
  if (WORK_VERBS.has(next.key)) return THERE.has(tokens[j + 2]?.key ?? '');
  const key = tokens[j]!.key;
  if ((key === 'ze' || key === 'zij') && next.key === PLURAL_ZIJN) return true;
  // Batch 55: "ze zijn open voor deelnemers": the plural verb "zijn" after "ze", and that verb itself.
  if (key === PLURAL_ZIJN && PLURAL_SUBJECTS.has(tokens[j - 1]?.key ?? '')) return true;
  return (key === 'ze' || key === 'zij') && next.key.endsWith(PLURAL_ENDING) && !ADDRESS_CUES.has(next.key);
}

function isAmpersandPart(tokens: readonly Token[], j: number): boolean {
  const isGluedAmpersand = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && isGlued(a, b) && (a.text === '&' || b.text === '&');
  return isGluedAmpersand(tokens[j - 1], tokens[j]) || isGluedAmpersand(tokens[j], tokens[j + 1]);
}
