import { listedPersonBefore } from './address-born-before.ts';
import { sitsAtStreet } from './address-chat.ts';
import {
  closesAddress,
  isHomeLabelColon,
  livesThereLater,
  opensCell,
  opensLine,
  postcodeAfterComma,
} from './address-labels.ts';
import { RESIDENT_CUES, sitePitch } from './address-sites.ts';
import { staysWithBefore } from './address-staying-with.ts';
import { ADDRESS_CUES, COUNT_NOUNS, NOT_PLACE_NAMES, NOT_STREETS } from './address-words.ts';
import { CLIENT_ROLES, RELATIVES } from './client-words.ts';
import { FIRST_NAMES } from './first-names.ts';
import { DEFINITE_ARTICLES } from './function-words.ts';
import { houseNumberWordBefore, leavesHouseNumber, tailEnd } from './house-number.ts';
import { isVenueWord } from './organisation-words.ts';
import { NOT_GIVEN_NAMES } from './person-name-words.ts';
import { postcodeAt } from './postcode.ts';
import { endsClause, houseNumberAfter, livesThereFrom } from './postcode-after.ts';
import { fullNameBefore } from './postcode-before.ts';
import { hasCueNear, isPostcodeWordAt } from './postcode-cues.ts';
import { isJobTitle } from './signature.ts';
import { isNotCalledAt, numberWordBefore } from './street-names.ts';
import { isCapitalised, isGlued, isText, type Token, tokenAt } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet } from './word-sets.ts';

/*
 * Addresses whose street has no street ending, known from the words around them: a postcode before the house number, a
 * move or a letter sent "naar" the name or living "op" it (or staying with someone), "daar woont" or "als woonadres"
 * after it, a pitch on a recreatiepark (address-sites.ts). Asked when no street ending was found; every look is bounded.
 */

/** Index of the first token of an address without a street ending whose house number is token k, or -1. */
export function contextStreetStart(
  tokens: readonly Token[],
  k: number,
  numberEnd: number,
  isOrganisation: (k: number) => boolean,
): number {
  const postcode = afterPostcode(tokens, k);
  if (postcode !== -1) return postcode;
  const numberFirst = beforePostcode(tokens, k, numberWordBefore(tokens, k), numberEnd);
  if (numberFirst !== -1) return numberFirst;
  const site = sitePitch(tokens, k);
  if (site !== -1) return site;
  const after = tokenAfter(tokens, k, numberEnd);
  // "hij zit op de beukenhof 12": "zit" in chat (address-chat.ts).
  const sits = sitsAtStreet(tokens, k, isOrganisation);
  if (sits !== -1 && endsAddressAt(tokens, after)) return sits;
  const name = nameBefore(tokens, k, isOrganisation);
  if (name === -1) return lowerCaseAfterLabel(tokens, k);
  const told = isToldWhereBefore(tokens, name) || staysWithBefore(tokens, name);
  if (told && endsAddressAt(tokens, after)) return name;
  // "Patrick Hendriks, De Wieken 89, 8016rt Zwolle", "Bosrand 2, 7437 ZG Bathmen" on a line of its own.
  if (
    postcodeAfterComma(tokens, after) &&
    (fullNameBefore(tokens, name) || opensLine(tokens, name) || opensCell(tokens, name))
  )
    return name;
  if (isHomeLabelColon(tokens, name - 1)) return name;
  if (opensLine(tokens, name) && livesThereLater(tokens, after)) return name;
  if (listedPersonBefore(tokens, name) && closesAddress(tokens, after, tokens[name - 1]!.text)) return name;
  return isCalledHomeAfter(tokens, after) ? name : -1;
}

/**
 * "postcode 6511 TZ, huisnr 22", "7001 CV 41": the house number after a postcode (a comma, "nr" or
 * "huisnummer" between, that word also in brackets: "7009 BB (huisnr 12)"); without such a word the number must end the clause or come before a place,
 * as postcode-after.ts reads "3512 ab 14". The address found is the house number (and its word): the
 * postcode is found on its own.
 */
const POSTCODE_LINKS = wordSet('en + /');

/**
 * "huisnummer 14, postcode 7131 AB": "huisnummer" or "huisnr" and the number, then a postcode ("Kamer nr
 * 12, 3512 AB" is none); also "nr"/"nummer" after living "op" it ("woont op nr 44 in 6512 HL").
 */
