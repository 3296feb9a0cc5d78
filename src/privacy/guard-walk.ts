import { birthdateOf } from './birthdate.ts';
import { bsnAt } from './bsn.ts';
import { isAsciiLetterCode, isDigitCode } from './chars.ts';
import type { DateMention } from './date-mention.ts';
import type { Finding } from './findings.ts';
import type { Span } from './phone.ts';
import type { Token } from './tokens.ts';

/* The guard's walk (guard.ts): what it does at a token besides asking the detectors. */

/**
 * A date found at the walk: a finding when it is a birthdate; where it ends. A function of its own, not a
 * closure in scan: a closure would keep the walk's variables in a heap context instead of registers.
 */
export function takeDate(
  tokens: readonly Token[],
  date: DateMention,
  sentenceFrom: number,
  thisYear: number,
  findings: Finding[],
  bsns: Finding[],
): number {
  const birthdate = birthdateOf(tokens, date, sentenceFrom, thisYear);
  if (birthdate !== null) findings.push(birthdate);
  // "geb. 01011960" passes the 11-proef as an eight-digit BSN: after a birth cue it is a date.
  if (birthdate !== null && date.eightDigits === true && bsns.at(-1)?.start === birthdate.start) bsns.pop();
  return date.last;
}

/** "0900 685 55 93": the digits of an organisation's general number are no BSN. */
export function withoutOverlap(findings: Finding[], spans: readonly Span[]): Finding[] {
  if (spans.length === 0) return findings;
  // Both lists are sorted by start and the spans do not overlap each other: one sweep.
  let s = 0;
  return findings.filter((f) => {
    while (s < spans.length && spans[s]!.end <= f.start) s++;
    return !(s < spans.length && spans[s]!.start < f.end);
  });
}

/**
 * "NL91ABNA...", "NL91", "NL-91", or "NL" before " 91": two ASCII letters and then the check digits.
 * Only a word with digits or of two letters can be one (the guard asks only those).
 */
export function mayStartIban(text: string, token: Token): boolean {
  const word = token.text;
  if (!isAsciiLetterCode(word.charCodeAt(0)) || !isAsciiLetterCode(word.charCodeAt(1))) return false;
  if (word.length === 2) return isDigitCode(text.charCodeAt(token.end + 1));
  const c = word.charCodeAt(2);
  return isDigitCode(c) || (c === 45 && isDigitCode(word.charCodeAt(3)));
}

/** The last token that starts before `end`, from token k on. */
export function lastTokenBefore(tokens: readonly Token[], k: number, end: number): number {
  let last = k;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  return last;
}

/** BSNs that start inside a word ("BSN123456782"): each digit run in it, within the word's length. */
export function gluedBsns(text: string, token: Token, bsns: Finding[], until: number): number {
  let covered = until;
  for (let i = Math.max(token.start + 1, covered); i < token.end; i++) {
    const c = text.charCodeAt(i);
    const before = text.charCodeAt(i - 1);
    if (c < 48 || c > 57 || (before >= 48 && before <= 57)) continue;
    const end = bsnAt(text, i);
    if (end !== -1) {
      bsns.push({ kind: 'bsn', start: i, end });
      covered = end;
      i = end - 1;
    }
  }
  return covered;
}
