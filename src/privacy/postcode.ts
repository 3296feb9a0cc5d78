import type { Finding } from './findings.ts';
import { isKnownPlaceAt, isKnownPlaceEndingAt } from './places.ts';
import {
  endsClause,
  endsLine,
  hasAddressWordAfter,
  houseNumberAfter,
  livesThereAfter,
  placeAfterLink,
  standsAlone,
} from './postcode-after.ts';
import {
  afterClientLabel,
  afterClientName,
  afterClientWord,
  afterLocativeAtEnd,
  afterStreetNumber,
  hasStayNear,
  inBracketsAfterClient,
  placeBefore,
  staysAt,
} from './postcode-before.ts';
import {
  hasCueNear,
  hasMailCue,
  hasPostcodeCue,
  hasPostcodeWord,
  hasResidentCue,
  isAddressCue,
  isPostcodeWord,
} from './postcode-cues.ts';
import { inPostcodeList, isTwoAsciiLetters } from './postcode-lists.ts';
import { fourDigitPostcodeAt, gluedHouseNumberAt, joinedToPlaceAt } from './postcode-shapes.ts';
import {
  ABBREVIATIONS,
  AFTER_AMOUNTS,
  ARTICLE_WORDS,
  ARTICLES,
  DOSES,
  LOCATIVES,
  NEVER_ISSUED,
  NOT_PLACES,
  PREPOSITIONS,
  QUOTES,
  RARE_AFTER_NUMBERS,
  REFERENCE_WORDS,
  SEPARATORS,
  SHORT_ABBREVIATIONS,
  SHORT_WORDS,
  SINCE_WORDS,
  TIME_WORDS,
  UNITS,
  VERBS,
  YEAR_ABBREVIATIONS,
} from './postcode-words.ts';
import { isCapitalised, isGlued, type Token } from './tokens.ts';

/**
 * Dutch postcodes "1234 AB" and "1234AB": four digits starting 1-9 and two letters, not the pairs
 * SA, SD or SS. Upper-case letters count on their own. Lower-case letters count when glued to the
 * digits ("1234ab", but not units like "1000mg"), or after a space when the word "postcode" comes
 * just before or a place name just after ("2513 aa Den Haag"), never when they form a short word
 * ("2023 en", "2026 is").
 *
 * The postcode that starts at number token k, or null.
 */
export function postcodeAt(tokens: readonly Token[], k: number): Finding | null {
  const digits = tokens[k]!;
  if (digits.type !== 'number' || digits.text.length !== 4 || digits.text.charAt(0) === '0') return null;
  if (isArticleNumber(tokens, k)) return null;
  if (isReferenceNumber(tokens, k)) return null;
  const letters = tokens[k + 1];
  if (letters !== undefined && SEPARATORS.has(letters.text)) return hyphenatedAt(tokens, k);
  if (letters?.type !== 'word' || letters.lineBefore) return fourDigitPostcodeAt(tokens, k);
  if (!isTwoAsciiLetters(letters.text)) {
    if (letters.start - digits.end > 1 || continuesOtherNumber(tokens, k)) return null;
    return (
      joinedToPlaceAt(digits, letters) ?? gluedHouseNumberAt(tokens, k) ?? fourDigitPostcodeAt(tokens, k)
    );
  }
  const gap = letters.start - digits.end;
  if (gap > 1 || (gap === 1 && letters.lineBefore)) return null;
  if (continuesOtherNumber(tokens, k)) return null;
  // "hij gaf als postcode 6822 op": letters that do not fit may be the next word.
  if (!lettersFit(tokens, k, digits, letters)) return fourDigitPostcodeAt(tokens, k);
  return { kind: 'postcode', start: digits.start, end: letters.end };
}

/**
 * "7511-AB enschede", "3512.AB", "2511/CM den haag": digits, a hyphen, dot or slash and the letters, all glued, before a known place, after a cue or
 * in capitals on a line of their own ("1600-GT in de brochure" is none). Never after a year-like number
 * ("2026-NL").
 */
