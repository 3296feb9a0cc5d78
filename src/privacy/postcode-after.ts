import { HE_SHE } from './function-words.ts';
import { houseNumberTail } from './house-number.ts';
import { isKnownPlaceAt } from './places.ts';
import { CLIENT_WORDS } from './postcode-cues.ts';
import { isWhereOneLives } from './postcode-where-lives.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * What comes after a postcode-shaped pair at tokens k, k + 1: a known place after a link, a house number,
 * "daar woont", an address word, or the end of its clause or line. Every look is bounded by a window of
 * a few tokens.
 */

const CLAUSE_ENDS = new Set(['.', ',', ';', ')']);

/** "4811 ek te breda", "4701 ab, roosendaal", "3512 ab / utrecht": a known place after "te", a comma or a slash. */
export function placeAfterLink(tokens: readonly Token[], j: number): boolean {
  const link = tokens[j];
  if (link === undefined || (link.text !== ',' && link.text !== '/' && link.key !== 'te')) return false;
  return isKnownPlaceAt(tokens, j + 1);
}

// "3812 ab, daar woont ze", "bij 7007 km? daar woont de klant": living or staying there said after.
const THERE_WORDS = wordSet('daar daarzo');
const LIVE_THERE_VERBS = wordSet('woont woonde wonen verblijft verbleef logeert');
// "daar zit de klant nu", "daar zit hij": "zit" only with a person after it (not "daar zit veel grond bij").
const SIT_VERBS = wordSet('zit zat');
const PERSON_PRONOUNS = HE_SHE;

/** The pair at k, k + 1 closed by a mark, then "daar woont", or "daar zit" and a person. */
export function livesThereAfter(tokens: readonly Token[], k: number): boolean {
  return livesThereFrom(tokens, k + 2);
}

/** From token `from`: a mark, then "daar woont", or "daar zit" and a person ("Plein 1945 nr 3, daar woont"). */
export function livesThereFrom(tokens: readonly Token[], from: number): boolean {
  let j = from;
  for (let marks = 0; marks < 3 && tokens[j]?.type === 'punct'; marks++) j++;
  if (j === from || !THERE_WORDS.has(tokens[j]?.key ?? '')) return false;
  const verb = tokens[j + 1]?.key ?? '';
  if (LIVE_THERE_VERBS.has(verb)) return true;
  if (!SIT_VERBS.has(verb)) return false;
  const who = tokens[j + 2]?.key ?? '';
  return PERSON_PRONOUNS.has(who) || CLIENT_WORDS.has(tokens[j + 3]?.key ?? '');
}

// "Kan iemand checken of 5611 HZ onder het wijkteam Centrum valt? Daar woont mijn klant.": the next
// sentence says one person lives there ("Daar wonen veel gezinnen" says it of a neighbourhood).
const SENTENCE_MARKS = new Set(['.', '?', '!', ';']);
const ONE_LIVES = wordSet('woont woonde verblijft logeert');

/** Within `window` tokens from j on its line, a sentence ends and the next opens "Daar woont". */
export function livesThereNextSentence(tokens: readonly Token[], j: number, window: number): boolean {
  for (let i = j; i < tokens.length && i < j + window && !tokens[i]!.lineBefore; i++) {
    if (!SENTENCE_MARKS.has(tokens[i]!.text)) continue;
    const there = tokens[i + 1];
    if (there?.key === 'daar') return !there.lineBefore && ONE_LIVES.has(tokens[i + 2]?.key ?? '');
    if (there !== undefined && !there.lineBefore && subjectLivesThere(tokens, i + 1)) return true;
    return there !== undefined && !there.lineBefore && isWhereOneLives(tokens, i + 1);
  }
  return false;
}

/**
 * "3512 ab 14", "3512 ab 14a utrecht": a house number of at most three digits (and its additions) after
 * the pair, then the end of the clause or a known place ("er zijn 1500 ab 14 testen" is none).
 */
export function houseNumberAfter(tokens: readonly Token[], k: number): boolean {
  // "3512 ab 14a", "1071BB 4-II", "6524 AR 33 III": additions after the number (house-number.ts).
  const j = houseNumberTail(tokens, k + 2);
  if (j === -1) return false;
  if (endsClause(tokens, j + 1) || isKnownPlaceAt(tokens, j + 1, true)) return true;
  return tokens[j + 1]?.text === ',' && isKnownPlaceAt(tokens, j + 2, true);
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
  if (k > 0 && !tokens[k]!.lineBefore && !CLAUSE_STARTS.has(tokens[k - 1]!.text))
    return namedAfter(tokens, j);
  for (let i = j; i < tokens.length && i < j + AFTER_WINDOW; i++) {
    const token = tokens[i]!;
    if (token.lineBefore) return false;
    if (ADDRESS_WORDS_AFTER.has(token.key)) return true;
  }
  return false;
}

// "heeft 7109 xn als postcode", "7109 xn is haar postcode": a link and a possessive, then the address noun.
const NAMING_LINKS = wordSet('als is was wordt');
const POSSESSIVES = wordSet('haar zijn hun de het nieuwe');

/**
 * Mid-sentence, the pair named an address by the words right after it at token j: "als postcode",
 * "is haar postcode", "is het nieuwe adres"; not the postcode of a place ("is de postcode van het
 * buurthuis", "van ons kantoor").
 */
function namedAfter(tokens: readonly Token[], j: number): boolean {
  const link = tokens[j];
  if (link === undefined || link.lineBefore || !NAMING_LINKS.has(link.key)) return false;
  let i = j + 1;
  for (let n = 0; n < 2 && POSSESSIVES.has(tokens[i]?.key ?? ''); n++) i++;
  if (!ADDRESS_WORDS_AFTER.has(tokens[i]?.key ?? '')) return false;
  return tokens[i + 1]?.key !== 'van' || !PLACE_OWNERS.has(tokens[i + 2]?.key ?? '');
}

// "de postcode van het buurthuis", "van ons kantoor": an organisation's place, not a person's.
const PLACE_OWNERS = wordSet('het ons onze');

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

// Batch 72 (det-72): the subject first, "De deelnemer woont daar", "Hij woont er", "Mevrouw woont daar sinds
// maart" (a plural, "Er wonen veel gezinnen", says it of a neighbourhood).
const SUBJECT_ARTICLES = wordSet('de deze onze mijn');
const THERE_AFTER = wordSet('daar er daarzo');

/** The sentence opening at s: a client word, title or pronoun, then "woont daar". */
function subjectLivesThere(tokens: readonly Token[], s: number): boolean {
  const who = SUBJECT_ARTICLES.has(tokens[s]?.key ?? '') ? s + 1 : s;
  if (!CLIENT_WORDS.has(tokens[who]?.key ?? '') && tokens[who]?.key !== 'ze') return false;
  return ONE_LIVES.has(tokens[who + 1]?.key ?? '') && THERE_AFTER.has(tokens[who + 2]?.key ?? '');
}
