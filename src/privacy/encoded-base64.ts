import { isUtf8 } from 'node:buffer';
import { isLetterAt } from './chars.ts';
import { isVisibleCodePoint } from './encoded-readers.ts';

/**
 * Base64 and base64url segments that hide text (encoded-view.ts): "QlNOIDExMTIyMjMzMw==" is "BSN 111222333".
 * A segment is read only when it is long (16 characters or more: 12 bytes), mixes capitals and small
 * letters (what base64 of any text does, and a word or a lower-case path seldom), and its bytes are UTF-8
 * text a reader can see, half of it letters, digits or spaces. Random tokens (ids, keys, hashes) decode to
 * bytes that are no such text: the chance that 12 random bytes are all printable is about one in 150,000.
 */
export const MIN_BASE64 = 16;

// Per ASCII code: its 6-bit value in base64 or base64url ("+" and "-" are 62, "/" and "_" 63), else -1.
const VALUE = new Int8Array(128).fill(-1);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
for (let k = 0; k < ALPHABET.length; k++) VALUE[ALPHABET.charCodeAt(k)] = k;
VALUE[43] = 62;
VALUE[45] = 62;
VALUE[47] = 63;
VALUE[95] = 63;

export function isBase64Code(code: number): boolean {
  return code < 128 && VALUE[code]! >= 0;
}

export function isUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

export function isLowerCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
// Per byte: 1 for an ASCII control character no reader sees (isVisibleCodePoint), a code point of its own in UTF-8.
const INVISIBLE_BYTE = new Uint8Array(256);
for (let byte = 0; byte < 128; byte++) INVISIBLE_BYTE[byte] = isVisibleCodePoint(byte) ? 0 : 1;

const scratch = new Uint8Array(4096);

/** What text[start, end) (base64 characters, no padding) decodes to when that is visible text; else null. */
export function base64Text(text: string, start: number, end: number): string | null {
  const length = end - start;
  if (length < MIN_BASE64 || length % 4 === 1) return null;
  let upper = false;
  let lower = false;
  for (let i = start; i < end && !(upper && lower); i++) {
    const c = text.charCodeAt(i);
    if (isUpperCode(c)) upper = true;
    else if (isLowerCode(c)) lower = true;
  }
  if (!upper || !lower) return null;
  // One buffer for the runs of up to a few kilobytes: most runs are long words that stop at their first bytes,
  // and a new array per run was most of what such a run cost. A longer run gets its own (not kept).
  const size = Math.floor((length * 3) / 4);
  const bytes = size <= scratch.length ? scratch : new Uint8Array(size);
  let b = 0;
  let bits = 0;
  let buffer = 0;
  for (let i = start; i < end; i++) {
    buffer = ((buffer << 6) | VALUE[text.charCodeAt(i)]!) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const byte = (buffer >> bits) & 0xff;
      // A control character's byte is that character in any UTF-8 text, which is then not visible text:
      // most runs of base64 letters that are words ("Arbeidsparticipatie") stop here, without decoding.
      if (INVISIBLE_BYTE[byte] === 1) return null;
      bytes[b++] = byte;
    }
  }
  // Asked first, so that a run that is no UTF-8 costs no thrown error (as a fatal decoder's failure would).
  const utf8 = bytes.subarray(0, b);
  if (!isUtf8(utf8)) return null;
  const decoded = UTF8.decode(utf8);
  return readsAsText(decoded) ? decoded : null;
}

/** Visible characters only, and half of them or more letters, digits or spaces. */
function readsAsText(decoded: string): boolean {
  let wordy = 0;
  for (let i = 0; i < decoded.length; i++) {
    const cp = decoded.codePointAt(i)!;
    if (!isVisibleCodePoint(cp)) return false;
    if (cp === 32 || (cp >= 48 && cp <= 57) || isLetterAt(decoded, i)) wordy++;
    if (cp > 0xffff) i++;
  }
  return wordy * 2 >= decoded.length;
}

/**
 * Whether the encoded view reads anything in the run of base64 characters text[start, end) (end: the first
 * character after it): the whole run, or else one of its "/"-parts, decodes to visible text (encoded-view.ts).
 */
export function base64RunReads(text: string, start: number, end: number): boolean {
  if (end - start < MIN_BASE64) return false;
  if (base64Text(text, start, end) !== null) return true;
  let part = start;
  for (let k = start; k <= end; k++) {
    if (k < end && text.charCodeAt(k) !== 47) continue;
    if (k - part >= MIN_BASE64 && base64Text(text, part, k) !== null) return true;
    part = k + 1;
  }
  return false;
}
