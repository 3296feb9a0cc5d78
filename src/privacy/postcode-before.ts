import { isKnownFirstName } from './name-lexicon.ts';
import { particlesWith } from './name-particles.ts';
import { PARTICLES } from './person-name-words.ts';
import { isKnownPlaceEndingAt } from './places.ts';
import { endsClause } from './postcode-after.ts';
import { CLIENT_WORDS, CUE_WINDOW, RESIDENT_CUES } from './postcode-cues.ts';
import { isCapitalised, isGlued, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * What comes just before a postcode-shaped pair at tokens k, k + 1: a street and house number, a known
 * place, a word for the client or their name, a word for staying there. Every look is bounded by a
 * window of a few tokens.
 */

const CELL_BREAKS = new Set([',', '|', ';']);

/** "Kerkstraat 12, 5211 de": a word and a house number, then a comma (or a cell's "|", ";"), just before the digits. */
export function afterStreetNumber(tokens: readonly Token[], k: number): boolean {
  const comma = tokens[k - 1];
  const number = tokens[k - 2 - additionLength(tokens, k - 2)];
  const street = tokens[k - 3 - additionLength(tokens, k - 2)];
  // "Eikenderweg 250 | 6416 AM | Heerlen": a cell separator as the comma (since heldout17-classes).
  if (!CELL_BREAKS.has(comma?.text ?? '') || number === undefined || street?.type !== 'word') return false;
  const houseNumber =
    (number.type === 'number' && number.text.length <= 4) ||
    (number.type === 'word' && number.hasDigit && number.text.length <= 6);
  return houseNumber && isCapitalised(street) && street.text.length >= 3;
}

/** "Rozengaarde 93-2, ...": an addition "-2" or "/2" glued to the house number ending at token j: its length. */
function additionLength(tokens: readonly Token[], j: number): number {
  const mark = tokens[j - 1];
  const number = tokens[j - 2];
  if (mark === undefined || (mark.text !== '-' && mark.text !== '/') || number?.type !== 'number') return 0;
  return isGlued(number, mark) && isGlued(mark, tokens[j]) && tokens[j]!.text.length <= 3 ? 2 : 0;
}

/** "heerlen 6411 gk", "Tilburg (5014 gr)", "Den Haag, 2514 ab": a known place just before the digits. */
export function placeBefore(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.lineBefore) return false;
  const before = tokens[k - 1];
  if (before === undefined) return false;
  if (before.text === '(' || before.text === ',')
    return !before.lineBefore && isKnownPlaceEndingAt(tokens, k - 2, true);
  return isKnownPlaceEndingAt(tokens, k - 1, true);
}

/**
 * The pair is all its brackets hold, after a word for a client: "De deelnemer (2491 bk) belt morgen";
 * not "zaal (2104 ab)", "versie (3101 ar)".
 */
export function inBracketsAfterClient(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.text !== '(' || tokens[k + 2]?.text !== ')' || tokens[k + 2]!.lineBefore) return false;
  for (let j = k - 2; j >= 0 && j >= k - CUE_WINDOW; j--) if (CLIENT_WORDS.has(tokens[j]!.key)) return true;
  return false;
}

/** "klant: 3512 ab": a word for a client and a colon just before, the pair ending the clause. */
export function afterClientLabel(tokens: readonly Token[], k: number): boolean {
  const colon = tokens[k - 1];
  const client = tokens[k - 2];
  if (colon?.text !== ':' || client === undefined || !CLIENT_WORDS.has(client.key) || tokens[k]!.lineBefore)
    return false;
  return endsClause(tokens, k + 2);
}

/** "klant 7102-LM", "Cliënt 6511-KR": a word for a client just before the digits. */
export function afterClientWord(tokens: readonly Token[], k: number): boolean {
  return CLIENT_WORDS.has(tokens[k - 1]?.key ?? '') && !tokens[k]!.lineBefore;
}

// Words for staying or a home before "in"/"op": "hij zit in 4254 ha", "nieuwe woning op 1102 ha".
const STAY_WORDS = wordSet('zit zat zitten verblijft woning huis kamer flat');

/**
 * A word for staying, living or a client within CUE_WINDOW tokens before the digits: "zit nu bij zijn oom
 * in 8351 ha", "de klant komt uit 8351 ha".
 */
export function hasStayNear(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - CUE_WINDOW; j--) {
    const key = tokens[j]!.key;
    if (STAY_WORDS.has(key) || CLIENT_WORDS.has(key) || RESIDENT_CUES.has(key)) return true;
  }
  return false;
}

