import { PARTICLE, tokenFlags } from './name-word-flags.ts';
import { SUBJECT_VERBS } from './person-name-words.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/*
 * det-person38: a name in quotes, as a nickname or a name the writer marks ("'Zwaan' is naar de verslavingskliniek",
 * "\"Boefje\" (zo noemt iedereen hem) is weer in de kliniek", "'De Vries' is terug na zijn opname", "'K.' (initialen
 * ivm privacy) heeft na zijn psychose ...", "Bij 'J.K.' wordt nu gekeken naar een behandeling"): a capitalised word,
 * a surname with its particles or initials, alone between quotes, then a verb or an aside in brackets. A quoted
 * title has more words and lower-case ones ("de werkinstructie 'Signalen van een psychose herkennen'").
 */
const OPENING_QUOTES = wordSetOf(["'", '"', '‘', '“']);
const CLOSING_QUOTES = wordSetOf(["'", '"', '’', '”']);
const VERBS = wordSetOf([
  ...SUBJECT_VERBS,
  ...wordSet('wordt werd gaat ging ligt lag staat stond moet moest kan kon wil komt kwam loopt liep'),
]);
const MAX_TOKENS = 5;

/** The last token of a quoted name starting at k (the quote before it), or -1. */
export function quotedNameEnd(tokens: readonly Token[], k: number, to: number): number {
  const token = tokens[k]!;
  if (!token.capitalised || (token.allCaps && token.text.length > 1)) return -1;
  if (!OPENING_QUOTES.has(tokens[k - 1]?.text ?? '')) return -1;
  let close = -1;
  for (let j = k; j < to && j < k + MAX_TOKENS + 1; j++) {
    const t = tokens[j]!;
    if (j > k && CLOSING_QUOTES.has(t.text)) {
      close = j;
      break;
    }
    const letter = t.type === 'word' && t.text.length === 1 && t.capitalised && tokens[j + 1]?.text === '.';
    const part = t.type === 'word' && (t.capitalised || (tokenFlags(t) & PARTICLE) !== 0);
    if (!(part && !t.hasDigit) && !(t.text === '.' && tokens[j - 1]?.text.length === 1) && !letter) return -1;
  }
  if (close === -1 || close === k) return -1;
  const after = tokens[close + 1];
  if (after === undefined || close + 1 >= to) return -1;
  return after.text === '(' || (!after.capitalised && VERBS.has(after.key)) ? close - 1 : -1;
}
