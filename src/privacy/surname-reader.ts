import { NOT_NAME, PARTICLE, tokenFlags } from './name-word-flags.ts';
import { ABBREVIATED_PARTICLES, INITIAL_GLUE, NOT_LOWERCASE_NAMES, NOT_NAMES } from './person-name-words.ts';
import { isAllCaps, isCapitalised, isGlued, type Token, tokenAt } from './tokens.ts';

/**
 * Reads the surname side of a name at a token: initials ("B.", lower-case "b."), particles written
 * out or shortened ("van der", "v.d."), and a surname in any case. name-reader.ts builds on it to
 * decide where a person is named.
 */
export class SurnameReader {
  protected readonly tokens: readonly Token[];
  protected readonly to: number;
  protected readonly isOrganisation: (k: number) => boolean;

  constructor(tokens: readonly Token[], to: number, isOrganisation: (k: number) => boolean) {
    this.tokens = tokens;
    this.to = to;
    this.isOrganisation = isOrganisation;
  }

  /** "b." in "klant tom b. heeft": a lower-case initial with its full stop. Returns the stop's index, or -1. */
  lowercaseInitialEnd(k: number): number {
    const token = this.tokens[k];
    const dot = this.tokens[k + 1];
    return k + 1 < this.to &&
      token?.type === 'word' &&
      token.text.length === 1 &&
      !isCapitalised(token) &&
      dot?.text === '.' &&
      isGlued(token, dot)
      ? k + 1
      : -1;
  }

  /** "B." — a capital and its full stop, on its own or glued after "_" in a file name ("W&I." is none). */
  isInitial(k: number): boolean {
    const token = this.tokens[k];
    const dot = this.tokens[k + 1];
    const before = tokenAt(this.tokens, k - 1);
    if (before !== undefined && isGlued(before, token) && !INITIAL_GLUE.has(before.text)) return false;
    return (
      k + 1 < this.to &&
      token?.type === 'word' &&
      token.text.length === 1 &&
      isCapitalised(token) &&
      dot?.text === '.' &&
      isGlued(token, dot)
    );
  }

  /** "v." and "d." in "v.d. Berg", "v. Dijk": a particle shortened, in lower case, with its full stop. */
  #isAbbreviatedParticle(p: number): boolean {
    const token = this.tokens[p]!;
    const dot = this.tokens[p + 1];
    return (
      ABBREVIATED_PARTICLES.has(token.text) && dot !== undefined && dot.text === '.' && isGlued(token, dot)
    );
  }

  /** "v/d Berg", "v/h Hof": "van de(r)" or "van het" shortened with a slash, glued (own probes, detector-nh-2122). */
  #isSlashedParticle(p: number): boolean {
    const [v, slash, d] = [this.tokens[p], this.tokens[p + 1], this.tokens[p + 2]];
    if (v?.text !== 'v' || slash?.text !== '/' || (d?.text !== 'd' && d?.text !== 'h')) return false;
    return p + 3 < this.to && isGlued(v, slash) && isGlued(slash, d);
  }

  /**
   * Reads optional initials, up to three particles and one or two capitalised surname words from k.
   * Returns the last token of the name, or -1. With `initialsSuffice`, "dhr. B." is a name too.
   */
  surnameEnd(k: number, initialsSuffice: boolean, lowercaseOk = false, capsOnly = false): number {
    // "Demi's ADHD-pillen": a name's genitive owns the word after it, no surname (held-out 39's class).
    const before = this.tokens[k - 1]?.key ?? '';
    if (before.length > 2 && before.endsWith("'s")) return -1;
    let i = k;
    let initials = 0;
    while (this.isInitial(i) && initials < 4) {
      i += 2;
      initials++;
    }
    let p = i;
    for (let particles = 0; p < this.to && particles < 3; particles++) {
      // "Mevr. op 't Hof", "Dhr. op de Beek": "op" only before another particle.
      const next = this.tokens[p + 1];
      const op = this.tokens[p]!.key === 'op' && p + 1 < this.to && (tokenFlags(next!) & PARTICLE) !== 0;
      if (op || (tokenFlags(this.tokens[p]!) & PARTICLE) !== 0) p++;
      else if (this.#isAbbreviatedParticle(p)) p += 2;
      else if (this.#isSlashedParticle(p)) p += 3;
      else break;
    }
    // "kandidaat v.d. M.": a shortened particle and an initial for the surname (batch 42-names).
    if (initialsSuffice && p > i && this.#isAbbreviatedParticle(p - 2) && this.isInitial(p)) return p + 1;
    // "JAN DE BOER", "Mevrouw BAKKER": a surname in capitals after a first name or title in capitals.
    if (this.#isCapitalsSurname(p) && (capsOnly || lowercaseOk)) return p;
    if (capsOnly) return -1;
    if (lowercaseOk && !this.isSurname(p) && this.#isLowercaseSurname(p)) return p;
    if (this.isSurname(p)) {
      return this.isSurname(p + 1) &&
        (this.tokens[p]!.text.endsWith('-') || isGlued(this.tokens[p], this.tokens[p + 1]))
        ? p + 1
        : p;
    }
    return initials > 0 && initialsSuffice ? i - 1 : -1;
  }

  #isLowercaseSurname(k: number): boolean {
    if (k >= this.to) return false;
    const token = this.tokens[k]!;
    return (
      token.type === 'word' &&
      token.text.length > 1 &&
      !NOT_LOWERCASE_NAMES.has(token.key) &&
      !NOT_NAMES.has(token.key) &&
      !this.isOrganisation(k)
    );
  }

  #isCapitalsSurname(k: number): boolean {
    if (k >= this.to) return false;
    const token = this.tokens[k]!;
    return token.type === 'word' && token.allCaps && token.text.length > 2 && !this.isOrganisation(k);
  }

  /** A capitalised word of more than one letter that can be a surname: no organisation, no word that is never a name. */
  isSurname(k: number): boolean {
    if (k >= this.to) return false;
    const token = this.tokens[k]!;
    return (
      isCapitalised(token) &&
      token.text.length > 1 &&
      !isAllCaps(token) &&
      !this.isOrganisation(k) &&
      (tokenFlags(token) & NOT_NAME) === 0
    );
  }
}

export function initialsOf(tokens: readonly Token[], first: number, last: number): string {
  let letters = '';
  for (let k = first; k <= last; k++) {
    const token = tokens[k]!;
    if (token.type === 'word' && token.text.length === 1) letters += token.key;
    else if (token.type === 'word') break;
  }
  return letters;
}