/** "in" or "op" just before the digits and a word for staying or a home before that. */
export function staysAt(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.key;
  if (before !== 'in' && before !== 'op') return false;
  for (let j = k - 2; j >= 0 && j >= k - 3; j--) if (STAY_WORDS.has(tokens[j]!.key)) return true;
  return false;
}

// Words in a surname: "dhr. de Vries", "mw. van der Berg".
const SURNAME_PARTICLES = particlesWith("het 't");
const NAME_WINDOW = 6;

/**
 * "Klant Jansen 3512 ab", "dhr. de Vries, 7412 tv": a word for a client, a capitalised name (with
 * particles, full stops) and perhaps a comma just before the pair, which ends the clause.
 */
export function afterClientName(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.lineBefore || !endsClause(tokens, k + 2)) return false;
  let j = k - 1;
  if (tokens[j]?.text === ',') j--;
  let names = 0;
  for (const stop = j - NAME_WINDOW; j >= 0 && j > stop; j--) {
    const token = tokens[j]!;
    if (CLIENT_WORDS.has(token.key)) return names > 0;
    if (tokens[j + 1]!.lineBefore) return false;
    if (token.type === 'word' && isCapitalised(token)) names++;
    else if (token.text !== '.' && !SURNAME_PARTICLES.has(token.key)) return false;
  }
  return false;
}

/**
 * "mw. komt uit 3514 ax", "hij zit nu in 3583 ws": "in" or "uit" just before the digits and the pair
 * ending the clause.
 */
export function afterLocativeAtEnd(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.key;
  return (before === 'in' || before === 'uit') && endsClause(tokens, k + 2);
}

// "reistijd vanaf 7007 hk naar het werk", "niet verder dan 10 km van 7007 hk": the way from someone's home.
const FROM_WORDS = wordSet('van vanaf vanuit');
const TRAVEL_WORDS = wordSet(`reistijd reisafstand reiskosten reisafstanden reistijden afstand km kilometer
  kilometers reizen reist fietsen fietst fietstijd rijden rijdt ov woon-werk woon-werkverkeer`);
const TRAVEL_WINDOW = 6;

/** "van", "vanaf" or "vanuit" just before the digits and a word for travelling a few tokens either way. */
export function travelsFrom(tokens: readonly Token[], k: number): boolean {
  if (!FROM_WORDS.has(tokens[k - 1]?.key ?? '') || tokens[k]!.lineBefore) return false;
  for (let j = k - 2; j >= 0 && j >= k - 1 - TRAVEL_WINDOW && !tokens[j + 1]!.lineBefore; j--)
    if (TRAVEL_WORDS.has(tokens[j]!.key)) return true;
  for (let j = k + 2; j < tokens.length && j <= k + 1 + TRAVEL_WINDOW && !tokens[j]!.lineBefore; j++)
    if (TRAVEL_WORDS.has(tokens[j]!.key)) return true;
  return false;
}

// A dash after the pair: "Ruud Mensah, 7024kw – aanmelding via huisarts".
const DASHES = new Set(['-', '–', '—']);

/**
 * "Ruud Mensah, 7024kw – aanmelding via huisarts": a known first name and a capitalised surname (particles
 * between), a comma, then the pair, which ends its line or comes before a dash.
 */
export function afterFullName(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 2];
  if (after !== undefined && !after.lineBefore && !DASHES.has(after.text)) return false;
  return fullNameBefore(tokens, k);
}

/** "Ruud Mensah, 7024kw", "Patrick Hendriks, De Wieken 89": a full name and a comma just before token k. */
export function fullNameBefore(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.text === ',' && !tokens[k]!.lineBefore && isFullNameEndingAt(tokens, k - 2);
}

/**
 * "Ruud Mensah", "Fatima el Amrani": a capitalised known first name, particles, and a capitalised surname
 * ending at token `last`, on one line.
 */
function isFullNameEndingAt(tokens: readonly Token[], last: number): boolean {
  let j = last;
  if (tokens[j]?.type !== 'word' || !isCapitalised(tokens[j])) return false;
  for (const stop = j - 3; j > stop && PARTICLES.has(tokens[j - 1]?.key ?? ''); ) j--;
  const first = tokens[j - 1];
  return first !== undefined && !tokens[j]!.lineBefore && isCapitalised(first) && isKnownFirstName(first.key);
}
