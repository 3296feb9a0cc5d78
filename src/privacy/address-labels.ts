import { ADDRESS_CUES } from './address-words.ts';
import { FORMS_OF_ADDRESS } from './client-words.ts';
import { PARTICLES } from './person-name-words.ts';
import { postcodeAt } from './postcode.ts';
import { livesThereFrom, livesThereNextSentence } from './postcode-after.ts';
import { isCapitalised, isGlued, type Token, tokenAt } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Addresses named by a label before a colon ("Adres (uit intake): Het Vlonder 8", "Haar nieuwe stekkie:
 * Berkenring 19", "woont buitenaf: Kolderveen 18", "huisbezoek doen: Ringbaan-Oost 231", "address of
 * the candidate: 14 Paterswoldseweg"), or by opening a line ("Bosrand 2, 7437 ZG Bathmen", "Sinds 1
 * mei: Ooievaarsnest 28, 5343 XT Oss"). Every look is bounded by a few tokens.
 */

// A home or a visit to one, in Dutch or English, besides the address cues ("adres", "woont" ...).
const HOME_LABELS = wordSet(`huisbezoek thuisbezoek stekkie woning huis appartement onderkomen optrekje
  address home`);
const LABEL_WINDOW = 5;

// "huisadres klant - Marshoven 3", "woonadres = Boterbloem 7", "adres | Marshoven 3": a dash, "=" or a
// table's cell mark marks a label too.
const LABEL_MARKS = new Set([':', '-', '–', '—', '=', '|']);

/** A colon (or dash, "=") at token `colon` after a label that names a home, on the same line. */
export function isHomeLabelColon(tokens: readonly Token[], colon: number): boolean {
  if (tokenAt(tokens, colon)?.text === '(') return isBracketAfterAddress(tokens, colon);
  if (!LABEL_MARKS.has(tokenAt(tokens, colon)?.text ?? '')) return false;
  // "woont op 2562-VE 19": a hyphen glued on both sides joins a postcode's parts, it marks no label.
  if (
    isGlued(tokens[colon - 1], tokens[colon]) &&
    isGlued(tokens[colon], tokens[colon + 1]) &&
    tokens[colon]!.text === '-'
  )
    return false;
  for (let j = colon - 1; j >= 0 && j >= colon - LABEL_WINDOW; j--) {
    const token = tokens[j]!;
    if (LABEL_MARKS.has(token.text) || tokens[j + 1]!.lineBefore) return false;
    if (ADDRESS_CUES.has(token.key) || HOME_LABELS.has(token.key)) return true;
  }
  return false;
}

/** Batch 45: "naar het oude adres gegaan (Wolfsdonk 17, Veldhoven)": the address word a word or two before the bracket. */
function isBracketAfterAddress(tokens: readonly Token[], open: number): boolean {
  for (let j = open - 1; j >= 0 && j >= open - 2; j--) if (ADDRESS_CUES.has(tokens[j]!.key)) return true;
  return false;
}

const LINE_MARKS = new Set([':', '—', '–']);

// Between the fields of a row: "J. Jansen | Esch 52 | 7412 AB", "Vink 33;8911 AB", "Zand 5 - 1234 XY".
const FIELD_MARKS = new Set([',', '|', ';', '-', '–', '—']);
const CELL_MARKS = new Set(['|', ';']);

/** The name at `start` opens a table's cell: "| Esch 52", "K. de Vries; Molenhoek 7". */
export function opensCell(tokens: readonly Token[], start: number): boolean {
  return CELL_MARKS.has(tokens[start - 1]?.text ?? '') && !tokens[start]!.lineBefore;
}

/** The name at `start` opens its line, or follows a colon or a dash ("Sinds 1 mei: Ooievaarsnest 28"). */
export function opensLine(tokens: readonly Token[], start: number): boolean {
  return start === 0 || tokens[start]!.lineBefore || LINE_MARKS.has(tokens[start - 1]!.text);
}

// "De Hoeve 4 in Dal.. (weet de plaatsnaam niet meer), daar woont hij": further on its line.
const LATER_WINDOW = 20;

/** ", daar woont ..." within LATER_WINDOW tokens from token j, on the same line. */
export function livesThereLater(tokens: readonly Token[], j: number): boolean {
  for (let i = j; i < tokens.length && i < j + LATER_WINDOW && !tokens[i]!.lineBefore; i++) {
    if (tokens[i]!.text === ',' && livesThereFrom(tokens, i)) return true;
  }
  return livesThereNextSentence(tokens, j, LATER_WINDOW);
}

// "Klant: Dhr. A. Yilmaz, Zevenhuizen 33, Groningen", "Mw. Bakker (Boterbloem 7) heeft gebeld": a
// person named with a title, then a comma or an opening bracket, just before the street.
const TITLES = wordSet(FORMS_OF_ADDRESS);
const TITLED_WINDOW = 8;

/** A title, initials, particles and a capitalised surname, then "," or "(", just before token `start`. */
export function titledPersonBefore(tokens: readonly Token[], start: number): boolean {
  const mark = tokenAt(tokens, start - 1)?.text ?? '';
  if (!PERSON_MARKS.has(mark) || tokens[start]!.lineBefore) return false;
  let s = start - 2;
  // "Mw. B. — Brink 4": an initial as the surname, its full stop between.
  if (tokens[s]?.text === '.' && isInitial(tokens[s - 1])) s--;
  const surname = tokens[s];
  // "Huisbezoek bij dhr, Achterom 5": a title alone.
  if (TITLES.has(surname?.key ?? '')) return true;
  if (surname?.type !== 'word' || !isCapitalised(surname)) return false;
  for (let j = s - 1; j >= 0 && j >= s - TITLED_WINDOW; j--) {
    const token = tokens[j]!;
    if (TITLES.has(token.key)) return true;
    if (!isInitial(token) && token.text !== '.' && !PARTICLES.has(token.key)) return false;
    // "M. Bakker, Vink 33": initials and a surname opening the line.
    if (j === 0 || token.lineBefore) return isInitial(token) && mark === ',';
  }
  return false;
}

const PERSON_MARKS = new Set([',', '(', '—', '–']);

function isInitial(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && token.text.length === 1 && isCapitalised(token);
}

// "Lives at 12 Kerkstraat", "moved to 4 Dorpsweg": the English order after an English verb of living.
const ENGLISH_HOME_VERBS = wordSet('lives living lived live stays staying moved');
const ENGLISH_PLACE_LINKS = wordSet('at on to');

/** An English verb of living and "at", "on" or "to" right before the number at k. */
export function livesAtInEnglish(tokens: readonly Token[], k: number): boolean {
  return (
    ENGLISH_PLACE_LINKS.has(tokens[k - 1]?.key ?? '') && ENGLISH_HOME_VERBS.has(tokens[k - 2]?.key ?? '')
  );
}

/** After "Dhr. A. Yilmaz, Zevenhuizen 33": a comma, a full stop or the end; ")" after an opening bracket. */
export function closesAddress(tokens: readonly Token[], j: number, opening: string): boolean {
  const next = tokens[j];
  if (opening === '(') return next?.text === ')';
  if (opening === '—' || opening === '–')
    return next === undefined || next.lineBefore || next.text === opening;
  return next === undefined || next.lineBefore || next.text === ',' || next.text === '.';
}

/** ", 8016rt Zwolle", "| 7412 AB |" from token j: a comma (or a table's cell mark), then a postcode. */
export function postcodeAfterComma(tokens: readonly Token[], j: number): boolean {
  const digits = tokens[j + 1];
  return (
    FIELD_MARKS.has(tokens[j]?.text ?? '') &&
    digits?.type === 'number' &&
    !digits.lineBefore &&
    postcodeAt(tokens, j + 1) !== null
  );
}
