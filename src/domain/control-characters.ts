/**
 * True when a text holds a control character other than a tab or a line end: a NUL or another
 * invisible character pasted along with the text. PostgreSQL cannot store a NUL at all, and the
 * others would be stored and shown as nothing, so typed text with one is refused in plain words.
 */
export function hasControlCharacter(text: string): boolean {
  return /[^\P{Cc}\t\n\r]/u.test(text);
}

/** What a file's check says of such a text (schakel import), where it names the place. */
export const CONTROL_CHARACTER = 'bevat een onzichtbaar stuurteken (zoals een NUL-teken)';
