import { isHomeLabelColon } from './address-labels.ts';
import { ADDRESS_CUES, LEADING_STREET_WORDS, STREET_PARTICLES } from './address-words.ts';
import { CLIENT_ROLES, FORMS_OF_ADDRESS } from './client-words.ts';
import { type Token, tokenAt } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 47: a street that opens with its street word, typed all in lower case (and a bare street word
 * with a house-number addition after a word for living: "woont bij de markt, markt 3a"): "adresgegevens client:
 * laan van meerdervoort 455", "deelnemer zit op de laan van nieuw oosteinde 37". Capitalised, "Laan van
 * ..." is read by street-names.ts; in lower case the words are as often plain text ("de laan van de
 * kastanjes"), so the street needs a home before it: a home label and its colon, or "op/aan (de)" after
 * a verb of living or staying or a client word a few words back. The street word, a particle right after
 * it, and at most MAX_WORDS lower-case words to the house number.
 */

const MAX_WORDS = 4;
const AT = wordSet('op aan');
const ARTICLES = wordSet('de het');
const STAYING = wordSet(
  `${CLIENT_ROLES} ${FORMS_OF_ADDRESS} woont woonde wonen woonachtig verhuisd verhuist zit zat verblijft
  ingeschreven hij zij ze`,
);
const STAY_WINDOW = 4;

/**
 * The index of the lower-case street word opening the street before the number at k, or -1: "laan" in
 * "laan van meerdervoort 455", or a bare street word with a house-number addition after a word for
 * living in the clause ("ze woont bij de markt, markt 3a boven de drogist"; `end` is where the number
 * and its addition end).
 */
export function lowerCaseStreetStart(tokens: readonly Token[], k: number, end: number): number {
  const before = tokens[k - 1]!;
  if (
    end > tokens[k]!.end &&
    before.type === 'word' &&
    !before.capitalised &&
    LEADING_STREET_WORDS.has(before.key) &&
    livesBefore(tokens, k - 1)
  )
    return k - 1;
  for (let w = k - 2; w >= 0 && k - w <= MAX_WORDS + 1; w--) {
    const token = tokens[w]!;
    if (token.type !== 'word' || token.capitalised) return -1;
    if (!LEADING_STREET_WORDS.has(token.key) || !STREET_PARTICLES.has(tokens[w + 1]!.key)) continue;
    return isHomeBefore(tokens, w) ? w : -1;
  }
  return -1;
}

/** A home label's colon right before the street at w, or "op/aan (de)" after a stay or client word. */
function isHomeBefore(tokens: readonly Token[], w: number): boolean {
  if (isHomeLabelColon(tokens, w - 1)) return true;
  let p = w - 1;
  if (ARTICLES.has(tokenAt(tokens, p)?.key ?? '')) p--;
  if (!AT.has(tokenAt(tokens, p)?.key ?? '')) return false;
  for (let b = p - 1; b >= 0 && p - b <= STAY_WINDOW; b--) {
    const key = tokens[b]!.key;
    if (STAYING.has(key) || ADDRESS_CUES.has(key)) return true;
    if (tokens[b]!.type === 'punct') return false;
  }
  return false;
}

const LIVING = wordSet('woont woonde wonen woonachtig wonend verhuisd verhuist');
const LIVING_WINDOW = 6;

/** A word for living within LIVING_WINDOW tokens before w, no full stop between. */
function livesBefore(tokens: readonly Token[], w: number): boolean {
  for (let b = w - 1; b >= 0 && w - b <= LIVING_WINDOW; b--) {
    if (LIVING.has(tokens[b]!.key)) return true;
    if (tokens[b]!.text === '.' || tokens[b]!.lineBefore) return false;
  }
  return false;
}
