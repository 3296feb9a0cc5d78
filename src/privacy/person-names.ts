import { NameReader } from './name-reader.ts';
import {
  CLIENT_NOUN,
  DOTTED_TITLE,
  FIRST_NAME,
  isLowercaseStartWord,
  NOT_GIVEN_NAME,
  NOT_NAME,
  NOT_PLAIN,
  TITLE,
  tokenFlags,
} from './name-word-flags.ts';
import { pastBracketedFirstName } from './person-bracketed-name.ts';
import { initialsSurnameEnd, isClientCode, opensAfterHeading } from './person-initials.ts';
import { lettersSubjectEnd } from './person-letters-subject.ts';
import { lowercaseFullNameEnd, lowercaseInitialRefEnd } from './person-lowercase.ts';
import { isNamedByCue, isWordNameInSlot } from './person-lowercase-cues.ts';
import { keyAfterAside, slottedPersonEnd } from './person-name-alone.ts';
import {
  asideEnd,
  CASE_LABELS,
  hasCareWordAfter,
  initialsAloneEnd,
  isAfterEnglishTitle,
  isAfterKinTitle,
  isEmphasised,
  isHashtagName,
  isUnknownOpenerBeforePronoun,
  looseNameEnd,
  lowercaseInitialSurnameEnd,
  opensSentence,
  privateMailboxStart,
} from './person-name-cues.ts';
import {
  AFTER_LOWERCASE_CLIENT,
  COMPANY_FORMS,
  HEER_BEFORE,
  LOWERCASE_AMBIGUOUS,
  LOWERCASE_WORDLIKE,
  SUBJECT_VERBS,
} from './person-name-words.ts';
import { hasOwnCareDetail } from './person-own-care.ts';
import { recordHeadingNameEnd } from './person-record-heading.ts';
import { cannotStartPerson } from './person-start-roles.ts';
import { unknownPersonEnd } from './person-unknown-opener.ts';
import { placedUnknownEnd } from './person-unknown-placed.ts';
import { isWordNameAt } from './person-verb-name.ts';
import { initialsOf } from './surname-reader.ts';
import { isGlued, type Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

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
    // "JW heeft weer een manische periode", "kh zit in een crisisopvang" (person-letters-subject.ts).
    const lettered = lettersSubjectEnd(tokens, k, from, to, isCareWord);
    if (lettered !== -1 && !isOrganisation(k)) {
      refs.push({ first: k, last: lettered });
      continue;
    }
    // "m. de graaf heeft hiv", "casus h. vermeulen – zit ..." (person-lowercase.ts).
    const initialled = lowercaseInitialRefEnd(tokens, names, k, from, to, isCareWord);
    if (initialled !== -1) {
      refs.push({ first: k, last: initialled });
      k = initialled;
      continue;
    }
    // "update: Shurandi heeft ...", "fyi S. de B. krijgt chemo", "r.k. heeft ..." (person-slot.ts);
    // "Jonge vrouw uit 6541 WZ met ...": a person described by a postcode; "Zo, Ikenna. Hij ..." (person-name-alone.ts).
    const slotted = slottedPersonEnd(tokens, k, from, to, isCareWord);
    if (slotted !== -1 && !isOrganisation(k) && !isCareWord(k)) {
      refs.push({ first: k, last: slotted });
      k = slotted;
      continue;
    }
    if (isHashtagName(tokens, k) || (isWordNameAt(tokens, k, from, to) && !isOrganisation(k))) {
      refs.push({ first: k, last: k });
      continue;
    }
    // "knelpunt Visser:", "Stand van zaken Winter:", "re-integratie de Boer:" (person-record-heading.ts).
    const headed = recordHeadingNameEnd(tokens, names, k, from);
    if (headed !== -1 && !isCareWord(k) && !isOrganisation(k)) {
      refs.push({ first: k, last: headed });
      k = headed;
      continue;
    }
    if ((!token.capitalised && !isLowercaseStartWord(token)) || isOrganisation(k)) continue;
    let ref: PersonRef | null = null;
    const flags = tokenFlags(token);
    // "Cliënt: Bakker | Problematiek: verslaving", "Naam: R. Koster": a field label, its colon, a surname.
    if (
      ((flags & CLIENT_NOUN) !== 0 || NAME_LABELS.has(token.key)) &&
      tokens[k + 1]?.text === ':' &&
      k + 2 < to &&
      !names.isFirstName(k + 2)
    ) {
      // "Naam: Oumar Diallo ;": an unknown given name and a surname after the label.
      const last = names.isFullName(k + 2) ? k + 3 : names.surnameEnd(k + 2, true);
      if (last !== -1) {
        refs.push({ first: k + 2, last });
        k = last;
        continue;
      }
    }
    const dotted = tokens[k + 1]?.text === '.' && isGlued(token, tokens[k + 1]) && token.text !== 'ms';
    const bareMr = token.key === 'mr' && !token.allCaps && tokens[k + 1]?.capitalised === true;
    const titled = (flags & TITLE) !== 0 || ((dotted || bareMr) && (flags & DOTTED_TITLE) !== 0);
    const alone = looseNameEnd(tokens, names, k, from);
    if (alone !== -1 && !isCareWord(k)) {
      refs.push({ first: k, last: alone });
      k = alone;
      continue;
    }
    // "De", "Maandag", "UWV", "Begeleiding is": a capitalised word no rule below can read as (part of) a name: no
    // first name, title or client noun, too ordinary for an unknown name (unless another capitalised one follows).
    if (
      !titled &&
      token.capitalised &&
      (flags & (CLIENT_NOUN | FIRST_NAME)) === 0 &&
      token.key !== 'heer' &&
      token.text.length > 1 &&
      ((token.allCaps && !(k === from && tokens[k + 1]?.allCaps === true)) ||
        (flags & (NOT_NAME | NOT_GIVEN_NAME)) !== 0 ||
        ((flags & NOT_PLAIN) !== 0 && !(k + 1 < to && tokens[k + 1]!.capitalised)))
    )
      continue;
    // "Ms. Vos – long covid": an English title whose full stop ended the sentence before.
    if (k === from && isAfterEnglishTitle(tokens, k)) {
      const last = names.surnameEnd(k, true);
      if (last !== -1) ref = { first: k, last };
    } else if (titled || (token.key === 'heer' && k > from && HEER_BEFORE.has(tokens[k - 1]!.key))) {
      const from = pastBracketedFirstName(tokens, dotted ? k + 2 : k + 1);
      let last = names.surnameEnd(from, true, true);
      // "dhr K heeft ...", "mw. B": an initial typed without its full stop, after a title only.
      if (last === -1 && names.isBareInitial(from)) last = from;
      // "dhr. m. jansen": an initial and a surname in lower case.
      if (last === -1) last = lowercaseInitialSurnameEnd(names, from);
      if (last !== -1) ref = { first: token.key === 'heer' ? k - 1 : k, last };
    } else if ((flags & CLIENT_NOUN) !== 0 && !isClientCode(tokens, k + 1)) {
      // "cliënt Pietersen", "cliënt K.", and in lower case "cliënt jansen heeft ...".
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
      if (last !== -1) ref = { first: k, last };
    } else if (names.isFirstName(k)) {
      // "JOYCE heeft adhd": a first name in capitals alone before a verb, in capitals when opening the line
      // or after a label ("PIETER IS ...", "GOED NIEUWS: KOEN IS ...", "GEERT (44) IS ...", "ROB ZIT ...").
      const opens = k === from || tokens[k - 1]?.text === ':';
      const v = opens ? asideEnd(tokens, k + 1, to) : k + 1;
      const verb = opens && tokens[v]?.allCaps ? tokens[v]?.key : tokens[v]?.text;
      const subject = token.allCaps && SUBJECT_VERBS.has(verb ?? '');
      let last = subject ? -1 : names.surnameEnd(k + 1, true, false, token.allCaps);
      // "ROB V. = verslaafd": a first name and an initial, also in capitals.
      if (last === -1 && names.isInitial(k + 1)) last = k + 2;
      if (!token.allCaps || last !== -1 || subject || isEmphasised(tokens, k, to))
        ref = { first: k, last: last === -1 ? k : last };
    } else if (names.isLowercaseFirstName(k) && !isWordLikeAfterArticle(tokens, k)) {
      // "jan de boer", "marieke vos", "tom hendriks" (person-lowercase.ts).
      const last = lowercaseFullNameEnd(tokens, names, k, from, to, isCareWord);
      if (last !== -1) ref = { first: k, last };
      // "fenna heeft diabetes", "luna (19) heeft", "ome jan heeft", "kim uit goes": a lower-case name as subject.
      else if (
        ((!LOWERCASE_AMBIGUOUS.has(token.key) || isAfterKinTitle(tokens, k)) &&
          SUBJECT_VERBS.has(keyAfterAside(tokens, k, to))) ||
        isNamedByCue(tokens, k, to)
      )
        ref = { first: k, last: k };
      // "jan willem wacht al maanden op ...": a double first name opening a chat message before a verb.
      else if (
        opensSentence(tokens, k, from) &&
        names.isLowercaseFirstName(k + 1) &&
        OPENER_VERBS.has(tokens[k + 2]?.key ?? '')
      )
        ref = { first: k, last: k + 1 };
      // "kees die net uit de kliniek komt", "mo slaapt al nachten niet": opening a chat line, verb or "die".
      else if (opensSentence(tokens, k, from) && OPENER_VERBS.has(keyAfterAside(tokens, k, to)))
        ref = { first: k, last: k };
      // "kan lotte niet komen want ze heeft ...", "wie neemt anouk over? ze is ...": a pronoun after it.
      else if (!LOWERCASE_AMBIGUOUS.has(token.key) && hasBackReference(tokens, k + 1, tokens.length))
        ref = { first: k, last: k };
      // "tom b. heeft ms": with a lower-case initial before the verb.
      else if (names.lowercaseInitialEnd(k + 1) !== -1 && SUBJECT_VERBS.has(tokens[k + 3]?.key ?? ''))
        ref = { first: k, last: k + 2 };
      // "ips update: chantal 12u bij hema, wel weer paniekaanvallen": a care term shortly after it.
      else if (!LOWERCASE_AMBIGUOUS.has(token.key) && hasCareWordAfter(k + 1, to, isCareWord))
        ref = { first: k, last: k };
      // det-lower37: "hoe is t met gerard? ... hij lag in het ziekenhuis", "erik - alcohol - on hold": a known
      // name that is no word counts in lower case as with its capital; the pairing rules decide the rest.
      else if (!LOWERCASE_AMBIGUOUS.has(token.key) && !LOWERCASE_WORDLIKE.has(token.key))
        ref = { first: k, last: k };
      // det-lower37: "met roos gaat het slecht, ze is opgenomen", "kort: noor moet geopereerd": a name that is
      // also a word, where a person is spoken of, then a pronoun or a care term (person-lowercase-cues.ts).
      else if (
        isWordNameInSlot(tokens, k, from) &&
        (hasBackReference(tokens, k + 1, tokens.length) || hasCareWordAfter(k + 1, to, isCareWord))
      )
        ref = { first: k, last: k };
    } else if (names.isInitial(k)) {
      let last = initialsSurnameEnd(tokens, names, k);
      // "J. heeft weer een crisisopname gehad", "Casus A.B.: vrouw, 34, borderline": initials alone.
      const opening = opensSentence(tokens, k, from) || opensAfterHeading(tokens, k, from);
      if (last === -1) last = initialsAloneEnd(tokens, names, k, opening, to, isCareWord);
      // "Casus B.V.: schizofrenie": after a case label the letters of a company form are initials.
      const caseLabelled = CASE_LABELS.has(tokens[k - 1]?.key ?? '');
      if (last !== -1 && (caseLabelled || !COMPANY_FORMS.has(initialsOf(tokens, k, last))))
        ref = { first: k, last };
    } else if (names.isFullName(k) && !isCareWord(k + 1)) {
      ref = { first: k, last: k + 1 };
    } else if (names.fullNameWithParticlesEnd(k) !== -1) {
      ref = { first: k, last: names.fullNameWithParticlesEnd(k) };
    } else if (
      opensSentence(tokens, k, from) &&
      !isCareWord(k) &&
      // "Tevita (Tongaans, woont in Almere) heeft hartfalen": an aside before the verb; "Oleksiy D. krijgt".
      names.isUnknownSubject(k, subjectVerbAt(names, tokens, k, to)) &&
      hasOwnCareDetail(tokens, subjectVerbAt(names, tokens, k, to) + 1, to, isCareWord)
    ) {
      ref = { first: k, last: names.isInitial(k + 1) ? k + 2 : k };
    } else if (unknownPersonEnd(tokens, k, from, to, isCareWord) !== -1) {
      ref = { first: k, last: unknownPersonEnd(tokens, k, from, to, isCareWord) };
    } else if (placedUnknownEnd(tokens, k, from, to, isOrganisation, isCareWord) !== -1) {
      ref = { first: k, last: k }; // "Gisteren heeft Tifawt ...", "... voorgeschreven aan Marisa." (batch 67)
    } else if (k > from && names.isUnknownNameBeforePronoun(k) && !isCareWord(k)) {
      ref = { first: k, last: k };
    } else if (
      opensSentence(tokens, k, from) &&
      isUnknownOpenerBeforePronoun(tokens, k, to) &&
      !isCareWord(k)
    ) {
      // "Sjonnie kan niet werken, hij heeft ...": an unknown word opening the sentence before a verb.
      ref = { first: k, last: k };
    } else if (names.isListedName(k, from) && !isCareWord(k) && isCareWord(k + 2)) {
      ref = { first: k, last: k };
    }
    if (ref !== null) {
      refs.push(ref);
      k = ref.last;
    }
  }
  return refs;
}

