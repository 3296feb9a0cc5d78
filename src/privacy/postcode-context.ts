import { ADDRESS_CUES } from './address-words.ts';
import { isKnownPlaceAt, isKnownPlaceEndingAt } from './places.ts';
import { isCapitalised, type Token, wordSet } from './tokens.ts';

/**
 * What the words around a postcode-shaped pair say: cues before it ("postcode", "woont in", a letter sent
 * there), a street and number or a known place before it, a place after a link, or nothing at all.
 * Every look is bounded by a window of a few tokens.
 */

// Chat words for where someone lives that ADDRESS_CUES lacks: "wnt in 1092 cm", "woonplaats: heerlen".
const CHAT_ADDRESS_CUES = wordSet('wnt woonplaats');
// Words that say someone lives at the address, for the weakest readings ("woont op de 4e etage, 1103 mb").
const RESIDENT_CUES = wordSet('woont woonde wonen woonachtig wonend wnt verhuisd verhuist ingeschreven');
// How far back an address cue is read for letters that are no word ("dhr woont sinds kort in 5038 ct"),
// and "postcode" or "pc" for any letters ("nieuwe postcode van de deelnemer is volgens mij 7523 ln").
// Address cues before short words keep the nearer window of hasPostcodeCue ("woonde tot 2024 in").
const CUE_WINDOW = 6;
const POSTCODE_WORD_WINDOW = 8;
const RESIDENT_WINDOW = 8;
// Words for the client whose postcode follows in brackets: "klant (3822 gv)".
const CLIENT_WORDS = wordSet(`client cliente klant kandidaat deelnemer werkzoekende mw mevr mevrouw dhr meneer
  hij zij`);
const CLAUSE_ENDS = new Set(['.', ',', ';', ')']);
// Words near a letter sent to an address: "brief retour van 6221 ke maastricht".
const MAIL_CUES = wordSet(`post brief brieven retour stuur sturen stuurt verstuurd gestuurd uitnodiging
  adressen adreswijziging woonplek woonplaats kamer ingeschreven`);
const MAIL_CUE_WINDOW = 6;

/**
 * Words around a letter that is sent somewhere ("brief retour van 6221 ke", "post kan naar 3811 en
 * amersfoort"): within MAIL_CUE_WINDOW tokens before the digits.
 */
export function hasMailCue(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - MAIL_CUE_WINDOW; j--) {
    const key = tokens[j]!.key;
    if (MAIL_CUES.has(key) || ADDRESS_CUES.has(key)) return true;
  }
  return false;
}

/** "4811 ek te breda", "4701 ab, roosendaal": a known place after "te" or a comma. */
export function placeAfterLink(tokens: readonly Token[], j: number): boolean {
  const link = tokens[j];
  if (link === undefined || (link.text !== ',' && link.key !== 'te')) return false;
  return isKnownPlaceAt(tokens, j + 1);
}

/** "Kerkstraat 12, 5211 de": a word and a house number, then a comma, just before the digits. */
export function afterStreetNumber(tokens: readonly Token[], k: number): boolean {
  const comma = tokens[k - 1];
  const number = tokens[k - 2];
  const street = tokens[k - 3];
  if (comma?.text !== ',' || number === undefined || street?.type !== 'word') return false;
  const houseNumber =
    (number.type === 'number' && number.text.length <= 4) ||
    (number.type === 'word' && number.hasDigit && number.text.length <= 6);
  return houseNumber && isCapitalised(street) && street.text.length >= 3;
}

/**
 * "postcode", "pc" (any distance up to three words) and, with `addressCues`, a word that announces
 * where someone lives ("woont in", "verhuisd naar", "adres:").
 */
export function hasPostcodeCue(tokens: readonly Token[], k: number, addressCues: boolean): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const key = tokens[j]!.key;
    if (isPostcodeWord(key) || (addressCues && isAddressCue(key))) return true;
  }
  return false;
}

/** "postcode" or "pc" within POSTCODE_WORD_WINDOW tokens before: "nieuwe pc van de klant is 2345 gh". */
export function hasPostcodeWord(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - POSTCODE_WORD_WINDOW; j--)
    if (isPostcodeWord(tokens[j]!.key)) return true;
  return false;
}

/**
 * An address cue within CUE_WINDOW tokens before ("woont sinds kort in 5038 ct"), or "postcode" or "pc"
 * within POSTCODE_WORD_WINDOW.
 */
export function hasCueNear(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - CUE_WINDOW; j--) if (isAddressCue(tokens[j]!.key)) return true;
  return hasPostcodeWord(tokens, k);
}

/** A word that says someone lives there, within RESIDENT_WINDOW tokens before. */
export function hasResidentCue(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - RESIDENT_WINDOW; j--)
    if (RESIDENT_CUES.has(tokens[j]!.key)) return true;
  return false;
}

export function isPostcodeWord(key: string): boolean {
  return key.startsWith('postcode') || key === 'pc';
}

export function isAddressCue(key: string): boolean {
  return ADDRESS_CUES.has(key) || CHAT_ADDRESS_CUES.has(key);
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

/**
 * "mw. komt uit 3514 ax", "hij zit nu in 3583 ws": "in" or "uit" just before the digits and the pair
 * ending the clause.
 */
export function afterLocativeAtEnd(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.key;
  return (before === 'in' || before === 'uit') && endsClause(tokens, k + 2);
}

/** The pair is all its line says: "9744 ga". */
export function standsAlone(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 2];
  return (k === 0 || tokens[k]!.lineBefore) && (after === undefined || after.lineBefore);
}

/** Nothing but a full stop, comma or closing bracket after the pair on its line. */
export function endsClause(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  if (token === undefined || token.lineBefore) return true;
  return CLAUSE_ENDS.has(token.text) && endsLine(tokens, j + 1);
}

export function endsLine(tokens: readonly Token[], j: number): boolean {
  return tokens[j] === undefined || tokens[j]!.lineBefore;
}
