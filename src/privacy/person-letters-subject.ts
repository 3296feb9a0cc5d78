import { CLIENT_NOUN, NOT_NAME, TITLE, tokenFlags } from './name-word-flags.ts';
import { opensAfterHeading } from './person-initials.ts';
import { opensSentence } from './person-name-cues.ts';
import { SUBJECT_VERBS } from './person-name-words.ts';
import { hasOwnCareDetail } from './person-own-care.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/*
 * Batch 69 (det-names69b): a person's initials typed as one word open a chat line as its subject: "JW heeft
 * weer een manische periode", "kh zit in een crisisopvang", "jw heeft suikerziekte", "MvdB weer op intensive
 * care". The word is two or three capitals ("JW"), or a capital, a particle's lower-case letters and a capital
 * ("MvdB", "JvD"), or two or three lower-case consonants ("kh", "jw"); it opens the sentence (or follows a short
 * heading: "kort: JW ..."), a subject's verb or "weer" follows, and the care term is the subject's own detail
 * right after it (person-own-care.ts). An organisation's or department's letters ("UWV", "GGZ", "HR", "MT",
 * "KvK") are no person: an organisation name, a care word, a word flagged as no name, or one of the letters
 * below. "AB" as a list's letters stands before no verb of a subject with its own care.
 */
const LETTERS_NO_PERSON = wordSet(`hr mt or it ict pz po vo wo mbo hbo bv nv vws szw wsw sw ww wia wga ao zw
  kvk uwv ggz ips poh ptss adhd bsn tbs svb bhv pdf sms pgb cv nb ps mbt dwz tzt zsm ff lvb nvt mn cq kpn wmo
  ggd cjg ob rvb vvt ms hiv soa bmi dbc ov nl clt pt wg wn wgr zzp bw gz`);
const PARTICLE_LETTERS = wordSet('v d vd vdv t vt');
const VOWELS = 'aeiouy';
// "MvdB weer op intensive care", "JW weer in de kliniek": no verb, "weer" and a place of care.
const PLACE_PREPOSITIONS = wordSet('op in uit naar');
// "MvdB weer op intensive care na een longembolie": the care term a few words past the place.
const CARE_REACH = 6;
const OPENING_VERBS = wordSetOf([...SUBJECT_VERBS, ...wordSet('moet ligt lag gaat ging wordt werd')]);

/** k when the initials word at k is the subject of a sentence about its own care, or -1. */
export function lettersSubjectEnd(
  tokens: readonly Token[],
  k: number,
  from: number,
  to: number,
  isCareWord: (k: number) => boolean,
): number {
  const token = tokens[k]!;
  if (token.type !== 'word' || token.hasDigit || !isInitialsWord(token.text)) return -1;
  if (LETTERS_NO_PERSON.has(token.key) || isCareWord(k)) return -1;
  // "clt heeft adhd": a client noun's or a title's letters stand for nobody in particular.
  if ((tokenFlags(token) & (NOT_NAME | CLIENT_NOUN | TITLE)) !== 0) return -1;
  if (!opensSentence(tokens, k, from) && !opensAfterHeading(tokens, k, from)) return -1;
  const at = pastAside(tokens, k + 1, to);
  const next = tokens[at];
  if (next === undefined || at >= to) return -1;
  if (next.key === 'weer')
    return PLACE_PREPOSITIONS.has(tokens[at + 1]?.key ?? '') && careSoon(at + 2, to, isCareWord) ? k : -1;
  if (!OPENING_VERBS.has(next.text)) return -1;
  return hasOwnCareDetail(tokens, at + 1, to, isCareWord) ? k : -1;
}

const ASIDE_TOKENS = 5;

/**
 * det-lowercase39: "kv: heeft een depressie", "dd (deelnemer) gebruikt methadon", "jdb (32) zit ...": the
 * initials' verb past a colon or a short aside in brackets. The index of the word after them, or `at`.
 */
function pastAside(tokens: readonly Token[], at: number, to: number): number {
  const token = tokens[at];
  if (token?.text === ':') return at + 1;
  if (token?.text !== '(') return at;
  for (let j = at + 1; j < to && j <= at + ASIDE_TOKENS; j++) if (tokens[j]!.text === ')') return j + 1;
  return at;
}

/** "JW", "JKL", "MvdB", "JvD", "kh", "jw": letters that stand for a name. */
function isInitialsWord(text: string): boolean {
  const n = text.length;
  if (n < 2 || n > 5) return false;
  if (isUpper(text[0]!) && isUpper(text[n - 1]!)) {
    if (n <= 3) return isUpper(text[1]!) && (n === 2 || isUpper(text[2]!));
    return PARTICLE_LETTERS.has(text.slice(1, n - 1));
  }
  if (n > 3) return false;
  for (const c of text) if (!isLowerConsonant(c)) return false;
  return true;
}

function isUpper(c: string): boolean {
  return c >= 'A' && c <= 'Z';
}

function isLowerConsonant(c: string): boolean {
  return c >= 'a' && c <= 'z' && !VOWELS.includes(c);
}

function careSoon(a: number, to: number, isCareWord: (k: number) => boolean): boolean {
  for (let j = a; j < to && j < a + CARE_REACH; j++) if (isCareWord(j)) return true;
  return false;
}
