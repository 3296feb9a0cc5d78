import { type Token, wordSet } from './tokens.ts';

/** A sentence as a half-open range of token indices. */
export interface Sentence {
  readonly from: number;
  readonly to: number;
}

// A full stop after these does not end a sentence: "mevr. De Vries", "geb. 3 april", "o.a.".
const ABBREVIATIONS =
  wordSet(`mevr mw mvr dhr hr mr dr drs ir ing prof mej geb bijv bv evt ca nr tel incl excl resp jl st jan feb
  mrt apr jun jul aug sep sept okt nov dec etc vs zgn mbv ivm tav mbt`);

const ENDERS = new Set(['.', '!', '?', ';']);

/**
 * Splits tokens into sentences at . ! ? ; and line breaks. A full stop after an abbreviation or a
 * single letter (an initial as in "dhr. B.") does not end the sentence, so a title stays with its
 * name. Linear: one look back per full stop.
 */
export function splitSentences(tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i > from && token.lineBefore) {
      sentences.push({ from, to: i });
      from = i;
    }
    if (token.type !== 'punct' || !ENDERS.has(token.text)) continue;
    const next = tokens[i + 1];
    if (next !== undefined && !next.spaceBefore) continue;
    if (token.text === '.' && !endsSentence(tokens[i - 1])) continue;
    sentences.push({ from, to: i + 1 });
    from = i + 1;
  }
  if (from < tokens.length) sentences.push({ from, to: tokens.length });
  return sentences;
}

function endsSentence(before: Token | undefined): boolean {
  if (before?.type !== 'word') return true;
  if (before.text.length === 1) return false;
  return !ABBREVIATIONS.has(before.key);
}

/** For every token, the index of the sentence it belongs to. */
export function sentenceIndexOf(sentences: readonly Sentence[], tokenCount: number): Int32Array {
  const index = new Int32Array(tokenCount);
  sentences.forEach((s, n) => {
    index.fill(n, s.from, s.to);
  });
  return index;
}