function hyphenatedAt(tokens: readonly Token[], k: number): Finding | null {
  const digits = tokens[k]!;
  const hyphen = tokens[k + 1]!;
  // "1600-GT in de brochure" is none, "3512.AB" after "postcode" is one; "2026.ab" never.
  const letters = tokens[k + 2];
  if (letters?.type !== 'word' || letters.lineBefore || continuesOtherNumber(tokens, k)) return null;
  // "postcode 3512 - AB": spaces around the hyphen only just after "postcode".
  const glued = isGlued(digits, hyphen) && isGlued(hyphen, letters);
  if (!glued && !(hasPostcodeCue(tokens, k, false) && hyphen.text === '-')) return null;
  // "3512-AB-Utrecht".
  if (!isTwoAsciiLetters(letters.text)) return glued ? joinedToPlaceAt(digits, letters) : null;
  const value = Number(digits.text);
  const upper = letters.text.toUpperCase();
  if ((value >= 1900 && value <= 2099) || NEVER_ISSUED.has(upper)) return null;
  // "1500-EU subsidie" is none; "adres klant: 2511/CM den haag" is one.
  if (isAmbiguousPair(letters) && !hasCueNear(tokens, k)) return null;
  // "een kamer van 1200/pm", "2400/pp": an amount per unit, unless "postcode" comes before.
  if ((AFTER_AMOUNTS.has(letters.key) || SHORT_WORDS.has(letters.key)) && !hasPostcodeWord(tokens, k))
    return null;
  const evidence =
    isKnownPlaceAt(tokens, k + 3, true) ||
    hasCueNear(tokens, k) ||
    (letters.text === upper && afterClientWord(tokens, k)) ||
    (letters.text === upper && (k === 0 || digits.lineBefore) && endsLine(tokens, k + 3));
  if (!evidence) return null;
  return { kind: 'postcode', start: digits.start, end: letters.end };
}

/**
 * "type 4050 DN", "vergaderzaal 3102 AB", "ticket 3512 AB", "project \"3500 AB\"": the digits name a thing
 * (a quote or bracket may come between), unless "postcode" comes before.
 */
function isReferenceNumber(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (tokens[j] !== undefined && QUOTES.has(tokens[j]!.text)) j--;
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
  // "de 1500 AB testen": a postcode takes no article; "Om 1530 GA ik naar huis": a time.
  const reference =
    (j === k - 1 && (ARTICLES.has(key) || key === 'om')) ||
    REFERENCE_WORDS.has(key) ||
    (key.endsWith('nummer') && key !== 'huisnummer') ||
    key.endsWith('zaal') ||
    key.endsWith('lokaal');
  return reference && !hasPostcodeWord(tokens, k);
}

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

/** "artikel 1401 BW", "art. 1637 BW". */
function isArticleNumber(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before === undefined) return false;
  if (ARTICLE_WORDS.has(before.key)) return true;
  return before.text === '.' && tokens[k - 2] !== undefined && ARTICLE_WORDS.has(tokens[k - 2]!.key);
}

/** Letters that are as often a unit or an abbreviation, also in capitals: "1750 MB", "1500 EU subsidie". */
function isAmbiguousPair(letters: Token): boolean {
  return UNITS.has(letters.key) || ABBREVIATIONS.has(letters.key) || YEAR_ABBREVIATIONS.has(letters.text);
}