const HOUSE_NUMBER_WORDS = wordSet('huisnummer huisnr hnr');

function beforePostcode(tokens: readonly Token[], k: number, word: number, numberEnd: number): number {
  if (word === -1) return -1;
  // "woont op nr 44 in 6512 HL": "nr" or "nummer" after living "op" it, "in" before the postcode.
  const livesAt = tokens[word - 1]?.key === 'op' && RESIDENT_CUES.has(tokens[word - 2]?.key ?? '');
  if (!HOUSE_NUMBER_WORDS.has(tokens[word]!.key) && !livesAt) return -1;
  let j = tokenAfter(tokens, k, numberEnd);
  if (
    tokens[j]?.text === ',' ||
    POSTCODE_LINKS.has(tokens[j]?.key ?? '') ||
    (livesAt && tokens[j]?.key === 'in')
  )
    j++;
  if (j < tokens.length && isPostcodeWordAt(tokens, j)) j++;
  if (tokens[j]?.text === ':') j++;
  const digits = tokens[j];
  if (digits?.type !== 'number' || digits.text.length !== 4 || tokens[j]!.lineBefore) return -1;
  return postcodeAt(tokens, j) === null ? -1 : word;
}

function afterPostcode(tokens: readonly Token[], k: number): number {
  const word = houseNumberWordBefore(tokens, k);
  let j = word === -1 ? k - 1 : word - 1;
  // "6511 TZ, huisnr 22", "6511TZ en huisnummer 22", "7001 CV + nr 41", "7009 BB (huisnr 12)".
  const link = tokens[j]?.text === '(' || POSTCODE_LINKS.has(tokens[j]?.key ?? '');
  // "pc/hnr: 3011 BZ / 87": a slash between, the number ending the clause.
  const slash = word === -1 && tokens[j]?.text === '/' && j === k - 1 && endsClause(tokens, k + 1);
  if (tokens[j]?.text === ',' || (word !== -1 && link) || slash) j--;
  // "2562-VE 19 bis": a hyphen, dot or slash glued between the digits and the letters.
  const glue = tokenAt(tokens, j - 1);
  const digits = SEPARATORS.has(glue?.text ?? '') && isGlued(glue, tokens[j]) ? j - 2 : j - 1;
  const letters = tokens[j];
  if (letters?.type !== 'word' || letters.text.length !== 2 || tokens[digits]?.type !== 'number') return -1;
  // "adres: 5038 EC, 15": a comma and a bare number ending the clause, after a cue.
  const commaNumber = word === -1 && j === k - 2 && tokens[k - 1]!.text === ',';
  if (word === -1 && j !== k - 1 && !slash && !commaNumber) return -1;
  if (postcodeAt(tokens, digits) === null) return -1;
  if (commaNumber) return endsClause(tokens, tailEnd(tokens, k)) && hasCueNear(tokens, digits) ? k : -1;
  // "9712 CP 2a sturen", "1071BB 4-II": right after a postcode, a number that no count, unit or month follows.
  if (
    word === -1 &&
    !slash &&
    !houseNumberAfter(tokens, j - 1) &&
    !leavesHouseNumber(tokens, tailEnd(tokens, k))
  )
    return -1;
  return word === -1 ? k : word;
}

const SEPARATORS = new Set(['-', '.', '/']);

// "nieuw adres: de esch 52", "woonadres: zand 5": a label with a colon, then one or two lower-case words.
const HOME_LABELS = wordSet('adres woonadres huisadres thuisadres');
// What a form says instead of an address: "adres: onbekend 2x gevraagd".
const NO_ADDRESS = wordSet('onbekend onbekende volgt zie nvt afgeschermd geheim leeg ontbreekt gevraagd');

function lowerCaseAfterLabel(tokens: readonly Token[], k: number): number {
  // The colon first: it is rare, the word lookups are not.
  if (!isText(tokens, k - 2, ':') && !isText(tokens, k - 3, ':') && !isText(tokens, k - 4, ':')) return -1;
  let start = k - 1;
  if (!isLowerCaseName(tokens[start])) return -1;
  if (isLowerCaseName(tokens[start - 1])) start--;
  if (ARTICLES.has(tokens[start - 1]?.key ?? '')) start--;
  const colon = tokens[start - 1];
  return colon?.text === ':' && HOME_LABELS.has(tokens[start - 2]?.key ?? '') ? start : -1;
}

