import { NameReader } from './name-reader.ts';
import {
  CLIENT_NOUN,
  FIRST_NAME,
  isLowercaseStartWord,
  NOT_GIVEN_NAME,
  NOT_NAME,
  NOT_PLAIN,
  tokenFlags,
} from './name-word-flags.ts';
import {
  capitalFirstNameRef,
  isWordLikeAfterArticle,
  lowercaseFirstNameRef,
} from './person-first-name-refs.ts';
import { isAfterEnglishTitle, looseNameEnd, privateMailboxStart } from './person-name-cues.ts';
import { shapedPersonRef } from './person-ref-shapes.ts';
import { cannotStartPerson } from './person-start-roles.ts';
import {
  clientNounRef,
  isClientNounAt,
  isDottedAt,
  isHeerAt,
  isTitleAt,
  labelledNameRef,
  titledRef,
} from './person-titled-refs.ts';
import { initialsRef, unknownNameRef } from './person-unknown-refs.ts';
import type { Token } from './tokens.ts';

/** A reference to a person: tokens first..last (inclusive), e.g. "mevr. De Vries", "Sanne Visser". */
export interface PersonRef {
  readonly first: number;
  readonly last: number;
}

/**
 * People in the token range [from, to): a courtesy title with a name or initials ("meneer Jansen",
 * "mw. Bakker", "dhr. B.", "de heer El Amrani"), a client noun with a surname ("cliënt Pietersen"),
 * a known first name with an optional surname ("Sanne", "Sanne Visser", "Lieke van der Meer"), or
 * initials with a surname ("J. de Vries"). Tokens of organisation names are never part of a name.
 */
export function findPersonRefs(
  tokens: readonly Token[],
  from: number,
  to: number,
  isOrganisation: (k: number) => boolean,
  isCareWord: (k: number) => boolean = () => false,
): PersonRef[] {
  const refs: PersonRef[] = [];
  const names = new NameReader(tokens, to, isOrganisation);
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    // "r.derksen88@hotmail.com": a private mailbox with a name in it stands for its owner.
    if (token.type !== 'word') {
      const first = token.text === '@' ? privateMailboxStart(tokens, k, from) : -1;
      if (first !== -1 && (refs.length === 0 || refs[refs.length - 1]!.last < first))
        refs.push({ first, last: k - 1 });
      continue;
    }
    // Most words are lower-case words no rule below can start with: one bit on the word's record (person-start-roles.ts).
    if (cannotStartPerson(tokens, k, from)) continue;
    const ref =
      shapedPersonRef(tokens, names, k, from, to, isOrganisation, isCareWord) ??
      wordPersonRef(tokens, names, k, from, to, isOrganisation, isCareWord);
    if (ref !== null) {
      refs.push(ref);
      k = ref.last;
    }
  }
  return refs;
}

/**
 * A person starting at word k read from the word itself: capitalised (or a lower-case start such as a
 * first name), after a label or title, a client noun, a first name, initials or an unknown name.
 */
function wordPersonRef(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  from: number,
  to: number,
  isOrganisation: (k: number) => boolean,
  isCareWord: (k: number) => boolean,
): PersonRef | null {
  const token = tokens[k]!;
  if ((!token.capitalised && !isLowercaseStartWord(token)) || isOrganisation(k)) return null;
  const flags = tokenFlags(token);
  const labelled = labelledNameRef(tokens, names, k, to, flags);
  if (labelled !== null) return labelled;
  const dotted = isDottedAt(tokens, k);
  const titled = isTitleAt(tokens, k, flags, dotted);
  const alone = looseNameEnd(tokens, names, k, from);
  if (alone !== -1 && !isCareWord(k)) return { first: k, last: alone };
  if (!titled && isNoNameWord(tokens, k, from, to, flags)) return null;
  // "Ms. Vos – long covid": an English title whose full stop ended the sentence before.
  if (k === from && isAfterEnglishTitle(tokens, k)) {
    const last = names.surnameEnd(k, true);
    return last === -1 ? null : { first: k, last };
  }
  if (titled || isHeerAt(tokens, k, from)) return titledRef(tokens, names, k, dotted);
  if (isClientNounAt(tokens, k, flags)) return clientNounRef(tokens, names, k, isCareWord);
  if (names.isFirstName(k)) return capitalFirstNameRef(tokens, names, k, from, to);
  if (names.isLowercaseFirstName(k) && !isWordLikeAfterArticle(tokens, k))
    return lowercaseFirstNameRef(tokens, names, k, from, to, isCareWord);
  if (names.isInitial(k)) return initialsRef(tokens, names, k, from, to, isCareWord);
  return unknownNameRef(tokens, names, k, from, to, isOrganisation, isCareWord);
}

/**
 * "De", "Maandag", "UWV", "Begeleiding is": a capitalised word no rule can read as (part of) a name: no first
 * name, title or client noun, too ordinary for an unknown name (unless another capitalised one follows).
 */
function isNoNameWord(tokens: readonly Token[], k: number, from: number, to: number, flags: number): boolean {
  const token = tokens[k]!;
  return (
    token.capitalised &&
    (flags & (CLIENT_NOUN | FIRST_NAME)) === 0 &&
    token.key !== 'heer' &&
    token.text.length > 1 &&
    ((token.allCaps && !(k === from && tokens[k + 1]?.allCaps === true)) ||
      (flags & (NOT_NAME | NOT_GIVEN_NAME)) !== 0 ||
      ((flags & NOT_PLAIN) !== 0 && !(k + 1 < to && tokens[k + 1]!.capitalised)))
  );
}
