import { isKnownFirstName } from './name-lexicon.ts';
import type { NameReader } from './name-reader.ts';
import {
  CLIENT_NOUN,
  NOT_GIVEN_NAME,
  NOT_NAME,
  NOT_PLAIN,
  NOT_SUBJECT,
  TITLE,
  tokenFlags,
} from './name-word-flags.ts';
import { surnameAloneEnd } from './person-heading-surname.ts';
import { CASE_LABEL_ENDS, initialsEnd, isDescribingBracket, pastPlaceOfOrigin } from './person-initials.ts';
import { numberTailStart } from './person-mailbox-number.ts';
import { isDescribedPerson, SUBJECT_VERBS } from './person-name-words.ts';
import { isGoneOnInNext } from './person-next-sentence.ts';
import { isSingularZe } from './person-ze-subordinate.ts';
import { isKnownPlaceAt } from './places.ts';
import { isGlued, type Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

// Cues person-names.ts reads: initials standing alone for a person, a care term after a lower-case first name.

// "J. heeft ...", "K.M. zit ...", "A.B. kan ...": a verb in lower case after initials opening the sentence.
const AFTER_INITIALS = wordSetOf([
  ...SUBJECT_VERBS,
  ...wordSet('kan kon wil wilde moet moest komt kwam gaat ging woont ligt lag staat stond kampt lijdt'),
]);
// "Casus A.B.:", "Cliënt K.M.:": a case label before initials and a colon.
export const CASE_LABELS = wordSet(`casus case client cliente klant kandidaat kandidate deelnemer werkzoekende
  patient patiente naam dossier`);

/**
 * Initials without a surname at k, standing for a person: opening the sentence before a verb in lower
 * case, or after a case label before a colon. Returns the last full stop's index, or -1.
 */
export function initialsAloneEnd(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  opening: boolean,
  to: number,
  isCareWord: (k: number) => boolean = () => false,
): number {
  let i = initialsEnd(names, tokens, k);
  // "K.V. (vrouw, 43) is sinds ...", "T.K. (ass, ...) kan": a bracket describing the person, or their care.
  const end = i - 1;
  if (i > k && isDescribingBracket(tokens, i, isCareWord)) i = bracketEnd(tokens, i, to) + 1;
  if (i > k) i = pastPlaceOfOrigin(tokens, i, to);
  const next = tokens[i];
  if (i <= k || i >= to || next === undefined) return -1;
  if (opening && next.type === 'word' && !next.capitalised && AFTER_INITIALS.has(next.key)) return end;
  if (!CASE_LABELS.has(tokens[k - 1]?.key ?? '')) return -1;
  // det-family: "casus L. (ASS) besproken", "Casus W. heeft ...": a bracket or a verb after a case label's initials.
  const verb = next.type === 'word' && !next.capitalised && AFTER_INITIALS.has(next.key);
  return CASE_LABEL_ENDS.has(next.text) || next.text === '(' || verb ? end : -1;
}

/** The ")" closing the bracket opened at tokens[open], a few tokens on, or -2 (no bracket). */
function bracketEnd(tokens: readonly Token[], open: number, to: number): number {
  for (let j = open + 1; j < to && j <= open + 8; j++) if (tokens[j]!.text === ')') return j;
  return -2;
}

// How far after a lower-case first name a care term makes it a person: a chat line's clause or two.
const CARE_AFTER_NAME_WINDOW = 12;

/** "chantal 12u bij hema, gaat goed, wel weer paniekaanvallen": a care term a few words on. */
export function hasCareWordAfter(from: number, to: number, isCareWord: (k: number) => boolean): boolean {
  for (let j = from; j < to && j < from + CARE_AFTER_NAME_WINDOW; j++) {
    if (isCareWord(j)) return true;
  }
  return false;
}

// Mail providers of private people: an address there is a person's own, not an organisation's.
const PRIVATE_MAIL_DOMAINS = wordSet(`hotmail gmail outlook live yahoo icloud me msn ziggo kpnmail kpnplanet
  planet home xs4all hetnet chello casema quicknet zeelandnet telfort online upcmail tele2 caiway protonmail
  proton`);

/**
 * "r.derksen88@hotmail.com", "sanne.devries@gmail.com": the local part of an address at a private mail
 * provider (tokens[at] is the "@"), shaped as an initial or a first name, a full stop and a name, or as a
 * first name. Returns the local part's first token, or -1.
 */
export function privateMailboxStart(tokens: readonly Token[], at: number, from: number): number {
  const domain = tokens[at + 1];
  if (domain === undefined || !isGlued(tokens[at]!, domain) || !PRIVATE_MAIL_DOMAINS.has(domain.key))
    return -1;
  const end = numberTailStart(tokens, at); // "m.dekker.92@gmail.com" (person-mailbox-number.ts)
  const last = tokens[end - 1];
  if (last === undefined || end - 1 < from || last.type !== 'word' || !isGlued(last, tokens[end]!)) return -1;
  const dot = tokens[end - 2];
  const first = tokens[end - 3];
  if (
    dot?.text === '.' &&
    first?.type === 'word' &&
    end - 3 >= from &&
    isGlued(first, dot) &&
    isGlued(dot, last)
  )
    return first.text.length === 1 || isKnownFirstName(first.key) ? end - 3 : -1;
  return isKnownFirstName(last.key.replace(/[0-9]+$/, '')) ? end - 1 : -1;
}

// English titles, as written (not "MS", the illness), whose full stop the sentence reader takes for an end.
const ENGLISH_TITLES = new Set(['Ms', 'Mrs', 'Miss']);

/** "Ms. Vos": tokens[k] opens a sentence right after an English title and its full stop. */
export function isAfterEnglishTitle(tokens: readonly Token[], k: number): boolean {
  if (k < 2) return false;
  const dot = tokens[k - 1];
  const title = tokens[k - 2];
  return dot?.text === '.' && title !== undefined && ENGLISH_TITLES.has(title.text) && isGlued(title, dot);
}

/** "m. jansen", "j. de vries": a lower-case initial and a surname in lower case. Returns its end, or -1. */
export function lowercaseInitialSurnameEnd(names: NameReader, k: number): number {
  const dot = names.lowercaseInitialEnd(k);
  return dot === -1 ? -1 : names.surnameEnd(dot + 1, false, true);
}

// "ome jan", "tante riet": a title of kin before a first name, also one that is an everyday word.
const KIN_TITLES = wordSet('ome oom tante opa oma neef nicht');

export function isAfterKinTitle(tokens: readonly Token[], k: number): boolean {
  return KIN_TITLES.has(tokens[k - 1]?.key ?? '');
}

// Verbs after an unknown word opening the sentence: "Sjonnie kan niet ...", "Boukhari wordt gebeld ... omdat hij".
const OPENER_VERBS =
  wordSet(`kan kon wil wilde moet moest komt kwam gaat ging zegt zei belde mailde appte vroeg
  vertelde laat liet voelt voelde werkt werkte wordt werd staat stond ligt lag loopt liep mag mocht durft durfde`);
// "hij", "zij", "z'n", "d'r"; "ze" only before a verb in the singular ("ze heeft", not "ze hebben").
const BACK_PRONOUNS = wordSet("hij zij z'n d'r");
const SINGULAR_AFTER_ZE = wordSet(`heeft had is was zit zat ligt lag kan kon wil wilde moet moest gaat ging
  komt kwam krijgt kreeg gebruikt slikt drinkt voelt voelde`);
const OPENER_PRONOUN_WINDOW = 8;

/**
 * "Sjonnie kan niet werken, hij heeft een psychose", "Dreas wil wel, maar ze heeft ...": an unknown
 * capitalised word opening the sentence before a verb in lower case, with a pronoun for one person a
 * few words on. Not an everyday opener or a word with a noun ending (the name flags rule those out).
 */
export function isUnknownOpenerBeforePronoun(tokens: readonly Token[], k: number, to: number): boolean {
  const token = tokens[k]!;
  const verb = tokens[k + 1];
  if (
    token.allCaps ||
    token.hasDigit ||
    verb === undefined ||
    verb.capitalised ||
    !OPENER_VERBS.has(verb.key)
  )
    return false;
  if ((tokenFlags(token) & (NOT_PLAIN | NOT_SUBJECT)) !== 0) return false;
  for (let j = k + 2; j < to && j <= k + OPENER_PRONOUN_WINDOW; j++) {
    const key = tokens[j]!.key;
    if (BACK_PRONOUNS.has(key)) return true;
    if (isSingularZe(tokens, j, SINGULAR_AFTER_ZE)) return true; // "ze heeft", "dat ze ... heeft"
  }
  // "Renske gaat naar de zorgboerderij. Na haar psychose ...": a short sentence, then one about them.
  return to - k <= OPENER_PRONOUN_WINDOW && isGoneOnInNext(tokens, to - 1);
}

/** Token k is the first word of the sentence (after a list mark such as "-" or "*", if any). */
export function opensSentence(tokens: readonly Token[], k: number, from: number): boolean {
  if (k === from) return true;
  return k === from + 1 && tokens[from]!.type === 'punct' && LIST_MARKS.has(tokens[from]!.text);
}
// "#Ahmadzai heeft weer paniekaanvallen": a hashtag opens the sentence as a list mark does.
const LIST_MARKS = wordSetOf(['-', '*', '•', '–', '>', '#']);

/**
 * "#teamWillemijn", "#trotsopSanne": a hashtag glued to the word, whose last part after a capital
 * inside the word is a known first name.
 */
export function isHashtagName(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (k === 0 || tokens[k - 1]!.text !== '#' || !isGlued(tokens[k - 1], token)) return false;
  const text = token.text;
  if (text.length !== token.key.length) return false;
  for (let i = text.length - 2; i > 0; i--) {
    const c = text[i]!;
    if (c !== c.toLowerCase() && text[i - 1] === text[i - 1]!.toLowerCase())
      return isKnownFirstName(token.key.slice(i));
  }
  return false;
}

/** A surname alone after a heading ("Update Jansen:") or after a given name in brackets. */
export function looseNameEnd(tokens: readonly Token[], names: NameReader, k: number, from: number): number {
  return Math.max(surnameAloneEnd(tokens, names, k, from), bracketedSurnameEnd(tokens, names, k));
}

/**
 * "Lies (vd Damme) heeft ...", "Joep (Hendriks) is ...": a capitalised word that could be an unknown given
 * name, with a surname in brackets right after it (a particle, or the surname alone filling the
 * brackets). Returns the surname's end, or -1.
 */
// "Ikzelf (Naima) heb ...": the writer named in brackets, not a given name and a surname.
const PRONOUNS = wordSet('ik ikzelf wij we jij je u hij zij ze');

function bracketedSurnameEnd(tokens: readonly Token[], names: NameReader, k: number): number {
  const token = tokens[k]!;
  if (!token.capitalised || token.allCaps || tokens[k + 1]?.text !== '(') return -1;
  if ((tokenFlags(token) & (NOT_SUBJECT | NOT_NAME | NOT_GIVEN_NAME | CLIENT_NOUN | TITLE)) !== 0) return -1;
  if (isKnownPlaceAt(tokens, k) || PRONOUNS.has(token.key)) return -1;
  const last = names.surnameEnd(k + 2, false);
  return last !== -1 && tokens[last + 1]?.text === ')' && !tokens[last]!.allCaps ? last : -1;
}

// "Jonge vrouw uit 6541 WZ met een eetstoornis": a person described (no name) by a postcode, as
// identifying as a name (the singular person nouns: isDescribedPerson in person-name-words.ts).
const FROM_PLACE = wordSet('uit van in te');

/** "vrouw uit 6541 WZ", "Man (45) uit 7001 AB": returns k when a postcode follows, or -1. */
export function describedPersonEnd(tokens: readonly Token[], k: number): number {
  if (!isDescribedPerson(tokens[k]!)) return -1;
  let j = k + 1;
  // "Man (45) uit ...": an age in brackets between.
  if (tokens[j]?.text === '(' && tokens[j + 1]?.type === 'number' && tokens[j + 2]?.text === ')') j += 3;
  if (!FROM_PLACE.has(tokens[j]?.key ?? '')) return -1;
  const digits = tokens[j + 1];
  const letters = tokens[j + 2];
  const postcode =
    digits?.type === 'number' &&
    /^[1-9]\d{3}$/.test(digits.text) &&
    letters?.type === 'word' &&
    /^[A-Z]{2}$/.test(letters.text);
  // The person is the noun alone: the postcode is found as one on its own.
  return postcode ? k : -1;
}

/**
 * "voor JOHAN (depressie) hebben we ...": a first name of four letters or more in capitals between words
 * not in capitals (after it past one mark or an aside in brackets); three letters are often an abbreviation.
 */
export function isEmphasised(tokens: readonly Token[], k: number, to: number): boolean {
  const token = tokens[k]!;
  const before = tokens[k - 1];
  // "MARTIN (ASS, LVB) zoekt nog ...": past a short aside in brackets, which may hold capitals.
  let j = asideEnd(tokens, k + 1, to);
  if (j === k + 1 && j < to && tokens[j]!.type === 'punct') j++;
  const after = tokens[j];
  return (
    token.text.length >= 4 &&
    !(before !== undefined && before.type === 'word' && before.allCaps) &&
    j < to &&
    after !== undefined &&
    after.type === 'word' &&
    !after.capitalised
  );
}

// "Waleed (Syrisch) heeft", "Ghizlane (mijn clt van de Wijkteams) is": a short aside in brackets.
const ASIDE_LIMIT = 10;

/**
 * Past a bracketed aside opening at `k`: the token after its ")", or `k` itself when there is none (none within
 * `reach` tokens before `to`, or another "(" first).
 */
export function asideEnd(tokens: readonly Token[], k: number, to: number, reach = ASIDE_LIMIT): number {
  if (tokens[k]?.text !== '(') return k;
  for (let j = k + 1; j < to && j <= k + reach; j++) {
    const text = tokens[j]!.text;
    if (text === ')') return j + 1;
    if (text === '(') return k;
  }
  return k;
}