function isLowerCaseName(token: Token | undefined): boolean {
  if (token === undefined || token.type !== 'word' || isCapitalised(token) || token.text.length < 3)
    return false;
  const key = token.key;
  return (
    !NOT_GIVEN_NAMES.has(key) &&
    !NO_ADDRESS.has(key) &&
    !NOT_STREETS.has(key) &&
    !COUNT_NOUNS.has(key) &&
    !NOT_PLACE_NAMES.has(key) &&
    !isNotCalledAt(key)
  );
}

const ARTICLES = DEFINITE_ARTICLES;
const PARTICLES = wordSet("de der den van het 't ter ten op aan");
const NAME_WORDS = 3;

/**
 * "Het Want 12", "'t Zand 5", "Plein 1945 nr 3": up to three capitalised words (particles between, an
 * article before) ending just before the house number (or its "nr", and a number that is part of the
 * name); not a room, day, page, count or organisation. Index of the first token, or -1.
 */
function nameBefore(tokens: readonly Token[], k: number, isOrganisation: (k: number) => boolean): number {
  let last = k - 1;
  const word = numberWordBefore(tokens, k);
  if (word !== -1) {
    last = word - 1;
    if (tokens[last]?.type === 'number' && tokens[last]!.text.length <= 4) last--;
  }
  if (!isPlaceWord(tokens, last, isOrganisation)) return -1;
  let start = last;
  for (let n = 1; n < NAME_WORDS; n++) {
    let j = start - 1;
    while (j > start - 3 && j >= 0 && PARTICLES.has(tokens[j]!.key) && !isCapitalised(tokens[j])) j--;
    if (!isPlaceWord(tokens, j, isOrganisation)) break;
    start = j;
  }
  if (NOT_GIVEN_NAMES.has(tokens[start]!.key) && !ARTICLES.has(tokenAt(tokens, start - 1)?.key ?? '')) {
    if (!ARTICLES.has(tokens[start]!.key)) return -1;
  }
  if (ARTICLES.has(tokenAt(tokens, start - 1)?.key ?? '')) start--;
  return start;
}

function isPlaceWord(tokens: readonly Token[], j: number, isOrganisation: (k: number) => boolean): boolean {
  const token = tokenAt(tokens, j);
  return token?.type === 'word' && isCapitalised(token) && !isOrganisation(j) && isPlaceNameWord(token);
}

// By its key, once per word: "naar Sanne 2x" a person, "Deelnemer 12" a client, "Wijkteam 3", "Jobcoach 2" no street.
const isPlaceNameWord = keyTest(
  (key) =>
    !FIRST_NAMES.has(key) &&
    !CASE_WORDS.has(key) &&
    !isVenueWord(key) &&
    !isJobTitle(key) &&
    !NOT_STREETS.has(key) &&
    !COUNT_NOUNS.has(key) &&
    !NOT_PLACE_NAMES.has(key) &&
    !isNotCalledAt(key),
);

// "Meneer verhuist volgende week naar Het Want 12", "Je kunt de brief sturen naar 't Zand 5": a move or a letter a
// few words before "naar" in the clause; "woont tijdelijk op De Hoven 12": living there a few words before "op"/"aan".
const MOVE_WORDS = wordSet('verhuist verhuisd verhuizen verhuizing verhuisde verhuis');
const LETTER_WORDS = wordSet('brief brieven post poststuk poststukken pakket pakketje kaart kaartje');
// "huurt een kamer op Vredenburg 14", "Huurwoning aan de Esch 52": renting or a home named there.
const RESIDENCE_WORDS = wordSet(`woont woonde wonen woonachtig wonend verblijft verbleef ingeschreven logeert
  logeerde slaapt sliep huurt huurde bewoont bewoonde woning huurwoning huurhuis appartement`);
const PLACE_PREPOSITIONS = wordSet('op aan');
const CUE_WINDOW = 6;

