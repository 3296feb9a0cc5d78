import { isCommonWord, isLexiconSurname } from './name-lexicon.ts';
import { FIRST_NAME, NOT_NAME, NOT_PLAIN, PARTICLE, tokenFlags } from './name-word-flags.ts';
import { COMMON_WORDS } from './person-slot.ts';
import { isKnownPlaceAt } from './places.ts';
import { HIS_HER_TYPED } from './possessives.ts';
import { type Token, tokenAt } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * A client's household named by a relative (det-relative, 6 December 2026; English "the son of Bakker",
 * det-english): "de zoon van Bakker", "de
 * moeder van Van der Meer", "Bakker zijn zoon", "De Boer d'r dochter". The surname alone is no person
 * anywhere else in the sentence (known limits: a bare surname is read only as a subject), and many are
 * everyday words or trades (Bakker, Visser, Smit, de Boer, Mulder, Schipper, Timmerman): here the relative
 * before "van", or the possessive and relative after it, says a person is meant. The care term is then
 * the surname's (the walk back in care-term-owner.ts meets it first, or the relative after the possessive
 * points to it). Lower case ("de zoon van de bakker") is a trade, no one named; an organisation ("Bakker &
 * Zn", "Bakker Bouw"), a place ("de kinderen van Nederland") or an adjective ("van Syrische ouders") is none.
 */
const RELATIVES_BEFORE_VAN = wordSet(`zoon dochter vader moeder broer zus zuster partner man vrouw echtgenoot
  echtgenote opa oma kind kinderen ouders kleinzoon kleindochter neef nicht oom tante schoonzoon schoondochter
  schoonvader schoonmoeder stiefzoon stiefdochter stiefvader stiefmoeder zoontje dochtertje`);
// English (det-english): "The son of Bakker has autism".
const RELATIVES_BEFORE_OF =
  wordSet(`son daughter father mother brother sister wife husband partner child kid kids
  children parents grandson granddaughter grandfather grandmother grandma grandpa nephew niece uncle aunt stepson
  stepdaughter stepfather stepmother`);
// After "zijn" a plural is its verb ("Nu zijn kinderen met autisme ..."): one relative only.
const RELATIVES_AFTER_POSSESSIVE =
  wordSet(`zoon dochter vader moeder broer zus partner man vrouw vriend vriendin
  opa oma kind neef nicht oom tante zoontje dochtertje`);
const PLURAL_RELATIVES = wordSet('kinderen ouders broers zussen');
// "de zoon van de Jong": an article alone before the surname needs the lexicon's "de jong" or an unknown word.
const ARTICLES = wordSet('de het den');
const MAX_PARTICLES = 3;
// A trade that is also a surname ("Schipper", "Timmerman"): a frequent word the lexicon lacks as a surname
// (six letters or more: not "Weer zijn vader ...").
const TRADE_ENDINGS = ['er', 'man'];
const MIN_TRADE_LENGTH = 6;
// "Bakker & Zn", "Bakker en Zonen": a firm.
const FIRM_JOINS = wordSet('& + en');

/** The last token of a surname named by a relative at k ("Bakker" in "de zoon van Bakker", "Bakker zijn zoon"), or -1. */
export function relativeOfNamedEnd(tokens: readonly Token[], k: number, from: number): number {
  const token = tokens[k]!;
  if (!token.capitalised && (tokenFlags(token) & PARTICLE) === 0) return -1;
  const before = tokenAt(tokens, k - 1)?.key;
  const kin = tokenAt(tokens, k - 2)?.key ?? '';
  const ofRelative =
    (before === 'van' && RELATIVES_BEFORE_VAN.has(kin)) || (before === 'of' && RELATIVES_BEFORE_OF.has(kin));
  if (ofRelative && k - 2 >= from) {
    const end = surnameAt(tokens, k);
    return end !== -1 && !isFirm(tokens, end) ? end : -1;
  }
  // A possessive must follow the surname: asked first, as most words have none after them and the surname's
  // lists (surnameAt) cost far more than this one lookup.
  if (!HIS_HER_TYPED.has(tokens[pastParticles(tokens, k) + 1]?.key ?? '')) return -1;
  const end = surnameAt(tokens, k);
  if (end === -1 || (tokenFlags(tokens[end]!) & FIRST_NAME) !== 0) return -1;
  const possessive = tokens[end + 1]?.key ?? '';
  const relative = tokens[end + 2]?.key ?? '';
  const plural = possessive !== 'zijn' && PLURAL_RELATIVES.has(relative);
  return RELATIVES_AFTER_POSSESSIVE.has(relative) || plural ? end : -1;
}

/** Particles (any case, at most three) and one capitalised surname from k: the surname's index, or -1. */
function surnameAt(tokens: readonly Token[], k: number): number {
  const s = pastParticles(tokens, k);
  const surname = tokens[s];
  if (surname === undefined || surname.type !== 'word' || !surname.capitalised || surname.allCaps) return -1;
  const flags = tokenFlags(surname);
  if (surname.hasDigit || surname.text.length < 3 || (flags & (NOT_NAME | PARTICLE)) !== 0) return -1;
  // "Bakker Bouw", "Van der Meer Groep": a second capitalised word makes a firm or a full name (read elsewhere).
  if (tokens[s + 1]?.capitalised === true) return -1;
  if (s > k && !(s === k + 1 && ARTICLES.has(tokens[k]!.key))) return s; // "van der Meer", "Van Dijk"
  if (s > k) return isLexiconSurname(`${tokens[k]!.key} ${surname.key}`) || isPlainName(surname) ? s : -1;
  return isPlainName(surname) && !isKnownPlaceAt(tokens, s) ? s : -1;
}

/** Past the particles from k (at most three, any case): where the surname would stand. */
function pastParticles(tokens: readonly Token[], k: number): number {
  let s = k;
  while (s < k + MAX_PARTICLES && (tokenFlags(tokens[s]!) & PARTICLE) !== 0 && tokens[s + 1] !== undefined)
    s++;
  return s;
}

/** No opener, noun or adjective ending, common word or nationality ("Syrische"), unless a surname or trade. */
function isPlainName(token: Token): boolean {
  const key = token.key;
  if ((tokenFlags(token) & NOT_PLAIN) !== 0 || COMMON_WORDS.has(key) || /s(ch)?e$/.test(key)) return false;
  const trade = key.length >= MIN_TRADE_LENGTH && TRADE_ENDINGS.some((e) => key.endsWith(e));
  return !isCommonWord(key) || isLexiconSurname(key) || trade;
}

function isFirm(tokens: readonly Token[], end: number): boolean {
  const join = tokens[end + 1];
  return join !== undefined && FIRM_JOINS.has(join.key) && tokens[end + 2]?.capitalised === true;
}
