import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { isJobTitle } from './signature.ts';
import type { Token } from './tokens.ts';
import { tokenAfter } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 72 (det-72): a mobile number labelled work at the number, "06-... (werk)" right after it or "tel werk:",
 * "mobiel werk:" just before it on its line, is a professional's when its owner is an organisation or a
 * professional: an organisation on the number's own line ("IPS Drechtsteden | 06-... (werk)", a signature's
 * last line) or a job title or contact word heading the block up to two lines above ("contactgegevens nieuwe
 * jobcoach:\nmail: ...\ntel werk: 06-..."). A client's, relative's, pronoun's or private word anywhere in what is
 * read, or a known first name on the number's own line, keeps it someone's ("contactgegevens nieuwe
 * deelnemer:\ntel werk: 06-...", "Mehmet | Jumbo | 06-... (werk)", "zijn werkgever | 06-... (werk)").
 */
const LABEL_REACH = 3;
const LINES_UP = 2;
const WINDOW = 28;
const WORK = 'werk';
const PROFESSIONALS = wordSet('contactpersoon aanspreekpunt collega');
const PERSONAL = wordSet(
  `${CLIENT_ROLES} ${YOUNG_PEOPLE} ${RELATIVES} ${FORMS_OF_ADDRESS} hij zij ze zijn haar hem z'n d'r prive
  privenummer thuis thuisnummer zoon dochter ouders woont clienten deelnemers kandidaten`,
);

/** The mobile number from token k to character `end` is labelled work and owned by an organisation or a professional. */
export function isWorkLabelledMobile(
  tokens: readonly Token[],
  k: number,
  end: number,
  isOrganisation: (j: number) => boolean,
): boolean {
  const after = tokenAfter(tokens, k, end);
  const labelledAfter =
    tokens[after]?.text === '(' && tokens[after + 1]?.key === WORK && tokens[after + 2]?.text === ')';
  let labelledBefore = false;
  for (let j = k - 1; j >= 0 && j >= k - LABEL_REACH; j--) {
    labelledBefore ||= tokens[j]!.key === WORK;
    if (tokens[j]!.lineBefore) break;
  }
  if (!labelledAfter && !labelledBefore) return false;
  // Nothing personal after it on its line.
  for (let j = after; j < tokens.length && !tokens[j]!.lineBefore; j++)
    if (PERSONAL.has(tokens[j]!.key)) return false;
  let owned = false;
  let lines = 0;
  for (let j = k - 1; j >= 0 && j >= k - WINDOW; j--) {
    const token = tokens[j]!;
    if (PERSONAL.has(token.key)) return false;
    if (lines === 0 && token.capitalised && isKnownFirstName(token.key)) return false;
    owned ||= (lines === 0 && isOrganisation(j)) || PROFESSIONALS.has(token.key) || isJobTitle(token.key);
    if (token.lineBefore && ++lines > LINES_UP) break;
  }
  return owned;
}
