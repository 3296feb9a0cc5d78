import { isLexiconSurnameAt } from './name-lexicon.ts';
import type { NameReader } from './name-reader.ts';
import { isBareNameWord } from './person-name-word-placed.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/*
 * Batch 69 (det-names69b): a record's heading names the person it is about, the care in the record after it:
 * "knelpunt Visser: schuldenproblematiek + verslaving", "re-integratie de Boer: verzuim loopt op, ... depressie",
 * "Stand van zaken Winter: opgenomen sinds 1/11", "intake Mar (geboren ...), autisme + angst", "Tussenevaluatie
 * Storm" on a line of its own above "bijzonderheden: PTSS-behandeling loopt". The label opens the text or a line
 * (one word of a record's kind, or "stand van zaken"), the name follows bare (a word no list rules out as a name:
 * not a topic, place, provider or organisation) or with its particle ("de Boer"), and the heading ends there: a
 * colon, a bracket, the end of the line. Look-alikes: the label before a topic or an organisation ("knelpunt
 * Vervoer:", "intake Dimence:", "Stand van zaken Wachtlijsten:"), or before more words ("evaluatie Storm en
 * onweer in de regio"). Whose the care after it is, care-term-owner.ts decides.
 */
const RECORD_LABELS = wordSet(`knelpunt knelpunten intake tussenevaluatie evaluatie eindevaluatie voortgang
  re-integratie reintegratie verslag trajectplan voortgangsverslag intakeverslag casusbespreking`);
const HEADING_ENDS = wordSetOf([':', '(', '-', '–', '—']);
const PARTICLES = wordSet('de van der den ter');

/** The name's last index when the word at k is the person a record's heading names, or -1. */
export function recordHeadingNameEnd(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  from: number,
): number {
  const token = tokens[k]!;
  if (token.type !== 'word' || token.lineBefore) return -1;
  if (!labelledBefore(tokens, k, from)) return -1;
  let last = -1;
  if (PARTICLES.has(token.key) && !token.capitalised) {
    // "re-integratie de Boer:": a surname of the lexicon with its particle (not "de Bakkerij").
    last = names.surnameEnd(k, false);
    if (last === -1 && isBareName(tokens[k + 1])) last = k + 1;
    if (last !== -1 && !isLexiconSurnameAt(tokens, k, last)) last = -1;
  } else if (isBareName(token)) {
    last = k;
  }
  if (last === -1) return -1;
  const after = tokens[last + 1];
  return after === undefined || after.lineBefore || HEADING_ENDS.has(after.text) ? last : -1;
}

/** "Visser", "Mar", "Storm": a capitalised word no list rules out as a name. */
function isBareName(token: Token | undefined): boolean {
  if (token === undefined || token.type !== 'word' || !token.capitalised || token.allCaps || token.hasDigit)
    return false;
  return token.text.length >= 3 && isBareNameWord(token);
}

/** A record's label right before k, opening the text or its line: "knelpunt", "Stand van zaken". */
function labelledBefore(tokens: readonly Token[], k: number, from: number): boolean {
  const label = tokens[k - 1];
  if (label === undefined || k - 1 < from) return false;
  if (RECORD_LABELS.has(label.key)) return k - 1 === from || label.lineBefore;
  // "Stand van zaken Winter:".
  if (label.key !== 'zaken' || k - 3 < from) return false;
  const stand = tokens[k - 3]!;
  return tokens[k - 2]!.key === 'van' && stand.key === 'stand' && (k - 3 === from || stand.lineBefore);
}
