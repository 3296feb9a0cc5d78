import type { NameReader } from './name-reader.ts';
import { initialsEnd } from './person-initials.ts';
import { COMPANY_FORMS, DOTTED_ABBREVIATIONS } from './person-name-words.ts';
import { initialsOf } from './surname-reader.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/*
 * det-names40: dotted initials standing for a person inside the sentence, where a person is spoken of and an
 * abbreviation rarely stands: after a preposition of contact or a heading word ("Met M.K. gaat het slecht, ze
 * is opgenomen", "Bij S.B. is autisme vastgesteld", "Zorgen om E.Y., hij drinkt weer", "Update over J.v.D.:
 * depressie is verergerd", "De psychiater van M.K. wil afbouwen"). Two letters at least, a capital first (a lone "M." is as
 * often a list mark or a month), and not a company form or a common abbreviation ("bij B.V.", "met o.a.",
 * "voor V.M.B.O. leerlingen", "over O.R. en burn-out").
 * Whose the care is, the name-health rules decide as for any person.
 */
const BEFORE_INITIALS = wordSet('met bij van voor over om aan update mbt betreft inzake casus');
const ABBREVIATIONS = wordSetOf([
  ...DOTTED_ABBREVIATIONS,
  ...wordSet('vs tv ad eu us uk nl mbo vmbo hbo wo havo vwo or'),
]);

/** The last token of the dotted initials at k placed as above, or -1. */
export function placedInitialsEnd(names: NameReader, tokens: readonly Token[], k: number): number {
  if (!BEFORE_INITIALS.has(tokens[k - 1]?.key ?? '')) return -1;
  const after = initialsEnd(names, tokens, k);
  const last = after - 1;
  if (tokens[last]?.text !== '.') return -1;
  const letters = initialsOf(tokens, k, last);
  if (letters.length < 2 || COMPANY_FORMS.has(letters) || ABBREVIATIONS.has(letters)) return -1;
  // A capital first, perhaps a particle's lower-case letter after ("J.v.D."); "o.a." is an abbreviation.
  const first = tokens[k]!.text;
  if (first === first.toLowerCase()) return -1;
  const next = tokens[after];
  return next === undefined || next.type !== 'word' || !next.capitalised ? last : -1;
}
