import { nl } from '../messages/catalogue/nl.ts';
import { words } from '../messages/catalogue/words.ts';
import type { Finding, FindingKind } from './findings.ts';

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
 * One message (in the language being spoken now) for all findings in a field: what was found and where, never the text itself.
 * Positions are 1-based and inclusive, in words ("tekens 12 tot en met 20", "de eerste 9 tekens").
 */
export function explainFindings(findings: readonly Finding[]): string {
  const byKind = new Map<FindingKind, Finding[]>();
  for (const f of findings) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  const parts: string[] = [];
  const advice: string[] = [];
  const w = words().privacy;
  for (const [kind, list] of byKind) {
    parts.push(`${w.kinds[kind].label} ${positions(list)}`);
    advice.push(w.kinds[kind].advice);
  }
  return `${w.looksLike(joinWords(parts))} ${advice.join(' ')} ${w.closing}`;
}

function positions(list: readonly Finding[]): string {
  const w = words().privacy;
  const shown = list.slice(0, MAX_POSITIONS).map((f) => w.place(f.start + 1, f.end));
  const more = list.length - shown.length;
  const text = joinWords(shown);
  return more > 0 ? `${text}, ${w.morePlaces(more)}` : text;
}

/** "a, b en c" / "a, b and c". */
function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${words().privacy.and} ${items[items.length - 1]}`;
}
