import type { NameReader } from './name-reader.ts';
import { CLIENT_NOUN, DOTTED_TITLE, TITLE } from './name-word-flags.ts';
import { pastBracketedFirstName } from './person-bracketed-name.ts';
import { isClientCode } from './person-initials.ts';
import { lowercaseInitialSurnameEnd } from './person-name-cues.ts';
import { AFTER_LOWERCASE_CLIENT, HEER_BEFORE } from './person-name-words.ts';
import type { PersonRef } from './person-names.ts';
import { isGlued, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * People named after a word that says a person follows: a field label and its colon ("Naam: R. Koster"),
 * a courtesy title ("mw. Bakker", "de heer El Amrani", "dhr K") or a client noun ("cliënt Pietersen").
 */

// Field labels before a person's name in a form or a table row; det-73: a form's "Wie:" ("KNELPUNT\nWie: T.K.
// (GGNet)\nWat: angststoornis"), its colon required as for every label.
const NAME_LABELS = wordSet('naam achternaam clientnaam klantnaam deelnemersnaam wie');

/** "Cliënt: Bakker | Problematiek: verslaving", "Naam: R. Koster": a field label, its colon, a surname. */
export function labelledNameRef(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  to: number,
  flags: number,
): PersonRef | null {
  if (
    ((flags & CLIENT_NOUN) === 0 && !NAME_LABELS.has(tokens[k]!.key)) ||
    tokens[k + 1]?.text !== ':' ||
    k + 2 >= to ||
    names.isFirstName(k + 2)
  )
    return null;
  // "Naam: Oumar Diallo ;": an unknown given name and a surname after the label.
  const last = names.isFullName(k + 2) ? k + 3 : names.surnameEnd(k + 2, true);
  return last === -1 ? null : { first: k + 2, last };
}

/** "mw." with its full stop glued on ("ms." is a condition). */
export function isDottedAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  return tokens[k + 1]?.text === '.' && isGlued(token, tokens[k + 1]) && token.text !== 'ms';
}

/** A courtesy title at k: "meneer", "mevrouw", "dhr." (a dotted title with its full stop), "Mr Jansen". */
export function isTitleAt(tokens: readonly Token[], k: number, flags: number, dotted: boolean): boolean {
  const token = tokens[k]!;
  const bareMr = token.key === 'mr' && !token.allCaps && tokens[k + 1]?.capitalised === true;
  return (
    (flags & TITLE) !== 0 ||
    ((dotted || bareMr) && (flags & DOTTED_TITLE) !== 0) ||
    isDoctorTitleAt(tokens, k, dotted)
  );
}

/**
 * det-forms38: "Dr. Vossen", "dr Vossen", "dokter Vossen": a professional's title before a capitalised surname.
 * The person is read, and person-ref-filters.ts keeps them only when their own care is told.
 */
export const DOCTOR_TITLES = wordSet('dr dokter drs prof');

function isDoctorTitleAt(tokens: readonly Token[], k: number, dotted: boolean): boolean {
  const token = tokens[k]!;
  if (!DOCTOR_TITLES.has(token.key) || token.allCaps) return false;
  return tokens[dotted ? k + 2 : k + 1]?.capitalised === true;
}

/** "de heer": "heer" after the word that makes it a title. */
export function isHeerAt(tokens: readonly Token[], k: number, from: number): boolean {
  return tokens[k]!.key === 'heer' && k > from && HEER_BEFORE.has(tokens[k - 1]!.key);
}

/** A title at k and the name after it ("mw. Bakker", "de heer El Amrani", "dhr K"), or null. */
export function titledRef(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  dotted: boolean,
): PersonRef | null {
  const nameFrom = pastBracketedFirstName(tokens, dotted ? k + 2 : k + 1);
  let last = names.surnameEnd(nameFrom, true, true);
  // "dhr K heeft ...", "mw. B": an initial typed without its full stop, after a title only.
  if (last === -1 && names.isBareInitial(nameFrom)) last = nameFrom;
  // "dhr. m. jansen": an initial and a surname in lower case.
  if (last === -1) last = lowercaseInitialSurnameEnd(names, nameFrom);
  return last === -1 ? null : { first: tokens[k]!.key === 'heer' ? k - 1 : k, last };
}

/** "cliënt Pietersen", "cliënt K.", and in lower case "cliënt jansen heeft ...": a client noun at k and a name. */
export function clientNounRef(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  isCareWord: (k: number) => boolean,
): PersonRef | null {
  let last = names.surnameEnd(k + 1, true);
  if (last === -1) {
    last = names.surnameEnd(k + 1, false, true);
    if (last === -1) last = lowercaseInitialSurnameEnd(names, k + 1); // "kandidaat m. jansen heeft ..."
    // "klant tom b. heeft ...": a lower-case initial after the name.
    if (last !== -1 && names.lowercaseInitialEnd(last + 1) !== -1) last += 2;
    // "als een kandidaat zelfmoordgedachten heeft": a care term is no surname (batch 40-names).
    if (last !== -1 && (!AFTER_LOWERCASE_CLIENT.has(tokens[last + 1]?.key ?? '') || isCareWord(k + 1)))
      last = -1;
  }
  return last === -1 ? null : { first: k, last };
}

/** A client noun at k that is no code ("cliënt 12"): the rule of clientNounRef applies. */
export function isClientNounAt(tokens: readonly Token[], k: number, flags: number): boolean {
  return (flags & CLIENT_NOUN) !== 0 && !isClientCode(tokens, k + 1);
}
