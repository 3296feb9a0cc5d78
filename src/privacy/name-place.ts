import { FIRST_NAMES } from './first-names.ts';
import { ABBREVIATED_PARTICLES, PARTICLES } from './person-name-words.ts';

/**
 * Where the whole name ends that a refusal's place should cover, for a name found with a health
 * detail. The rules find a person by the words that make it one ("mevrouw Fatima", "Sanne" before a
 * colon), not always by all of its words: a person who removes only those words would leave the
 * surname in ("el Amrani"). So the place named runs on over what follows the finding on its line:
 * initials ("P."), first names and particles ("van der", "el", "v.d."), up to the capitalised word
 * that ends the name; and back over what stands before it, a known first name or initials and the
 * particles after them ("Fatima el" before "Amrani"). The finding itself keeps its span (the corpora
 * and the scan command read it).
 *
 * A bounded look: at most MAX_WORDS words of at most MAX_WORD characters, each after a few blanks.
 */
const MAX_WORDS = 5;
const MAX_WORD = 40;
// One word after one to three blanks on the same line; the word ends where a blank or the text does.
const NEXT_WORD = new RegExp(`[ \\t\\u00a0]{1,3}([^\\s]{1,${MAX_WORD}})(?=\\s|$)`, 'y');
const INITIALS = /^(?:\p{Lu}\.){1,4}$/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;
// What may close a name's last word: a mark that ends the phrase (then the name goes no further).
const CLOSING = /[,.:;!?)\]'"’”]+$/u;

export function wholeNameEnd(text: string, end: number): number {
  // A name that ends at a mark ("Sanne:" or "Sanne,") goes no further; a full stop in it is an initial's or a title's.
  if (/[,:;!?)\]'"’”]$/u.test(text.slice(Math.max(0, end - 1), end))) return end;
  let at = end;
  let nameEnd = end;
  for (let n = 0; n < MAX_WORDS; n++) {
    NEXT_WORD.lastIndex = at;
    const m = NEXT_WORD.exec(text);
    if (!m) break;
    const word = m[1]!;
    const bare = word.replace(CLOSING, '');
    const closed = bare !== word;
    if (bare === '') break;
    if (INITIALS.test(word)) {
      at = m.index + m[0].length;
      continue;
    }
    if (NAME_WORD.test(bare)) {
      nameEnd = m.index + m[0].length - (word.length - bare.length);
      if (closed) break;
      at = m.index + m[0].length;
      continue;
    }
    if (closed || !isParticle(bare)) break;
    at = m.index + m[0].length;
  }
  return nameEnd;
}

// One word before a point, one to three blanks before it; the word starts where a blank or the text does.
const WORD_BEFORE = new RegExp(`(?:^|\\s)([^\\s]{1,${MAX_WORD}})[ \\t\\u00a0]{1,3}$`);

/** Where the whole name starts: back over particles ("el", "El") to a known first name or initials before them. */
export function wholeNameStart(text: string, start: number): number {
  let at = start;
  let nameStart = start;
  for (let n = 0; n < MAX_WORDS; n++) {
    const from = Math.max(0, at - MAX_WORD - 4);
    const m = WORD_BEFORE.exec(text.slice(from, at));
    if (!m) break;
    const word = m[1]!;
    at = from + m.index + m[0].length - m[0].trimStart().length;
    if (INITIALS.test(word) || (NAME_WORD.test(word) && FIRST_NAMES.has(word.toLowerCase()))) nameStart = at;
    else if (!isParticle(word.toLowerCase())) break;
  }
  return nameStart;
}

function isParticle(word: string): boolean {
  if (word !== word.toLowerCase()) return false;
  return PARTICLES.has(word) || ABBREVIATED_PARTICLES.has(word.replace(/\.$/, '')) || word === 'v.d.';
}