function isToldWhereBefore(tokens: readonly Token[], start: number): boolean {
  const preposition = tokenAt(tokens, start - 1)?.key ?? '';
  const to = preposition === 'naar';
  if (!to && !PLACE_PREPOSITIONS.has(preposition)) return false;
  for (let j = start - 2; j >= 0 && j >= start - 1 - CUE_WINDOW; j--) {
    const token = tokens[j]!;
    // "woont tegenwoordig in Oosterend, op De Streek 8": the place, a comma, then the street.
    if (
      j === start - 2 &&
      token.text === ',' &&
      isCapitalised(tokens[j - 1]) &&
      tokens[j - 2]?.key === 'in'
    ) {
      j -= 2;
      continue;
    }
    if (token.type === 'punct' || tokens[j + 1]!.lineBefore) return false;
    const key = token.key;
    if (ADDRESS_CUES.has(key)) return true;
    if (to ? MOVE_WORDS.has(key) || LETTER_WORDS.has(key) : RESIDENCE_WORDS.has(key)) return true;
  }
  return false;
}

/** The index of the first token at or after the character offset `end`. */
function tokenAfter(tokens: readonly Token[], k: number, end: number): number {
  let j = k + 1;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  return j;
}

/** After "naar Het Want 12": the end, "in"/"te" and a place, or a mark (not "12 - 14"). */
function endsAddressAt(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j];
  if (next === undefined || next.lineBefore) return true;
  if (next.type === 'word') return next.key === 'in' || next.key === 'te';
  return next.type !== 'number' && next.text !== '-';
}

// "... als woonadres", "... is het nieuwe adres van", "..., daar woont ze": said to be a home after it.
const HOME_NOUNS = wordSet(
  'woonadres huisadres adres woonplek thuisadres postadres woning stekkie onderkomen',
);
const HOME_BETWEEN = wordSet("het haar zijn z'n d'r de nieuwe oude huidige");
const PLACE_WORDS = 2;
const THAT = wordSet('dat dit');
const BRACKET_OWNERS = wordSet(`${CLIENT_ROLES} ${RELATIVES} ouders thuis`);
const CASE_WORDS = wordSet(`${CLIENT_ROLES} casus dossier`);

/** A home cue from token j, after a place (", Ede,", "in Doetinchem") perhaps: see HOME_NOUNS. */
function isCalledHomeAfter(tokens: readonly Token[], j: number): boolean {
  let i = skipPlace(tokens, j);
  // "..., Hoogeveen — daar woont de deelnemer", "Vink 33 Leeuwarden — dat is het adres".
  if (tokens[i]?.type === 'punct' && livesThereFrom(tokens, i)) return true;
  if (tokens[i]?.type === 'punct' && THAT.has(tokens[i + 1]?.key ?? '')) i += 2;
  // "Zevenhuizen 33 (klant)", "(moeder)": whose home it is, in brackets.
  if (tokens[i]?.text === '(' && tokens[i + 2]?.text === ')' && BRACKET_OWNERS.has(tokens[i + 1]!.key))
    return true;
  // "gaf ze Akkerwinde 12 op als woonadres".
  if (tokens[i]?.key === 'op' && tokens[i + 1]?.key === 'als') i++;
  const first = tokens[i];
  if (first === undefined || first.lineBefore) return false;
  if (first.key !== 'als' && first.key !== 'is') return false;
  i++;
  for (let n = 0; n < 2 && HOME_BETWEEN.has(tokens[i]?.key ?? ''); n++) i++;
  return HOME_NOUNS.has(tokens[i]?.key ?? '') && !tokens[i]!.lineBefore;
}

/** ", Wageningen", ", Ede", "in Doetinchem": a place after the address, skipped. */
function skipPlace(tokens: readonly Token[], j: number): number {
  const link = tokens[j];
  // "Vink 33 Leeuwarden — ...": a place without a link, before a mark.
  if (isCapitalised(link) && link!.type === 'word' && tokens[j + 1]?.type === 'punct' && !link!.lineBefore)
    return j + 1;
  if (link === undefined || (link.text !== ',' && link.key !== 'in')) return j;
  let i = j + 1;
  for (let n = 0; n < PLACE_WORDS && isCapitalised(tokens[i]) && tokens[i]!.type === 'word'; n++) i++;
  return i === j + 1 ? j : i;
}
