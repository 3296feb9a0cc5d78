import { isBuildingArticle } from './building-article.ts';
import { isLexiconSurnameAt } from './name-lexicon.ts';
import {
  BACK_REFERENCE,
  FIRST_NAME,
  isLowercaseFirstNameKey,
  NOT_BEFORE_NAME,
  NOT_GIVEN_NAME,
  NOT_PLAIN,
  NOT_SUBJECT,
  PARTICLE,
  tokenFlags,
} from './name-word-flags.ts';
import {
  LIST_STATEMENT_VERBS,
  NOT_LOWERCASE_NAMES,
  NOT_PERSON_LABELS,
  PLACEHOLDERS,
  PRONOUN_WINDOW,
  SUBJECT_VERBS,
} from './person-name-words.ts';
import { isKnownPlaceAt } from './places.ts';
import { SurnameReader } from './surname-reader.ts';
import { isCapitalised, isGlued, tokenAt } from './tokens.ts';

/**
 * Reads the shape of a name at a token: whether a word is a first name (in any case), a full name of
 * two capitalised words, or an unknown word that the sentence treats as a person; the surname side
 * (initials, particles, where a surname ends) is SurnameReader's (surname-reader.ts). person-names.ts
 * decides with these which references count.
 */
export class NameReader extends SurnameReader {
  /**
   * "Sanne", "Sanne's", and in capitals "SANNE" (then only with a surname in capitals, see findPersonRefs).
   * Not after a building's "het": "het Antoni van Leeuwenhoek", "in het Wilhelmina" are hospitals.
   */
  isFirstName(k: number): boolean {
    const token = this.tokens[k]!;
    if (!isCapitalised(token) || (tokenFlags(token) & FIRST_NAME) === 0) return false;
    return k === 0 || this.tokens[k - 1]!.key !== 'het' || !isBuildingArticle(this.tokens, k - 1);
  }

  /**
   * "K" in "dhr K heeft": one capital letter, standing alone, not glued to what follows. Not the
   * placeholders of an anonymised case ("Mevrouw Y", "Mr. X").
   */
  isBareInitial(k: number): boolean {
    const token = this.tokens[k];
    const next = this.tokens[k + 1];
    return (
      k < this.to &&
      token?.type === 'word' &&
      token.text.length === 1 &&
      !PLACEHOLDERS.has(token.text) &&
      isCapitalised(token) &&
      !(next !== undefined && isGlued(token, next) && next.type !== 'punct') &&
      !(next !== undefined && next.type === 'word' && isCapitalised(next))
    );
  }

  /**
   * "Xandra heeft ...", "Bakker is ...": an unknown capitalised word before "heeft", "is", "krijgt"
   * (typed in lower case), not an everyday sentence opener nor a word with a noun or adjective ending.
   */
  isUnknownSubject(k: number, verbAt = k + 1): boolean {
    const token = this.tokens[k]!;
    const verb = this.tokens[verbAt];
    if (verb === undefined || verbAt >= this.to) return false;
    // "JANSSEN IS WEER OPGENOMEN": a line typed in capitals, the surname five letters or more (not
    // an abbreviation such as "UWV", "IPS").
    const shouted = token.allCaps && verb.allCaps && token.text.length >= 5;
    if (!(shouted ? SUBJECT_VERBS.has(verb.key) : !token.allCaps && SUBJECT_VERBS.has(verb.text)))
      return false;
    return !token.hasDigit && (tokenFlags(token) & NOT_SUBJECT) === 0;
  }

