import { ADDRESS_CUES } from './address-words.ts';
import { FORMS_OF_ADDRESS } from './client-words.ts';
import { PARTICLES } from './person-name-words.ts';
import { livesThereFrom, livesThereNextSentence } from './postcode-after.ts';
import { isCapitalised, isGlued, type Token } from './tokens.ts';
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

// "huisadres klant - Marshoven 3", "woonadres = Boterbloem 7": a dash or "=" marks a label too.
const LABEL_MARKS = new Set([':', '-', '–', '—', '=']);

/** A colon (or dash, "=") at token `colon` after a label that names a home, on the same line. */
export function isHomeLabelColon(tokens: readonly Token[], colon: number): boolean {
  if (!LABEL_MARKS.has(tokens[colon]?.text ?? '')) return false;
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

const LINE_MARKS = new Set([':', '—', '–']);

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
  const mark = tokens[start - 1]?.text;
  if ((mark !== ',' && mark !== '(') || tokens[start]!.lineBefore) return false;
  const surname = tokens[start - 2];
  // "Huisbezoek bij dhr, Achterom 5": a title alone.
  if (TITLES.has(surname?.key ?? '')) return true;
  if (surname?.type !== 'word' || !isCapitalised(surname)) return false;
  for (let j = start - 3; j >= 0 && j >= start - 2 - TITLED_WINDOW; j--) {
    const token = tokens[j]!;
    if (tokens[j + 1]!.lineBefore) return false;
    if (TITLES.has(token.key)) return true;
    const initial = token.type === 'word' && token.text.length === 1 && isCapitalised(token);
    if (!initial && token.text !== '.' && !PARTICLES.has(token.key)) return false;
  }
  return false;
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
