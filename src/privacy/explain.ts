import { nl } from '../messages/catalogue/nl.ts';
import { words } from '../messages/catalogue/words.ts';
import type { Finding, FindingKind } from './findings.ts';
import { wholeNameEnd, wholeNameStart } from './name-place.ts';

/** What each kind is called in Dutch, and how to write the point without it (other languages: the catalogue). */
export const EXPLANATIONS: Readonly<
  Record<FindingKind, { readonly label: string; readonly advice: string }>
> = nl.privacy.kinds;

const MAX_POSITIONS = 3;

/** Shown when the text could not be checked at all; Schakel then refuses to store it. In Dutch. */
export const UNCHECKED_MESSAGE = nl.privacy.unchecked;

/** The same, in the language being spoken now. */
export function uncheckedMessage(): string {
  return words().privacy.unchecked;
}

/**
 * One message (in the language being spoken now) for all findings in `text`, one field: what was
 * found and where, never the text itself. Where is said as a person finds it again: by line (when
 * the text has more than one) and by word, counted from 1 ("in regel 3, het 5e tot en met 7e
 * woord"); characters are not counted. It ends by saying that Schakel keeps no client data, as
 * every field's refusal does (a form shows each beside its own field; a chat message says it once,
 * messages/errors.ts).
 */
export function explainFindings(findings: readonly Finding[], text: string): string {
  const byKind = new Map<FindingKind, Finding[]>();
  for (const f of findings) {
    const list = byKind.get(f.kind);
    if (list) list.push(f);
    else byKind.set(f.kind, [f]);
  }
  const parts: string[] = [];
  const advice: string[] = [];
  const w = words().privacy;
  const where = placesIn(text);
  for (const [kind, list] of byKind) {
    const k = w.kinds[kind];
    const places = positions(list, where);
    // A kind that is refused for what stands with it (a name with a health detail) says where
    // its first part is inside its label, so the places do not read as the whole finding.
    parts.push('placed' in k ? k.placed(places) : `${k.label} ${places}`);
    advice.push(k.advice);
  }
  return [w.looksLike(joinWords(parts)), ...advice, w.closing].join(' ');
}

function positions(list: readonly Finding[], where: (f: Finding) => string): string {
  const shown = [...new Set(list.map(where))];
  const more = shown.length - MAX_POSITIONS;
  const text = joinWords(shown.slice(0, MAX_POSITIONS));
  return more > 0 ? `${text}, ${words().privacy.morePlaces(more)}` : text;
}

interface Word {
  readonly line: number;
  /** 1-based within its line. */
  readonly n: number;
  readonly start: number;
  readonly end: number;
}

/** Where a finding is in `text`, in lines and words; two findings in the same words read the same. */
function placesIn(text: string): (f: Finding) => string {
  const list: Word[] = [];
  let line = 1;
  let n = 0;
  for (const m of text.matchAll(/\n|[^\s]+/g)) {
    if (m[0] === '\n') {
      line++;
      n = 0;
    } else list.push({ line, n: ++n, start: m.index, end: m.index + m[0].length });
  }
  const lines = text.trim().includes('\n');
  const w = words().privacy;
  // The words a finding touches, the first found by halving: thousands of findings are said in one pass.
  return (f) => {
    // A name is said with all of its words, as a person would leave them out (name-place.ts).
    const name = f.kind === 'name_health';
    const i = firstEndingAfter(list, name ? wholeNameStart(text, f.start) : f.start);
    const first = list[i];
    const end = name ? wholeNameEnd(text, f.end) : f.end;
    // A finding is always in a word; should it ever not be, say so without a number.
    if (!first || first.start >= end) return w.somewhere;
    let j = i;
    while (j + 1 < list.length && list[j + 1]!.start < end) j++;
    const last = list[j]!;
    if (first.line !== last.line) return w.placeAcross(first.line, first.n, last.line, last.n);
    return w.place(lines ? first.line : null, first.n, last.n);
  };
}

/** The first of the words (in order, none overlapping) that ends after `start`; the list's length if none. */
function firstEndingAfter(list: readonly Word[], start: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]!.end > start) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** "a, b en c" / "a, b and c". */
function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${words().privacy.and} ${items[items.length - 1]}`;
}