  /**
   * "gesprek met Xandra, zij heeft ...", "met Mirjana over haar depressie": an unknown capitalised word
   * inside the sentence, on its own, that "zij", "hij", "haar" shortly after refers back to.
   */
  isUnknownNameBeforePronoun(k: number): boolean {
    const token = this.tokens[k]!;
    const before = this.tokens[k - 1];
    const after = this.tokens[k + 1];
    if (!this.#isPlainCapitalisedWord(k) || before === undefined || after === undefined) return false;
    // "Bij Dragana ...": a capitalised function word opens the sentence; other capitals make a longer name.
    const beforeFlags = tokenFlags(before);
    if (isCapitalised(before) && (beforeFlags & NOT_GIVEN_NAME) === 0) return false;
    if ((beforeFlags & NOT_BEFORE_NAME) !== 0 || isCapitalised(after)) return false;
    if (before.type === 'punct' && before.text !== ',' && before.text !== '(') return false;
    for (let j = k + 1; j < this.to && j <= k + PRONOUN_WINDOW; j++) {
      if ((tokenFlags(this.tokens[j]!) & BACK_REFERENCE) !== 0) return token.text.length >= 3;
    }
    return false;
  }

  /**
   * "Bespreken: Sevda, burnout, ...": an unknown capitalised word as an item after a colon (or opening
   * the sentence), with a comma and then the care term (the caller checks that term).
   */
  isListedName(k: number, from: number): boolean {
    const before = tokenAt(this.tokens, k - 1);
    const comma = this.tokens[k + 1];
    if (comma?.text !== ',' || k + 2 >= this.to) return false;
    if (k !== from && before?.text !== ':') return false;
    if (k !== from && NOT_PERSON_LABELS.has(this.tokens[k - 2]?.key ?? '')) return false;
    // "Twente, depressie is hier hoog": a statement about the term, not a case note.
    if (LIST_STATEMENT_VERBS.has(this.tokens[k + 3]?.key ?? '')) return false;
    return this.#isPlainCapitalisedWord(k) && this.tokens[k]!.text.length >= 3;
  }

  #isPlainCapitalisedWord(k: number): boolean {
    const token = this.tokens[k]!;
    if (token.type !== 'word' || !isCapitalised(token) || token.allCaps || token.hasDigit) return false;
    return (tokenFlags(token) & NOT_PLAIN) === 0 && !this.isOrganisation(k);
  }

  /** "jan" in "jan de boer heeft ...": a lower-case first name, which then needs a surname. */
  isLowercaseFirstName(k: number): boolean {
    // Past the last token ("... depressie\njan") there is no name.
    const token = this.tokens[k];
    return (
      token !== undefined &&
      token.type === 'word' &&
      !isCapitalised(token) &&
      isLowercaseFirstNameKey(token.key) &&
      !this.isOrganisation(k)
    );
  }

  /**
   * An unknown given name followed by a surname: two capitalised words, the first short and not an
   * ordinary word, no article or place preposition before them, no third capitalised word after.
   */
  isFullName(k: number): boolean {
    const given = this.tokens[k]!;
    const after = this.tokens[k + 2];
    const before = tokenAt(this.tokens, k - 1);
    return (
      this.isSurname(k) &&
      given.text.length <= 12 &&
      (tokenFlags(given) & NOT_GIVEN_NAME) === 0 &&
      this.isSurname(k + 1) &&
      (tokenFlags(this.tokens[k + 1]!) & NOT_GIVEN_NAME) === 0 &&
      !(k + 2 < this.to && isCapitalised(after)) &&
      !(before !== undefined && (tokenFlags(before) & NOT_BEFORE_NAME) !== 0)
    );
  }

  /**
   * "Wubbo de Jong", "Marit van der Veen": an unknown given name, particles in lower case and a
   * surname, under the same conditions as isFullName. Returns the surname's index, or -1.
   */
  fullNameWithParticlesEnd(k: number): number {
    const given = this.tokens[k]!;
    const before = tokenAt(this.tokens, k - 1);
    if (
      !this.isSurname(k) ||
      given.text.length > 9 ||
      (tokenFlags(given) & (NOT_GIVEN_NAME | NOT_PLAIN)) !== 0 ||
      NOT_LOWERCASE_NAMES.has(given.key)
    )
      return -1;
    if (before !== undefined && ((tokenFlags(before) & NOT_BEFORE_NAME) !== 0 || isCapitalised(before)))
      return -1;
    let p = k + 1;
    while (
      p < this.to &&
      p <= k + 3 &&
      !isCapitalised(this.tokens[p]) &&
      (tokenFlags(this.tokens[p]!) & PARTICLE) !== 0
    )
      p++;
    if (p === k + 1 || !this.isSurname(p) || (p + 1 < this.to && isCapitalised(this.tokens[p + 1])))
      return -1;
    // "Hoek van Holland", "Hof van Twente": a place; "Xandra de Vries" is a surname the lexicon knows.
    if (isKnownPlaceAt(this.tokens, k)) return -1;
    return isKnownPlaceAt(this.tokens, p) && !isLexiconSurnameAt(this.tokens, k + 1, p) ? -1 : p;
  }
}
