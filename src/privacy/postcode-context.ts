import { ADDRESS_CUES } from './address-words.ts';
import { isKnownPlaceAt, isKnownPlaceEndingAt } from './places.ts';
import { isCapitalised, isGlued, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * What the words around a postcode-shaped pair say: cues before it ("postcode", "woont in", a letter sent
 * there), a street and number or a known place before it, a place after a link, or nothing at all.
 * Every look is bounded by a window of a few tokens.
 */

// Chat words for where someone lives that ADDRESS_CUES lacks: "wnt in 1092 cm", "woonplaats: heerlen".
// "BRP" (the municipal register): "volgens de BRP 3067 gh", "in de BRP staat hij op 2511 cm".
const CHAT_ADDRESS_CUES = wordSet('wnt woonplaats brp');
// Words that say someone lives at the address, for the weakest readings ("woont op de 4e etage, 1103 mb").
const RESIDENT_CUES = wordSet(
  'woont woonde wonen woonachtig wonend wonende wnt verhuisd verhuist ingeschreven brp',
);
// Misspellings one edit from "postcode" that are other words.
const NOT_POSTCODE_TYPOS = wordSet('postbode');
const POSTCODE = 'postcode';
// "zip code", "postal code": English for a postcode.
const CODE_PREFIXES = wordSet('zip postal');
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

/** "4811 ek te breda", "4701 ab, roosendaal", "3512 ab / utrecht": a known place after "te", a comma or a slash. */
export function placeAfterLink(tokens: readonly Token[], j: number): boolean {
  const link = tokens[j];
  if (link === undefined || (link.text !== ',' && link.text !== '/' && link.key !== 'te')) return false;
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
    if (isPostcodeWordAt(tokens, j) || (addressCues && isAddressCue(tokens[j]!.key))) return true;
  }
  return false;
}

/** "postcode" or "pc" within POSTCODE_WORD_WINDOW tokens before: "nieuwe pc van de klant is 2345 gh". */
export function hasPostcodeWord(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - POSTCODE_WORD_WINDOW; j--)
    if (isPostcodeWordAt(tokens, j)) return true;
  return false;
}

/**
 * A word for a postcode at token j: "postcode", "pc", a typo one edit away ("postocde", "pstcode"),
 * "p.c." or "p/c" (read at its "c"), "zip", "zipcode", "zip code" or "postal code" (read at "code";
 * "zip" only before the digits, "code" or a colon: "zip file" is none).
 */
