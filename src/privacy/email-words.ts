import { isDigitCode, isLetterAt } from './chars.ts';
import { foldKey } from './word-sets.ts';

// The words around an e-mail address, folded for word lists (email-context.ts, email-organisation.ts).

/** The folded words of text[from, to). */
export function wordsBetween(text: string, from: number, to: number): string[] {
  const words: string[] = [];
  collectWords(text, from, to, words);
  return words;
}

export function collectWords(text: string, from: number, to: number, words: string[]): void {
  let i = from;
  while (i < to) {
    if (!isLetterAt(text, i) || isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const begin = i;
    while (i < to && (isLetterAt(text, i) || isWordJoiner(text, i))) i++;
    words.push(foldKey(text.slice(begin, i)));
  }
}

/** "e-mail", "z'n", "collega's": a hyphen or apostrophe between letters. */
function isWordJoiner(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 45 || c === 39 || c === 0x2019) && isLetterAt(text, i + 1) && isLetterAt(text, i - 1);
}
