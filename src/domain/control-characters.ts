/**
 * True when a text holds a control character other than a tab or a line end: a NUL or another
 * invisible character pasted along with the text. PostgreSQL cannot store a NUL at all, and the
 * others would be stored and shown as nothing, so typed text with one is refused in plain words.
 */
export function hasControlCharacter(text: string): boolean {
  return /[^\P{Cc}\t\n\r]/u.test(text);
}

// Signs that change the direction a text is shown in: the direction marks (also the Arabic letter
// mark), embeddings and overrides (U+202E shows the rest of the line backwards) and isolates.
const DIRECTION_SIGNS = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
const DIRECTION_FORMAT = new RegExp(`[${DIRECTION_SIGNS}]`, 'u');
// Signs that show as nothing yet make a text another text: zero-width spaces, the direction signs,
// the byte-order mark. The zero-width joiner an emoji is built with is not among them.
const INVISIBLE_SIGNS = `\\u200B\\u2060-\\u2064\\uFEFF${DIRECTION_SIGNS}`;
const INVISIBLE_FORMAT = new RegExp(`[${INVISIBLE_SIGNS}]`, 'u');

/**
 * One line: no line end, no other control character, none of those invisible signs. A name must
 * be (the ICS feed; a name with an invisible sign would pass for another). A pattern, so that the
 * file's JSON Schema (docs/schakel-v1.schema.json) says it too.
 */
export const ONE_LINE = new RegExp(`^[^\\p{Cc}${INVISIBLE_SIGNS}]*$`, 'u');

/**
 * A direction sign: refused in every text a person types that others read (names, and through the
 * client-data guard every free text), since the text would be shown otherwise than it was checked.
 */
export function hasDirectionSign(text: string): boolean {
  return DIRECTION_FORMAT.test(text);
}

/** A control character or one of those invisible signs: a name with one would pass for another. */
export function hasInvisibleCharacter(text: string): boolean {
  return hasControlCharacter(text) || INVISIBLE_FORMAT.test(text);
}

// What shows as nothing on its own: white space, format signs (zero-width spaces and joiners, the
// soft hyphen, the direction signs, tag letters, the byte-order mark), control characters, the
// combining grapheme joiner, and the fillers that fonts draw blank (Hangul, the empty Braille cell).
const BLANK_SIGNS = '\\p{Cf}\\u115F\\u1160\\u3164\\uFFA0\\u2800';
const NOTHING_SHOWN = new RegExp(`^(?:[\\p{White_Space}\\p{Cc}${BLANK_SIGNS}]|\\u034F)*$`, 'u');
const BLANK_SIGN = new RegExp(`[${BLANK_SIGNS}]|\\u034F`, 'gu');

/**
 * True when a text shows nothing at all: only spaces and such invisible signs. Typed as an
 * agendapunt or an answer, it is no text to whoever reads it, so it counts as not filled in.
 */
export function showsNothing(text: string): boolean {
  return NOTHING_SHOWN.test(text);
}

/** The text without those signs that show as nothing (spaces and line ends kept): what a reader sees. */
export function withoutBlankSigns(text: string): string {
  return text.replace(BLANK_SIGN, '');
}

/**
 * A name as it is kept and looked up: each accented letter in one form (NFC: "é" typed as one sign
 * or as "e" and an accent is the same name), single spaces, no spaces around it.
 */
export function normalName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * A name as a person would recognise it when typing it: letters and figures only, any capitals,
 * emoji and signs left out ("Werkgroep Oost 🌅" and "werkgroep  oost" are the same name).
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('nl')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
