import { CARE_PROVIDERS } from './care-provider-words.ts';
import { isOfficeWord } from './organisation-words.ts';
import { isAnyPlaceKey } from './places.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * det-forms38: a double or Surinamese-Chinese surname joined by hyphens ("Berg-Öztürk", "Kok-Hendriksen",
 * "Tjin-A-Kwie", "Lie-A-Ling"): every part written as a name (a capital, then small letters; or one capital
 * between two parts), two parts of three letters or more. It may stand as a sentence's unknown subject as a
 * single surname may ("Tjin-A-Kwie heeft last van ..."). Not: a place ("Hendrik-Ido-Ambacht", "Noord-Brabant",
 * "Den-Haag-Zuid": a part of it is a place, or the first is a compass or place word), a care provider or an
 * organisation word in a part ("Parnassia-Groep", "GGZ-Noord" is no name's shape), a lower-case compound
 * ("Burn-out-preventie", "Re-integratie").
 */
const PLACE_PARTS = wordSet(`noord zuid oost west midden sint st groot klein nieuw oud oude nieuwe den de het
  boven beneden hoog laag binnen buiten`);
const MAX_LENGTH = 24;
const MIN_LONG_PARTS = 2;

export function isHyphenatedSurname(token: Token): boolean {
  const text = token.text;
  if (text.length > MAX_LENGTH || !text.includes('-')) return false;
  const parts = text.split('-');
  let long = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (!isNameShaped(part, p > 0 && p < parts.length - 1)) return false;
    if (part.length >= 3) long++;
    const key = token.key.split('-')[p] ?? '';
    if (
      (p === 0 && PLACE_PARTS.has(key)) ||
      isAnyPlaceKey(key) ||
      CARE_PROVIDERS.has(key) ||
      isOfficeWord(key)
    )
      return false;
  }
  return long >= MIN_LONG_PARTS && !isAnyPlaceKey(token.key);
}

/** "Kwie", "Öztürk": a capital and small letters; "A" alone only between two parts. */
function isNameShaped(part: string, inner: boolean): boolean {
  if (part.length === 0) return false;
  const first = part.charAt(0);
  if (first === first.toLowerCase()) return false;
  if (part.length === 1) return inner;
  const rest = part.slice(1);
  return rest === rest.toLowerCase() && rest !== rest.toUpperCase();
}