function lettersFit(tokens: readonly Token[], k: number, digits: Token, letters: Token): boolean {
  const upper = letters.text.toUpperCase();
  if (NEVER_ISSUED.has(upper)) return false;
  const value = Number(digits.text);
  const yearLike = value >= 1900 && value <= 2099;
  // "3812 ab, daar woont ze", "bij 7007 km? daar woont de deelnemer": the cue after the pair.
  if (!yearLike && !VERBS.has(letters.key) && !DOSES.has(letters.key) && livesThereAfter(tokens, k))
    return true;
  // Capitals count on their own, except a unit or an abbreviation ("1750 MB", "1500 EU subsidie"):
  // those are read as lower-case letters are ("1068 MB Amsterdam" still counts).
  if (letters.text === upper) {
    if (yearLike && YEAR_ABBREVIATIONS.has(upper)) return false;
    // "sinds 2020 BV", "in 2025 EK voetbal": a year after a word for time needs a cue or a place.
    if (yearLike && TIME_WORDS.has(tokens[k - 1]?.key ?? '') && !hasCueNear(tokens, k))
      return isKnownPlaceAt(tokens, k + 2);
    // "Kosten 1500 EX BTW": an amount's abbreviation in capitals is read as in lower case.
    if (!isAmbiguousPair(letters) && !AFTER_AMOUNTS.has(letters.key)) return true;
  }
  const next = tokens[k + 2];
  const glued = isGlued(digits, letters);
  // A known place right after the letters ("5211 de den bosch") is strong evidence; a list of
  // postcodes ("7511 jd, 7512 ab en 7513 ck") too.
  const place = isKnownPlaceAt(tokens, k + 2);
  if (SHORT_WORDS.has(letters.key)) return shortWordFits(tokens, k, { glued, yearLike, place });
  if (inPostcodeList(tokens, k)) return true;
  // "1500 ha", "1200 mb" are amounts, unless someone lives there: "woont in 1068 mb amsterdam".
  if (UNITS.has(letters.key)) {
    // "Zij woont in de wijk rond 8011 PK", "Kerkstraat 12, 5211 HA": capitals after an address cue.
    if (letters.text === upper && (hasCueNear(tokens, k) || afterStreetNumber(tokens, k))) return true;
    if (place) return !yearLike || hasPostcodeCue(tokens, k, true);
    if (glued) return hasPostcodeCue(tokens, k, true) || hasMailCue(tokens, k);
    // "postcode 7322 kb"; "woont op de 4e etage, 1103 mb" (the letters end the clause).
    // "post gaat naar 1823 cm": a letter sent "naar" it.
    if (hasPostcodeWord(tokens, k)) return true;
    // "woont in 1971 pk, bij haar oma", "verhuisd naar 2011 mb": after a year-like number only with
    // the address word just before.
    const clauseBreak = endsClause(tokens, k + 2) || next?.text === ',';
    if (
      clauseBreak &&
      (yearLike
        ? hasPostcodeCue(tokens, k, true) && !SINCE_WORDS.has(tokens[k - 1]!.key)
        : hasResidentCue(tokens, k) || sentThere(tokens, k))
    )
      return true;
    // "DEN HAAG, 2511 cm": a known place and a comma before, nothing after.
    if (!yearLike && tokens[k - 1]?.text === ',' && endsClause(tokens, k + 2) && placeBefore(tokens, k))
      return true;
    // "hij zit in 4254 ha nieuwendijk", "nieuwe woning op 1102 ha in amsterdam-zuidoost".
    // Not "ze zit op 1200 mg paracetamol": a place-like word only after "in" or "uit" with someone
    // staying or living there near ("de klant komt uit 8351 ha wapserveen"), never after a dose or volume
    // ("de klant zit in 1500 ml flessen"); or after a letter sent "naar" it ("post naar 8351 ha wapserveen").
    const placeLike =
      !DOSES.has(letters.key) &&
      LOCATIVES.has(tokens[k - 1]?.key ?? '') &&
      hasStayNear(tokens, k) &&
      placeEndsClause(tokens, k + 2);
    if (!yearLike && (placeLike || (staysAt(tokens, k) && placeAfterIn(tokens, k + 2)))) return true;
    if (!yearLike && sentThere(tokens, k) && placeEndsClause(tokens, k + 2)) return true;
    // "7963 ha ruinerwold is het nieuwe adres": a place-like word, then an address word.
    if (!yearLike && isPlaceName(next) && hasAddressWordAfter(tokens, k, k + 3)) return true;
    // "deelnemer: 2511 cm", "brief naar mevr. Bakker, 2511 cm".
    if (!yearLike && (afterClientLabel(tokens, k) || (afterClientName(tokens, k) && hasMailCue(tokens, k))))
      return true;
    return hasPostcodeCue(tokens, k, true) && isPlaceName(next);
  }
  if (glued) return true;
  // "4811 ek te breda", "4701 ab, roosendaal": not for word-like letters or units ("1200 mb, utrecht").
  const linkedPlace = place || placeAfterLink(tokens, k + 2);
  if (AFTER_AMOUNTS.has(letters.key)) return place || hasPostcodeCue(tokens, k, letters.text === upper);
  if (hasPostcodeCue(tokens, k, true) || afterStreetNumber(tokens, k) || isCapitalised(next) || linkedPlace)
    return true;
  if (yearLike) return hasPostcodeWord(tokens, k);
  // "1500 ww uitkeringen" is a count.
  // "De deelnemer woont in 3011 WW.", "De nieuwe woning is op 3011 NL.", "3011 WW" on its own line.
  if (ABBREVIATIONS.has(letters.key))
    return (
      hasPostcodeWord(tokens, k) ||
      afterClientName(tokens, k) ||
      houseNumberAfter(tokens, k) ||
      (endsClause(tokens, k + 2) && (hasPostcodeCue(tokens, k, true) || staysAt(tokens, k))) ||
      (letters.text === upper && standsAlone(tokens, k))
    );
  // "naar 7201 av zutphen": a place typed in lower case; "dhr woont sinds kort in 5038 ct": a cue
  // further back; "brief terug uit 1102 bx": a letter sent; "heerlen 6411 gk", "Tilburg (5014 gr)": a
  // known place before; "9744 ga", "(2491 bk)", "komt uit 3514 ax": the pair on its own.
  return (
    isPlaceName(next) ||
    hasCueNear(tokens, k) ||
    hasMailCue(tokens, k) ||
    placeBefore(tokens, k) ||
    standsAlone(tokens, k) ||
    inBracketsAfterClient(tokens, k) ||
    afterClientName(tokens, k) ||
    houseNumberAfter(tokens, k) ||
    afterClientLabel(tokens, k) ||
    hasAddressWordAfter(tokens, k, k + 2) ||
    afterLocativeAtEnd(tokens, k)
  );
}

