/**
 * Character classes on UTF-16 code units. The detectors walk the text by index instead of running
 * open-ended regular expressions over it, which keeps every scan linear in the input.
 */

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isDigitAt(text: string, i: number): boolean {
  return isDigitCode(text.charCodeAt(i));
}

export function isAsciiLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const LETTER = /\p{L}|\p{M}/u;

/** Letters of any script, including the combining marks of a decomposed "ë". */
export function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (Number.isNaN(code)) return false;
  if (code < 128) return isAsciiLetterCode(code);
  // A surrogate half is most likely part of a letter outside the BMP; treating it as one only ever
  // makes a neighbouring number look glued, which errs towards not reporting noise like "𝟙23".
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return LETTER.test(text.charAt(i));
}

/** Letter or digit: what makes a number "glued" to a word or to a longer number. */
export function isAlnumAt(text: string, i: number): boolean {
  return isDigitAt(text, i) || isLetterAt(text, i);
}

/**
 * Spaces people type between digit groups, including the no-break spaces word processors insert and
 * the zero-width ones that copy-paste (or someone dodging a filter) leaves between digits.
 */
export function isSpaceLikeCode(code: number): boolean {
  return (
    code === 32 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2009 ||
    code === 0x2007 ||
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060
  );
}

/** Hyphen-minus and the typographic dashes that replace it after copy-paste. */
export function isDashCode(code: number): boolean {
  return code === 45 || (code >= 0x2010 && code <= 0x2013) || code === 0x2212;
}

/** Whitespace between tokens: ASCII, no-break and typographic spaces, line and paragraph separators. */
export function isWhitespaceCode(code: number): boolean {
  // Letters, digits and ASCII marks first: nearly every character that starts a token.
  if (code > 32 && code < 0x85) return false;
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x3000 ||
    code === 0x1680 ||
    code === 0x205f ||
    code === 0xfeff ||
    code === 0x85
  );
}
