import type { Finding } from './findings.ts';
import { latinLookalike } from './lookalikes.ts';

/**
 * The text as the guard reads it: what a person reads. Look-alikes that a reader cannot tell from the
 * plain character must not hide client data from the detectors ("１２３４５６７８２", "١٢٣٤٥٦٧٨٢",
 * "1234\u00AD56782", "bram\u200B@gmail.com", "sсhizofrenie" with a Cyrillic "с"). Per character:
 *  - invisible ones are dropped: format characters (Cf: soft hyphen, zero-width space and joiners,
 *    direction marks, the byte-order mark) and every other default-ignorable one (U+034F, the Hangul
 *    fillers U+115F, U+1160, U+3164, U+FFA0, variation selectors, tags); so are signs that stand for
 *    one lost (U+FFFD, half a surrogate pair);
 *  - every decimal digit of any script is its ASCII digit;
 *  - the rest is read in its compatibility form (NFKC, one character at a time: full-width letters and
 *    digits, mathematical letters, ligatures, superscripts, odd spaces become plain ones), and Cyrillic
 *    and Greek letters shaped like Latin ones become those (lookalikes.ts).
 * Kept as typed, because the guard already reads them and plain Dutch text is full of them: the no-break
 * and narrow spaces digit groups are written with (U+00A0, U+2007, U+2009, U+202F), the ellipsis, "µ",
 * symbols ("™", "℃"), fractions ("½" would become "1⁄2") and spacing accents ("auto´s": NFKC makes "´"
 * a space and a combining accent). A letter and its combining accent are not composed either (that is
 * NFC, which changes no reading). Text with nothing to fold (nearly all of it) is handed on as it is.
 */
export interface FoldedText {
  readonly text: string;
  /** Per code unit of `text`: where the typed character it came from starts; null when nothing was folded. */
  readonly from: Int32Array | null;
  /** Per code unit of `text`: where that typed character ends. */
  readonly to: Int32Array | null;
}

const KEPT = new Set([0xa0, 0x2007, 0x2009, 0x202f, 0x2026, 0xb5]);
const IGNORABLE = /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
const DIGIT = /^\p{Nd}$/u;
const SYMBOL = /^\p{S}$/u;
const SPACE = /^\p{Zs}$/u;
const FRACTION_SLASH = '\u2044';

// Per code unit below 0x10000 (a surrogate half aside): 0 not yet known, 1 read as typed, 2 folded.
const AS_TYPED = 1;
const FOLDED = 2;
const kinds = new Uint8Array(0x10000);
// What each folded character is read as; characters outside the BMP by code point, a bounded few.
const readAs = new Map<number, string>();
const MAX_ASTRAL = 4096;

/** How character `code` (a code point) is read; null when as typed. */
function fold(code: number): string | null {
  const char = String.fromCodePoint(code);
  if (KEPT.has(code) || code < 0x80) return null;
  if (isLostSign(code)) return '';
  if (IGNORABLE.test(char)) return '';
  if (DIGIT.test(char)) return String(digitValue(code));
  if (SYMBOL.test(char)) return null;
  const compatible = char.normalize('NFKC');
  // "´" is a space and an accent in NFKC, "½" a 1, a fraction slash and a 2: as typed, the guard reads them.
  if ((compatible.startsWith(' ') && !SPACE.test(char)) || compatible.includes(FRACTION_SLASH)) return null;
  let read = '';
  for (const c of compatible) {
    const point = c.codePointAt(0)!;
    read += latinLookalike(point) ?? (DIGIT.test(c) ? String(digitValue(point)) : c);
  }
  return read === char ? null : read;
}

// The replacement sign, what a broken encoding or half a surrogate pair becomes when it is stored.
const REPLACEMENT = 0xfffd;

/**
 * A sign that stands for one lost: U+FFFD, or half a surrogate pair (from a JSON escape, "\uD800").
 * A reader skips it, so a number split by one reads whole (attack42: "1234\uFFFD56782" passed as no BSN).
 */
function isLostSign(code: number): boolean {
  return code === REPLACEMENT || (code >= 0xd800 && code <= 0xdfff);
}

/** A decimal digit's value: the digits of every script come in runs of ten, zero first. */
function digitValue(code: number): number {
  let zero = code;
  while (code - zero < 50 && DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return (code - zero) % 10;
}

/** Code units of the character at i: two for a surrogate pair, else one (a lone half too). */
function widthAt(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

/** What the character at code unit i is read as (a surrogate pair as one); null: as typed. */
function readAt(text: string, i: number): string | null {
  const code = text.codePointAt(i)!;
  if (code < 0x10000 && (code < 0xd800 || code > 0xdfff)) {
    const kind = kinds[code]!;
    if (kind === AS_TYPED) return null;
    if (kind === FOLDED) return readAs.get(code)!;
    const read = fold(code);
    kinds[code] = read === null ? AS_TYPED : FOLDED;
    if (read !== null) readAs.set(code, read);
    return read;
  }
  const known = readAs.get(code);
  if (known !== undefined) return known;
  const read = fold(code) ?? text.slice(i, i + widthAt(text, i));
  if (readAs.size < MAX_ASTRAL) readAs.set(code, read);
  return read;
}

/** Whether code unit `code` is surely read as typed, without folding it. */
function isAsTyped(code: number): boolean {
  return code < 0x80 || kinds[code] === AS_TYPED;
}

// A character beyond ASCII: a text without one (most of them) has nothing to fold, which V8's regular expression
// engine finds out several times faster than a loop over its code units.
const BEYOND_ASCII = /[\u0080-\uffff]/;

export function foldForGuard(text: string): FoldedText {
  if (!BEYOND_ASCII.test(text)) return { text, from: null, to: null };
  const n = text.length;
  let i = 0;
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    if (isAsTyped(code)) continue;
    const read = readAt(text, i);
    const width = widthAt(text, i);
    if (read !== null && read !== text.slice(i, i + width)) break;
    i += width - 1;
  }
  if (i === n) return { text, from: null, to: null };
  const parts: string[] = [text.slice(0, i)];
  const from: number[] = [];
  const to: number[] = [];
  for (let j = 0; j < i; j++) {
    from.push(j);
    to.push(j + 1);
  }
  while (i < n) {
    const code = text.charCodeAt(i);
    const width = widthAt(text, i);
    const read = isAsTyped(code) ? null : readAt(text, i);
    const part = read ?? text.slice(i, i + width);
    parts.push(part);
    for (let j = 0; j < part.length; j++) {
      // A character read as typed keeps its own code units; a folded one spans all of the typed one.
      from.push(read === null ? i + j : i);
      to.push(read === null ? i + j + 1 : i + width);
    }
    i += width;
  }
  return { text: parts.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** The findings in the folded text, as places in the text as typed (an invisible character inside counted in). */
export function asTyped(findings: Finding[], folded: FoldedText): Finding[] {
  const { from, to } = folded;
  if (from === null || to === null) return findings;
  return findings.map((f) => ({
    ...f,
    start: from[f.start]!,
    end: f.end > f.start ? to[f.end - 1]! : from[f.start]!,
  }));
}
