import { isKnownPlaceAt, isKnownPlaceEndingAt } from './places.ts';
import {
  CLIENT_WORDS,
  hasPostcodeWord,
  hasResidentCue,
  isAddressCue,
  isPostcodeWord,
  RESIDENT_CUES,
} from './postcode-cues.ts';
import {
  ABBREVIATIONS,
  ARTICLE_WORDS,
  ARTICLES,
  FORMAT_NOUNS,
  FORMAT_WORDS,
  QUOTES,
  REFERENCE_WORDS,
  UNITS,
  YEAR_ABBREVIATIONS,
} from './postcode-words.ts';
import { isCapitalised, isGlued, type Token } from './tokens.ts';

/**
 * Four digits that look like the start of a postcode but are something else: a reference ("type 4050 DN",
 * "lokaal 2104 ab"), an article of law ("artikel 1401 BW"), the tail of another number ("Z/26/1234 AB"),
 * money ("€ 1500 EU"), or letters that are as often a unit or an abbreviation ("1750 MB").
 */

/**
 * "type 4050 DN", "vergaderzaal 3102 AB", "ticket 3512 AB", "project \"3500 AB\"": the digits name a thing
 * (a quote or bracket may come between), unless "postcode" comes before.
 */
export function isReferenceNumber(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (tokens[j] !== undefined && QUOTES.has(tokens[j]!.text)) j--;
  if (isFormatExample(tokens, k, j)) return true;
  const before = tokens[j];
  if (before === undefined || before.type !== 'word') return false;
  // "LaserJet 4250 DN", "OfficeJet 8010 SE": a product name with a capital inside (but "mevr. DeVries
  // 7201 AB Zutphen": a known place after the letters).
  if (isCamelCase(before.text)) return !hasPostcodeWord(tokens, k) && !isKnownPlaceAt(tokens, k + 2);
  // "type Evolve 2040 MS", "printer HP OfficeJet 8010": one or two brand words between.
  for (let r = j - 1; r >= j - 2 && isCapitalisedWord(tokens[r + 1]); r--) {
    if (REFERENCE_WORDS.has(tokens[r]?.key ?? '')) return !hasPostcodeWord(tokens, k);
  }
  const key = before.key;
  // "de 1500 AB testen": a postcode takes no article, except as a neighbourhood after living there
  // ("mw woont in de 7033 JN"); "Om 1530 GA ik naar huis": a time.
  const article =
    ARTICLES.has(key) && !(key === 'de' && tokens[j - 1]?.key === 'in' && hasResidentCue(tokens, j));
  const reference =
    (j === k - 1 && (article || key === 'om')) ||
    REFERENCE_WORDS.has(key) ||
    (key.endsWith('nummer') && key !== 'huisnummer') ||
    key.endsWith('zaal') ||
    key.endsWith('lokaal');
  return reference && !hasPostcodeWord(tokens, k);
}

/**
 * "valideert alleen het formaat 1234 AB", "notatie: 1234 AB", "bijv. 1234 AB": an example of the shape,
 * the word (and a colon or an abbreviation's full stop) right before the digits, even after "postcode";
 * "formaat", "notatie" or "voorbeeld" also a few words back in the clause ("het formaat van een
 * postcode is 1234 AB"), with no word for a client or for living there between.
 */
function isFormatExample(tokens: readonly Token[], k: number, j: number): boolean {
  // Most four-digit numbers are years and counts: only a pair with letters can be an example.
  const letters = tokens[k + 1];
  if (letters === undefined || letters.type !== 'word' || letters.text.length !== 2) return false;
  // "1234 AB als voorbeeldpostcode": the example said after the pair.
  const after = tokens[k + 2]?.key === 'als' ? tokens[k + 3] : undefined;
  if (after !== undefined && (after.key.startsWith('voorbeeld') || FORMAT_WORDS.has(after.key))) return true;
  let word = tokens[j];
  if (word !== undefined && (word.text === ':' || word.text === '.')) word = tokens[j - 1];
  if (word !== undefined && word.type === 'word' && FORMAT_WORDS.has(word.key)) return true;
  for (let i = j; i >= 0 && i > j - FORMAT_WINDOW; i--) {
    const token = tokens[i]!;
    if (token.type === 'punct' && token.text !== ':') return false;
    if (CLIENT_WORDS.has(token.key) || RESIDENT_CUES.has(token.key)) return false;
    if (FORMAT_NOUNS.has(token.key)) return true;
    if (token.lineBefore) return false;
  }
  return false;
}

const FORMAT_WINDOW = 7;

function isCapitalisedWord(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && isCapitalised(token);
}

/** "LaserJet", "OfficeJet": a capital after a lower-case letter inside the word. */
function isCamelCase(text: string): boolean {
  for (let i = 1; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    const previous = text.charCodeAt(i - 1);
    if (c >= 65 && c <= 90 && previous >= 97 && previous <= 122) return true;
  }
  return false;
}

function gluedCapitals(digits: Token, letters: Token | undefined): boolean {
  return (
    letters !== undefined &&
    isGlued(digits, letters) &&
    letters.text.length === 2 &&
    letters.text === letters.text.toUpperCase()
  );
}

/** "artikel 1401 BW", "art. 1637 BW". */
export function isArticleNumber(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before === undefined) return false;
  if (ARTICLE_WORDS.has(before.key)) return true;
  return before.text === '.' && tokens[k - 2] !== undefined && ARTICLE_WORDS.has(tokens[k - 2]!.key);
}

/** Letters that are as often a unit or an abbreviation, also in capitals: "1750 MB", "1500 EU subsidie". */
export function isAmbiguousPair(letters: Token): boolean {
  return UNITS.has(letters.key) || ABBREVIATIONS.has(letters.key) || YEAR_ABBREVIATIONS.has(letters.text);
}

/** "Z/26/1234 AB" or "2023-1234": the digits are the tail of another number; "€ 1500 EU" is money. */
export function continuesOtherNumber(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before === undefined) return false;
  if (before.text === '€') return true;
  if (!isGlued(before, tokens[k]) || before.type !== 'punct') return false;
  const earlier = tokens[k - 2];
  if (earlier === undefined || earlier.type === 'punct' || !isGlued(earlier, before)) return false;
  // "Ede,6717LL", "Stationsweg 12-II,1012 AB": a comma or semicolon after a word separates the parts
  // of an address typed without spaces; after digits it may be a decimal ("3,1234").
  if ((before.text === ',' || before.text === ';') && earlier.type === 'word') return false;
  // "Vink 33;8911 AB": no decimal is written with a semicolon.
  if (before.text === ';' && isCapitalised(tokens[k - 3])) return false;
  // "Beukenstraat 14,7544RT ENSCHEDE": a street and its number, the comma, capitals glued on.
  if (before.text === ',' && isCapitalised(tokens[k - 3]) && gluedCapitals(tokens[k]!, tokens[k + 1]))
    return false;
  // "postcode:1181ab", "adres:3514ax" are labels, no number the digits continue; "Utrecht/3512 AB" a
  // place and its postcode.
  if (before.text === '/' && isKnownPlaceEndingAt(tokens, k - 2, true)) return false;
  return !(before.text === ':' && (isPostcodeWord(earlier.key) || isAddressCue(earlier.key)));
}
