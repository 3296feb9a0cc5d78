import { type DisguiseView, disguiseView } from './disguise-view.ts';
import { base64Text, isBase64Code, MIN_BASE64 } from './encoded-base64.ts';
import { entityAt, percentAt, type Read, tagAt } from './encoded-readers.ts';
import { foldForGuard } from './fold.ts';
import { mayHoldEncoding } from './view-prechecks.ts';

export { mayHoldEncoding };

/**
 * A reading of a text that hides client data in an encoding a browser, a link or a decoder reads through
 * (det-encoded36): "bsn 111&nbsp;222&nbsp;333", "&#49;&#49;&#49;...", "<p>111<b></b>222</p>",
 * "schizo<i></i>frenie", "?bsn=%31%311222333", "Jan%20de%20Vries%20schizofrenie" and base64 such as
 * "https://x.nl/QlNOIDExMTIyMjMzMw==" ("BSN 111222333"). Per encoding, in one walk:
 *  - a character reference (decimal, hex, or one of the common named ones) is its character;
 *  - a tag of a known HTML element is dropped when inline ("<b>", "<i>", "<span>": what is either side
 *    joins), a space when a table cell, a line break when it starts a block ("<p>", "<br>", "<li>");
 *  - "%" and two hex digits, a character's UTF-8 bytes, are that character (a control character is left);
 *  - a base64 or base64url segment (encoded-base64.ts) that decodes to visible text is that text, a
 *    space either side; a run of its characters holding "/" is tried whole and then per part.
 * Each character of the view maps back to the whole encoding it came from (a finding in a base64 segment
 * is the whole segment). The view is then folded (fold.ts) and read through its disguises
 * (disguise-view.ts), as the text as typed is. A text without such an encoding (nearly all) costs one
 * walk over its codes. Each reader looks within a bounded window (a tag up to the next "<"): linear.
 */
export function encodedView(text: string, mayHold = mayHoldEncoding(text)): DisguiseView | null {
  if (!mayHold) return null;
  const view = new ViewBuilder(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const read: Read | null =
      c === 38 ? entityAt(text, i) : c === 60 ? tagAt(text, i) : c === 37 ? percentAt(text, i) : null;
    if (read !== null) {
      view.put(i, read.end, read.text);
      i = read.end;
    } else if (isBase64Code(c) && !isBase64Code(text.charCodeAt(i - 1))) i = base64Run(text, i, view);
    else i++;
  }
  return view.done();
}

/** The encoded view folded and read through its disguises, mapped to the text it was made of. */
export function readThrough(decoded: DisguiseView): DisguiseView {
  const folded = foldForGuard(decoded.text);
  const read =
    folded.from === null || folded.to === null
      ? decoded
      : composed(decoded, { text: folded.text, from: folded.from, to: folded.to });
  const disguised = disguiseView(read.text);
  return disguised === null ? read : composed(read, disguised);
}

/** `inner`, a view of `outer.text`, as a view of the text `outer` was made of. */
function composed(outer: DisguiseView, inner: DisguiseView): DisguiseView {
  const n = inner.text.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    from[i] = outer.from[inner.from[i]!]!;
    to[i] = outer.to[inner.to[i]! - 1]!;
  }
  return { text: inner.text, from, to };
}

/** The run of base64 characters at `start` read where it decodes (whole, else per "/"-part); where it ends. */
function base64Run(text: string, start: number, view: ViewBuilder): number {
  let end = start;
  while (isBase64Code(text.charCodeAt(end))) end++;
  let padded = end;
  while (padded < end + 2 && text.charCodeAt(padded) === 61) padded++;
  if (end - start < MIN_BASE64) return end;
  const whole = base64Text(text, start, end);
  if (whole !== null) {
    view.put(start, padded, ` ${whole} `);
    return padded;
  }
  let part = start;
  for (let k = start; k <= end; k++) {
    if (k < end && text.charCodeAt(k) !== 47) continue;
    const decoded = k - part >= MIN_BASE64 ? base64Text(text, part, k) : null;
    if (decoded !== null) view.put(part, k === end ? padded : k, ` ${decoded} `);
    part = k + 1;
  }
  return padded;
}

/** The view built as the walk reads: the text copied as typed between the encodings it read. */
class ViewBuilder {
  private parts: string[] | null = null;
  private from: number[] = [];
  private to: number[] = [];
  private copied = 0;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  /** text[start, end) is read as `read`; each of its characters maps to all of text[start, end). */
  put(start: number, end: number, read: string): void {
    this.parts ??= [];
    this.copy(start);
    this.parts.push(read);
    for (let j = 0; j < read.length; j++) {
      this.from.push(start);
      this.to.push(end);
    }
    this.copied = end;
  }

  done(): DisguiseView | null {
    if (this.parts === null) return null;
    this.copy(this.text.length);
    return { text: this.parts.join(''), from: Int32Array.from(this.from), to: Int32Array.from(this.to) };
  }

  private copy(until: number): void {
    if (until <= this.copied) return;
    this.parts!.push(this.text.slice(this.copied, until));
    for (let j = this.copied; j < until; j++) {
      this.from.push(j);
      this.to.push(j + 1);
    }
  }
}