export function isPostcodeWordAt(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!;
  const key = token.key;
  if (isPostcodeWord(key)) return true;
  if (key === 'c' || key === 'code') {
    const mark = tokens[j - 1];
    if (key === 'code') return mark !== undefined && CODE_PREFIXES.has(mark.key);
    const p = tokens[j - 2];
    return (
      (mark?.text === '.' || mark?.text === '/') && p?.key === 'p' && isGlued(p, mark) && isGlued(mark, token)
    );
  }
  if (key === 'zipcode') return true;
  if (key === 'zip') {
    const next = tokens[j + 1];
    return next !== undefined && (next.type === 'number' || next.text === ':' || next.key === 'code');
  }
  return isPostcodeTypo(key);
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

/**
 * One edit (a letter left out, added, changed or two swapped) from "postcode", starting with "p":
 * "pstcode", "postocde", "postcde", "psotcode"; not "postbode". Bounded by the word's length.
 */
function isPostcodeTypo(key: string): boolean {
  if (key.length < 7 || key.length > 9 || key.charCodeAt(0) !== 112 || NOT_POSTCODE_TYPOS.has(key))
    return false;
  let i = 0;
  while (i < key.length && i < POSTCODE.length && key.charCodeAt(i) === POSTCODE.charCodeAt(i)) i++;
  const rest = (a: number, b: number) => key.slice(a) === POSTCODE.slice(b);
  if (key.length === POSTCODE.length)
    return (
      rest(i + 1, i + 1) ||
      (key.charAt(i) === POSTCODE.charAt(i + 1) &&
        key.charAt(i + 1) === POSTCODE.charAt(i) &&
        rest(i + 2, i + 2))
    );
  return key.length === POSTCODE.length - 1 ? rest(i, i + 1) : rest(i + 1, i);
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

// "3812 ab, daar woont ze", "bij 7007 km? daar woont de klant": living or staying there said after.
const THERE_WORDS = wordSet('daar daarzo');
const LIVE_THERE_VERBS = wordSet('woont woonde wonen verblijft verbleef logeert');
// "daar zit de klant nu", "daar zit hij": "zit" only with a person after it (not "daar zit veel grond bij").
const SIT_VERBS = wordSet('zit zat');
const PERSON_PRONOUNS = wordSet('hij zij ze');

/** The pair at k, k + 1 closed by a mark, then "daar woont", or "daar zit" and a person. */
export function livesThereAfter(tokens: readonly Token[], k: number): boolean {
  let j = k + 2;
  for (let marks = 0; marks < 3 && tokens[j]?.type === 'punct'; marks++) j++;
  if (j === k + 2 || !THERE_WORDS.has(tokens[j]?.key ?? '')) return false;
  const verb = tokens[j + 1]?.key ?? '';
  if (LIVE_THERE_VERBS.has(verb)) return true;
  if (!SIT_VERBS.has(verb)) return false;
  const who = tokens[j + 2]?.key ?? '';
  return PERSON_PRONOUNS.has(who) || CLIENT_WORDS.has(tokens[j + 3]?.key ?? '');
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

/**
 * "3512 ab 14", "3512 ab 14a utrecht": a house number of at most three digits (and a glued letter) after
 * the pair, then the end of the clause or a known place ("er zijn 1500 ab 14 testen" is none).
 */
export function houseNumberAfter(tokens: readonly Token[], k: number): boolean {
  let j = k + 2;
  const number = tokens[j];
  if (number === undefined || number.type !== 'number' || number.text.length > 3 || number.lineBefore)
    return false;
  if (!number.spaceBefore) return false;
  const suffix = tokens[j + 1];
  if (suffix !== undefined && suffix.type === 'word' && suffix.text.length === 1 && isGlued(number, suffix))
    j++;
  if (endsClause(tokens, j + 1) || isKnownPlaceAt(tokens, j + 1, true)) return true;
  return tokens[j + 1]?.text === ',' && isKnownPlaceAt(tokens, j + 2, true);
}

// Words in a surname: "dhr. de Vries", "mw. van der Berg".
const SURNAME_PARTICLES = wordSet("de van der den ten ter het 't");
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

// Words after a place that say it is an address: "7963 ha ruinerwold is het nieuwe adres".
const ADDRESS_WORDS_AFTER = wordSet('adres woonadres postadres woonplaats woonplek postcode');
const AFTER_WINDOW = 5;

// Before a pair that starts its clause: "'6822 ab' op als postcode", "(3824 mk amersfoort) is de woonplek".
const CLAUSE_STARTS = new Set([',', ':', '(', '"', "'", '“', '‘']);

/**
 * The pair at token k starts its line or clause, and an address noun comes within AFTER_WINDOW tokens
 * from token j, on the same line ("1500 mb bestand met het adres" is none: the pair starts nothing).
 */
export function hasAddressWordAfter(tokens: readonly Token[], k: number, j: number): boolean {
  if (k > 0 && !tokens[k]!.lineBefore && !CLAUSE_STARTS.has(tokens[k - 1]!.text)) return false;
  for (let i = j; i < tokens.length && i < j + AFTER_WINDOW; i++) {
    const token = tokens[i]!;
    if (token.lineBefore) return false;
    if (ADDRESS_WORDS_AFTER.has(token.key)) return true;
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