/** A word that can be a place at token j, the last on its clause: "... 4254 ha nieuwendijk". */
function placeEndsClause(tokens: readonly Token[], j: number): boolean {
  return isPlaceName(tokens[j]) && endsClause(tokens, j + 1);
}

/** "in" and a known place at token j: "1102 ha in amsterdam-zuidoost". */
function placeAfterIn(tokens: readonly Token[], j: number): boolean {
  return tokens[j]?.key === 'in' && isKnownPlaceAt(tokens, j + 1, true);
}

/** "post gaat naar 1823 cm", "brief gestuurd naar 6512 ax": "naar" just before and a mail word. */
function sentThere(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.key === 'naar' && hasMailCue(tokens, k);
}

/**
 * Letters that are a short word ("en", "de", "je") or abbreviation ("nb", "ev"): they need more
 * evidence, the commonest words the most.
 */
function shortWordFits(
  tokens: readonly Token[],
  k: number,
  { glued, yearLike, place }: { glued: boolean; yearLike: boolean; place: boolean },
): boolean {
  const letters = tokens[k + 1]!;
  const next = tokens[k + 2];
  // "1500 de huizen": a place named like an ordinary word is no evidence here.
  const strictPlace = place && isKnownPlaceAt(tokens, k + 2, true);
  // "3512je"; never "2023en".
  if (glued && (!yearLike || strictPlace || hasPostcodeCue(tokens, k, true))) return true;
  if (VERBS.has(letters.key)) return false;
  // "woont in 7412 it": an address word just before, nothing after; never a preposition ("woont in 1500 in").
  if (
    !yearLike &&
    !PREPOSITIONS.has(letters.key) &&
    hasPostcodeCue(tokens, k, true) &&
    endsClause(tokens, k + 2)
  )
    return true;
  // "4205 nb gorinchem", "3063 ev r'dam", "adres 2041 ev zandvoort"; not "2026 nb de vergadering".
  if (SHORT_ABBREVIATIONS.has(letters.key) && strictPlace && (!yearLike || hasPostcodeCue(tokens, k, true)))
    return true;
  // "klant zit nu in 6043 te roermond", "komt uit 2611 en delft"; not "in 1500 in utrecht".
  if (!yearLike && strictPlace && !PREPOSITIONS.has(letters.key) && LOCATIVES.has(tokens[k - 1]?.key ?? ''))
    return true;
  // "2023 en amersfoort", "1500 in utrecht": the commonest words need a place and a cue, an address
  // word or a street before, or a letter sent "naar" it ("post kan naar 3811 en amersfoort"; not
  // "brief over 2026 en utrecht", "adressen: 1500 in utrecht"). After a year-like number an address
  // word is no cue: "ze woonde tot 2024 in utrecht", "woont sinds 2019 op texel".
  if (!RARE_AFTER_NUMBERS.has(letters.key))
    return (
      placeLikeAfterAddressWord(tokens, k, yearLike) ||
      (strictPlace &&
        (hasPostcodeCue(tokens, k, !yearLike) ||
          afterStreetNumber(tokens, k) ||
          (!yearLike && tokens[k - 1]?.key === 'naar' && hasMailCue(tokens, k))))
    );
  // "postcode 3512 je", "haar postcode klopt niet (3446 ze?)", "3512 je Utrecht"; never "2023 en".
  // "postcode 3512 je"; after a year-like number only just after the word ("postcode en huisnummer nog
  // opvragen, 2026 ok" is none).
  if (
    (yearLike ? hasPostcodeCue(tokens, k, false) : hasPostcodeWord(tokens, k)) ||
    afterStreetNumber(tokens, k)
  )
    return true;
  // "hij woont op 5211 de, bij zijn moeder": an address word just before, a comma after.
  if (!yearLike && next?.text === ',' && hasPostcodeCue(tokens, k, true)) return true;
  if (strictPlace) return !yearLike || hasPostcodeCue(tokens, k, true) || hasMailCue(tokens, k);
  if (yearLike || next?.type !== 'word') return false;
  // "3512 je Utrecht", "verhuisd naar 1779 ja den oever".
  return (
    isCapitalised(next) ||
    ((hasResidentCue(tokens, k) || hasPostcodeCue(tokens, k, true)) && isPlaceName(next))
  );
}