/** Where the verb of an unknown subject at k stands: past an initial or an aside in brackets. */
function subjectVerbAt(names: NameReader, tokens: readonly Token[], k: number, to: number): number {
  return names.isInitial(k + 1) ? k + 3 : asideEnd(tokens, k + 1, to);
}

// Field labels before a person's name in a form or a table row; det-73: a form's "Wie:" ("KNELPUNT\nWie: T.K.
// (GGNet)\nWat: angststoornis"), its colon required as for every label.
const NAME_LABELS = wordSet('naam achternaam clientnaam klantnaam deelnemersnaam wie');
// Verbs after a lower-case first name that opens a chat message: "pietje kan niet ...", "kees die ...".
const OPENER_VERBS = wordSetOf([
  ...SUBJECT_VERBS,
  ...wordSet(`kan kon wil wilde moet moest komt kwam gaat ging zegt zei voelt voelde hoort hoorde slaapt sliep
    ligt lag wacht wachtte staat stond die`),
]);
// "ik zag eline bij de apotheek, ze haalde ...": "ze" counts after a known first name in lower case.
const LOWERCASE_BACK_REFERENCES = wordSet("hij zij ze haar z'n d'r");
const LOWERCASE_BACK_WINDOW = 6;

// det-73: "follow-up over xander want die is nu ...", "ik sprak priscilla, die ...": "die" right after the name,
// or after a comma or a conjunction right after it, points back to it as "hij" does.
const DIE_JOINS = wordSet(', want maar omdat');

function hasBackReference(tokens: readonly Token[], from: number, to: number): boolean {
  if (
    tokens[from]?.key === 'die' ||
    (DIE_JOINS.has(tokens[from]?.key ?? '') && tokens[from + 1]?.key === 'die')
  )
    return true;
  for (let j = from; j < to && j < from + LOWERCASE_BACK_WINDOW; j++) {
    if (LOWERCASE_BACK_REFERENCES.has(tokens[j]!.key)) return true;
  }
  return false;
}

// det-lower37: "boodschappen bij de dirk", "het wiel": a lower-case name that is also a word, after an article.
const ARTICLES = wordSet("de het een 't");

function isWordLikeAfterArticle(tokens: readonly Token[], k: number): boolean {
  return LOWERCASE_WORDLIKE.has(tokens[k]!.key) && ARTICLES.has(tokens[k - 1]?.key ?? '');
}
