import type { NameReader } from './name-reader.ts';
import { lettersSubjectEnd } from './person-letters-subject.ts';
import { lowercaseInitialRefEnd } from './person-lowercase.ts';
import { slottedPersonEnd } from './person-name-alone.ts';
import { isHashtagName } from './person-name-cues.ts';
import type { PersonRef } from './person-names.ts';
import { quotedNameEnd } from './person-quoted-name.ts';
import { recordHeadingNameEnd } from './person-record-heading.ts';
import { isWordNameAt } from './person-verb-name.ts';
import type { Token } from './tokens.ts';

/**
 * A person read from the shape of the words around token k, in any case, before the word's own case and
 * lists are asked (person-names.ts): letters as a subject, a lower-case initial with a surname, a word in a
 * person's slot, a hashtag or an everyday word used as a name, a record's heading. Null: none of these.
 */
export function shapedPersonRef(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  from: number,
  to: number,
  isOrganisation: (k: number) => boolean,
  isCareWord: (k: number) => boolean,
): PersonRef | null {
  // "JW heeft weer een manische periode", "kh zit in een crisisopvang" (person-letters-subject.ts).
  const lettered = lettersSubjectEnd(tokens, k, from, to, isCareWord);
  if (lettered !== -1 && !isOrganisation(k)) return { first: k, last: lettered };
  // "m. de graaf heeft hiv", "casus h. vermeulen – zit ..." (person-lowercase.ts).
  const initialled = lowercaseInitialRefEnd(tokens, names, k, from, to, isCareWord);
  if (initialled !== -1) return { first: k, last: initialled };
  // "update: Shurandi heeft ...", "fyi S. de B. krijgt chemo", "r.k. heeft ..." (person-slot.ts);
  // "Jonge vrouw uit 6541 WZ met ...": a person described by a postcode; "Zo, Ikenna. Hij ..." (person-name-alone.ts).
  const slotted = slottedPersonEnd(tokens, k, from, to, isCareWord);
  if (slotted !== -1 && !isOrganisation(k) && !isCareWord(k)) return { first: k, last: slotted };
  if (isHashtagName(tokens, k) || (isWordNameAt(tokens, k, from, to) && !isOrganisation(k)))
    return { first: k, last: k };
  // "knelpunt Visser:", "Stand van zaken Winter:", "re-integratie de Boer:" (person-record-heading.ts).
  const headed = recordHeadingNameEnd(tokens, names, k, from);
  if (headed !== -1 && !isCareWord(k) && !isOrganisation(k)) return { first: k, last: headed };
  // "'Zwaan' is naar de verslavingskliniek", "'K.' (initialen ivm privacy) heeft ..." (person-quoted-name.ts).
  const quoted = quotedNameEnd(tokens, k, to);
  if (quoted !== -1 && !isCareWord(k) && !isOrganisation(k)) return { first: k, last: quoted };
  return null;
}