/**
 * "klant woont op 9204 en drachtstercompagnie": an address word and "op", "in" or a colon just before
 * the digits, a long word that can be a place after the letters (a place missing from places.ts).
 */
function placeLikeAfterAddressWord(tokens: readonly Token[], k: number, yearLike: boolean): boolean {
  const next = tokens[k + 2];
  const before = tokens[k - 1];
  if (yearLike || PREPOSITIONS.has(tokens[k + 1]!.key) || next === undefined || next.text.length < 6)
    return false;
  if (before === undefined || (before.key !== 'op' && before.key !== 'in' && before.text !== ':'))
    return false;
  return hasPostcodeCue(tokens, k, true) && isPlaceName(next) && endsClause(tokens, k + 3);
}

/** A word after "1234 ab" that can be a place: capitalised, or a lower-case word that is no filler. */
function isPlaceName(token: Token | undefined): boolean {
  if (token === undefined || token.type !== 'word' || token.lineBefore) return false;
  return isCapitalised(token) || (token.text.length >= 3 && !NOT_PLACES.has(token.key));
}

/** "Z/26/1234 AB" or "2023-1234": the digits are the tail of another number; "€ 1500 EU" is money. */
function continuesOtherNumber(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before === undefined) return false;
  if (before.text === '€') return true;
  if (!isGlued(before, tokens[k]) || before.type !== 'punct') return false;
  const earlier = tokens[k - 2];
  if (earlier === undefined || earlier.type === 'punct' || !isGlued(earlier, before)) return false;
  // "postcode:1181ab", "adres:3514ax" are labels, no number the digits continue; "Utrecht/3512 AB" a
  // place and its postcode.
  if (before.text === '/' && isKnownPlaceEndingAt(tokens, k - 2, true)) return false;
  return !(before.text === ':' && (isPostcodeWord(earlier.key) || isAddressCue(earlier.key)));
}
