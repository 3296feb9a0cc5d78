import { FIRST_NAMES } from './first-names.ts';
import { isAllCaps, isCapitalised, isGlued, type Token, wordSet } from './tokens.ts';

/** A reference to a person: tokens first..last (inclusive), e.g. "mevr. De Vries", "Sanne Visser". */
export interface PersonRef {
  readonly first: number;
  readonly last: number;
}

const TITLES = wordSet('meneer mijnheer mevrouw mevr mw mvr dhr mej juffrouw');
/** Titles that only count with their full stop: "hr. Jansen" (but not "HR"), "mr. Bakker". */
const DOTTED_TITLES = wordSet('hr mr fam');
// A title is nearly always followed by a name, even one typed in lower case ("dhr. jansen", "meneer
// bakker"), unless that lower-case word is one of these: "mw. is gebeld", "dhr. heeft", "mevrouw zelf".
const NOT_LOWERCASE_NAMES =
  wordSet(`is heeft had was wil kan moet zal gaat ging komt kwam werkt woont zit zat zegt zei
  vindt vond wordt werd zelf en of de het een die dat met van uit in op bij aan voor naar om te nog ook al niet wel
  geen krijgt kreeg gebruikt belde vertelde weet wist heb hebben zijn waren blijft bleef doet deed staat stond ligt
  lag loopt liep mag mocht hoeft start stopt stopte begint belt mailt appt vraagt vroeg sprak spreekt kreeg gaf geeft
  hoort hoorde voelt voelde denkt dacht zoekt zocht wacht wachtte kon kunnen zou zouden moest wilde werd worden
  heeft ook dus maar want toen nu dan daar hier er wat wie hoe waar die deze dit zo als of tot na door over onder
  voorzitter secretaris notulist projectleider collega klantmanager jobcoach trajectbegeleider consulent manager
  wethouder directeur teamleider coordinator adviseur begeleider`);
/** First names that are also ordinary words or abbreviations; in lower case only before a particle ("jan de boer"). */
const LOWERCASE_AMBIGUOUS =
  wordSet(`jan roos lieve fleur floor iris said mark bas sem stan kim noor isa ella dean
  lily cor luc lex rosa sterre hein tim tom sam rob piet bob nina lucas demi ruth vera flip jet linde mees nova
  luna jade ivy saar amber`);
/** Nouns for a client that become a reference with a name after them: "cliënt Pietersen". */
/** Verbs after a lower-case first name that make it the subject: "fenna heeft", "samir is". */
const SUBJECT_VERBS = wordSet('heeft had is was krijgt kreeg gebruikt zit');
const CLIENT_NOUNS = wordSet(
  'client cliente patient patiente kandidaat kandidate deelnemer deelneemster klant werkzoekende familie',
);
// After a client noun a lower-case surname counts when the sentence goes on about that person:
// "cliënt jansen heeft ...", "klant de vries: ...".
const AFTER_LOWERCASE_CLIENT = new Set([...SUBJECT_VERBS, ':', ',', '(']);
const ABBREVIATED_PARTICLES = new Set(['v', 'd', 'vd', 'v.d']);
const PARTICLES = wordSet("van de der den ter ten het 't la le el al da dos du di von zu ben bin abu ait");
const NOT_NAMES =
  wordSet(`januari februari maart april mei juni juli augustus september oktober november december
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag`);
// Two capitalised words are a full name ("Jorien Wolters") unless the first is one of these: words
// that open a sentence, institutions, compass points and titles ("Gemeente Doetinchem", "Oost Gelre").
const NOT_GIVEN_NAMES =
  wordSet(`de het een den der des in op bij met voor na van door om als dat die dit deze er ook
  en maar want wel niet geen nog zo dan toen nu hier daar wij we ik jij je hij zij ze u onze ons mijn zijn haar hun
  elke iedere alle veel meer sinds vanaf tot tussen tijdens via per over onder boven uit naar aan wat wie hoe waar
  welke waarom wanneer graag dank namens succes oplossing knelpunt vraag let zie doel gemeente gemeenten regio
  provincie stichting ministerie minister team afdeling stad dorp wijk project programma werkgroep stuurgroep
  kenniscentrum centrum instituut universiteit hogeschool school ziekenhuis kliniek praktijk huisartsenpraktijk
  clientenraad raad college wethouder burgemeester staatssecretaris dokter dr prof drs ir mr oost west noord zuid
  nieuw nieuwe oud oude sint groot grote klein kleine sociaal sociale landelijk landelijke regionaal regionale
  casus bijlage hoofdstuk artikel fase stap module week ronde versie pilot update bespreken bespreking
  terugkoppeling nieuws mededeling mededelingen verslag check stand status notitie notities actiepunt`);
// Before a full name there is no article or place preposition: "het Sociaal Domein", "in Oost Gelre".
const NOT_BEFORE_NAMES = wordSet(
  "de het een 't in uit naar te richting vanuit rond regio gemeente provincie",
);
// A capitalised word that opens a sentence before "heeft", "is" ... is a name ("Xandra heeft ...",
// "Bakker is ...") unless it is one of these everyday sentence openers or ends like a Dutch noun,
// adjective or plural ("Begeleiding is", "Lastig is", "Werkgevers hebben").
const SENTENCE_OPENERS =
  wordSet(`iedereen niemand iemand men alles niets wie wat welke elk ieder beide sommige velen weinig
  vandaag gisteren morgen inmiddels helaas gelukkig sindsdien daarnaast tevens momenteel intussen ondertussen
  uiteindelijk eerder later soms vaak altijd nooit misschien waarschijnlijk bovendien daarom dus toch verder
  vervolgens eerst daarna echter ook wel thuis werk geld tijd zorg hulp school onderwijs wonen taal stress
  pijn slaap sport rust structuur vooral vroeger nadien tot hoe waar waarom wanneer zij hij het dit dat
  deze die er dan nu toen hier daar zo niet geen alleen samen ieder elke elk tja nee ja ok oke oké goed
  fijn mooi jammer belangrijk duidelijk vraag actie succes knelpunt agenda notitie casus update status
  thema onderwerp punt stand resultaat conclusie advies besluit afspraak probleem risico kans uitdaging
  leefstijl gezondheid alcohol drugs cannabis roken medicatie bewegen voeding eten diagnose oorzaak reden
  gevolg symptoom symptomen klacht beeld ziektebeeld uitkomst bijwerking hoofdpijn moeheid vermoeidheid`);
// Labels before a colon that announce a place, an organisation or a topic, not a person.
const NOT_PERSON_LABELS =
  wordSet(`regio gemeente locatie plaats waar woonplaats organisatie organisaties spreker
  sprekers thema onderwerp onderwerpen werkgever werkgevers bedrijf partner partners door`);
const LIST_STATEMENT_VERBS = wordSet('is zijn was waren wordt worden blijft blijkt komt speelt gaat geldt');
// Words that refer back to one person (not "ze" or "zijn", which are also "they" and "are").
const BACK_REFERENCES = wordSet("zij hij haar z'n d'r");
const PRONOUN_WINDOW = 4;
const NOUN_ENDINGS = [
  'ing',
  'heid',
  'tie',
  'sie',
  'schap',
  'teit',
  'isme',
  'ment',
  'ers',
  'iek',
  'ig',
  'lijk',
];
// Letters that stand for someone in an anonymised case: "Mevrouw Y", "meneer X".
const PLACEHOLDERS = new Set(['X', 'Y', 'Z', 'N']);
// "B.V. Twente" is a company, not the initials of Mr Twente.
const COMPANY_FORMS = wordSet('bv nv cv vof ua');

// The only lower-case words a person reference can start with: one lookup rejects all other words.
const LOWERCASE_STARTS = new Set([...TITLES, ...DOTTED_TITLES, ...CLIENT_NOUNS, ...FIRST_NAMES, 'heer']);

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
    if (
      token.type !== 'word' ||
      (!token.capitalised && !LOWERCASE_STARTS.has(token.key)) ||
      isOrganisation(k)
    )
      continue;
    let ref: PersonRef | null = null;
    const dotted = tokens[k + 1]?.text === '.' && isGlued(token, tokens[k + 1]);
    const titled = TITLES.has(token.key) || (dotted && DOTTED_TITLES.has(token.key));
    if (titled || (token.key === 'heer' && tokens[k - 1]?.key === 'de' && k - 1 >= from)) {
      const from = dotted ? k + 2 : k + 1;
      let last = names.surnameEnd(from, true, true);
      // "dhr K heeft ...", "mw. B": an initial typed without its full stop, after a title only.
      if (last === -1 && names.isBareInitial(from)) last = from;
      if (last !== -1) ref = { first: token.key === 'heer' ? k - 1 : k, last };
    } else if (CLIENT_NOUNS.has(token.key)) {
      // "cliënt Pietersen", "cliënt K.", and in lower case "cliënt jansen heeft ...".
      let last = names.surnameEnd(k + 1, true);
      if (last === -1) {
        last = names.surnameEnd(k + 1, false, true);
        if (last !== -1 && !AFTER_LOWERCASE_CLIENT.has(tokens[last + 1]?.key ?? '')) last = -1;
      }
      if (last !== -1) ref = { first: k, last };
    } else if (names.isFirstName(k)) {
      const last = names.surnameEnd(k + 1, true, false, token.allCaps);
      // "JOYCE heeft adhd": a first name in capitals alone, as the subject of a verb in lower case.
      const subject = token.allCaps && SUBJECT_VERBS.has(tokens[k + 1]?.text ?? '');
      if (!token.allCaps || last !== -1 || subject) ref = { first: k, last: last === -1 ? k : last };
    } else if (names.isLowercaseFirstName(k)) {
      const last = names.surnameEnd(k + 1, false, true);
      if (last !== -1 && (!LOWERCASE_AMBIGUOUS.has(token.key) || PARTICLES.has(tokens[k + 1]!.key)))
        ref = { first: k, last };
      // "fenna heeft diabetes": a lower-case first name alone, as the subject of a verb.
      else if (!LOWERCASE_AMBIGUOUS.has(token.key) && SUBJECT_VERBS.has(tokens[k + 1]?.key ?? ''))
        ref = { first: k, last: k };
    } else if (names.isInitial(k)) {
      const last = names.surnameEnd(k, false);
      if (last !== -1 && !COMPANY_FORMS.has(initialsOf(tokens, k, last))) ref = { first: k, last };
    } else if (names.isFullName(k)) {
      ref = { first: k, last: k + 1 };
    } else if (
      opensSentence(tokens, k, from) &&
      names.isUnknownSubject(k) &&
      !isCareWord(k) &&
      hasOwnCareDetail(tokens, k + 2, to, isCareWord)
    ) {
      ref = { first: k, last: k };
    } else if (k > from && names.isUnknownNameBeforePronoun(k) && !isCareWord(k)) {
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

// Between "Xandra heeft" and the care term: a few words, none that starts a clause or a phrase
// about something else ("Onderzoek heeft aangetoond dat ...", "Armoede is een risico voor ...").
const CARE_DETAIL_WINDOW = 6;
const NOT_BEFORE_OWN_CARE = wordSet(`na voor op bij tegen over rond door om tot zonder dan als dat die omdat
  want maar met in uit onder tussen naast volgens , ; : ( )`);

/** "heeft (sinds de zomer) een depressie": a care term soon after the verb, in the same clause. */
function hasOwnCareDetail(
  tokens: readonly Token[],
  from: number,
  to: number,
  isCareWord: (k: number) => boolean,
): boolean {
  for (let j = from; j < to && j < from + CARE_DETAIL_WINDOW; j++) {
    if (isCareWord(j)) return true;
    if (NOT_BEFORE_OWN_CARE.has(tokens[j]!.key)) return false;
  }
  return false;
}

/** Token k is the first word of the sentence (after a list mark such as "-" or "*", if any). */
function opensSentence(tokens: readonly Token[], k: number, from: number): boolean {
  if (k === from) return true;
  return k === from + 1 && tokens[from]!.type === 'punct' && LIST_MARKS.has(tokens[from]!.text);
}
const LIST_MARKS = new Set(['-', '*', '•', '–', '>']);

class NameReader {
  readonly #tokens: readonly Token[];
  readonly #to: number;
  readonly #isOrganisation: (k: number) => boolean;

  constructor(tokens: readonly Token[], to: number, isOrganisation: (k: number) => boolean) {
    this.#tokens = tokens;
    this.#to = to;
    this.#isOrganisation = isOrganisation;
  }

  /** "Sanne", "Sanne's", and in capitals "SANNE" (then only with a surname in capitals, see findPersonRefs). */
  isFirstName(k: number): boolean {
    const token = this.#tokens[k]!;
    if (!isCapitalised(token)) return false;
    const key = token.key.endsWith("'s") ? token.key.slice(0, -2) : token.key;
    if (FIRST_NAMES.has(key)) return true;
    // "Anna-Lena", "Jan-Peter": two first names joined.
    const dash = key.indexOf('-');
    return dash > 0 && FIRST_NAMES.has(key.slice(0, dash)) && FIRST_NAMES.has(key.slice(dash + 1));
  }

  /**
   * "K" in "dhr K heeft": one capital letter, standing alone, not glued to what follows. Not the
   * placeholders of an anonymised case ("Mevrouw Y", "Mr. X").
   */
  isBareInitial(k: number): boolean {
    const token = this.#tokens[k];
    const next = this.#tokens[k + 1];
    return (
      k < this.#to &&
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
  isUnknownSubject(k: number): boolean {
    const token = this.#tokens[k]!;
    const verb = this.#tokens[k + 1];
    if (verb === undefined || k + 1 >= this.#to || !SUBJECT_VERBS.has(verb.text)) return false;
    const key = token.key;
    if (token.allCaps || token.hasDigit || key.length < 3 || key.length > 14 || key.includes('-'))
      return false;
    if (SENTENCE_OPENERS.has(key) || NOT_GIVEN_NAMES.has(key) || NOT_NAMES.has(key)) return false;
    if (key.endsWith('en') && !key.endsWith('sen')) return false;
    return !NOUN_ENDINGS.some((e) => key.endsWith(e));
  }

  /**
   * "gesprek met Xandra, zij heeft ...", "met Mirjana over haar depressie": an unknown capitalised word
   * inside the sentence, on its own, that "zij", "hij", "haar" shortly after refers back to.
   */
  isUnknownNameBeforePronoun(k: number): boolean {
    const token = this.#tokens[k]!;
    const before = this.#tokens[k - 1];
    const after = this.#tokens[k + 1];
    if (!this.#isPlainCapitalisedWord(k) || before === undefined || after === undefined) return false;
    // "Bij Dragana ...": a capitalised function word opens the sentence; other capitals make a longer name.
    if (isCapitalised(before) && !NOT_GIVEN_NAMES.has(before.key)) return false;
    if (NOT_BEFORE_NAMES.has(before.key) || isCapitalised(after)) return false;
    if (before.type === 'punct' && before.text !== ',' && before.text !== '(') return false;
    for (let j = k + 1; j < this.#to && j <= k + PRONOUN_WINDOW; j++) {
      if (BACK_REFERENCES.has(this.#tokens[j]!.key)) return token.text.length >= 3;
    }
    return false;
  }

  /**
   * "Bespreken: Sevda, burnout, ...": an unknown capitalised word as an item after a colon (or opening
   * the sentence), with a comma and then the care term (the caller checks that term).
   */
  isListedName(k: number, from: number): boolean {
    const before = this.#tokens[k - 1];
    const comma = this.#tokens[k + 1];
    if (comma?.text !== ',' || k + 2 >= this.#to) return false;
    if (k !== from && before?.text !== ':') return false;
    if (k !== from && NOT_PERSON_LABELS.has(this.#tokens[k - 2]?.key ?? '')) return false;
    // "Twente, depressie is hier hoog": a statement about the term, not a case note.
    if (LIST_STATEMENT_VERBS.has(this.#tokens[k + 3]?.key ?? '')) return false;
    return this.#isPlainCapitalisedWord(k) && this.#tokens[k]!.text.length >= 3;
  }

  #isPlainCapitalisedWord(k: number): boolean {
    const token = this.#tokens[k]!;
    const key = token.key;
    if (token.type !== 'word' || !isCapitalised(token) || token.allCaps || token.hasDigit) return false;
    if (key.length > 14 || this.#isOrganisation(k)) return false;
    if (SENTENCE_OPENERS.has(key) || NOT_GIVEN_NAMES.has(key) || NOT_NAMES.has(key)) return false;
    if (key.endsWith('en') && !key.endsWith('sen')) return false;
    return !NOUN_ENDINGS.some((e) => key.endsWith(e));
  }

  /** "jan" in "jan de boer heeft ...": a lower-case first name, which then needs a surname. */
  isLowercaseFirstName(k: number): boolean {
    const token = this.#tokens[k]!;
    return (
      token.type === 'word' && !isCapitalised(token) && FIRST_NAMES.has(token.key) && !this.#isOrganisation(k)
    );
  }

  /**
   * An unknown given name followed by a surname: two capitalised words, the first short and not an
   * ordinary word, no article or place preposition before them, no third capitalised word after.
   */
  isFullName(k: number): boolean {
    const given = this.#tokens[k]!;
    const after = this.#tokens[k + 2];
    const before = this.#tokens[k - 1];
    return (
      this.#isSurname(k) &&
      given.text.length <= 12 &&
      !NOT_GIVEN_NAMES.has(given.key) &&
      this.#isSurname(k + 1) &&
      !NOT_GIVEN_NAMES.has(this.#tokens[k + 1]!.key) &&
      !(k + 2 < this.#to && isCapitalised(after)) &&
      !(before !== undefined && NOT_BEFORE_NAMES.has(before.key))
    );
  }

  /** "B." — one capital letter with its full stop, standing on its own ("W&I." is no initial). */
  isInitial(k: number): boolean {
    const token = this.#tokens[k];
    const dot = this.#tokens[k + 1];
    const before = this.#tokens[k - 1];
    if (before !== undefined && isGlued(before, token) && before.text !== '.' && before.text !== '(')
      return false;
    return (
      k + 1 < this.#to &&
      token?.type === 'word' &&
      token.text.length === 1 &&
      isCapitalised(token) &&
      dot?.text === '.' &&
      isGlued(token, dot)
    );
  }

  /**
   * Reads optional initials, up to three particles and one or two capitalised surname words from k.
   * Returns the last token of the name, or -1. With `initialsSuffice`, "dhr. B." is a name too.
   */
  /** "v." and "d." in "v.d. Berg", "v. Dijk": a particle shortened, in lower case, with its full stop. */
  #isAbbreviatedParticle(p: number): boolean {
    const token = this.#tokens[p]!;
    const dot = this.#tokens[p + 1];
    return (
      ABBREVIATED_PARTICLES.has(token.text) && dot !== undefined && dot.text === '.' && isGlued(token, dot)
    );
  }

  surnameEnd(k: number, initialsSuffice: boolean, lowercaseOk = false, capsOnly = false): number {
    let i = k;
    let initials = 0;
    while (this.isInitial(i) && initials < 4) {
      i += 2;
      initials++;
    }
    let p = i;
    for (let particles = 0; p < this.#to && particles < 3; particles++) {
      if (PARTICLES.has(this.#tokens[p]!.key)) p++;
      else if (this.#isAbbreviatedParticle(p)) p += 2;
      else break;
    }
    // "JAN DE BOER", "Mevrouw BAKKER": a surname in capitals after a first name or title in capitals.
    if (this.#isCapitalsSurname(p) && (capsOnly || lowercaseOk)) return p;
    if (capsOnly) return -1;
    if (lowercaseOk && !this.#isSurname(p) && this.#isLowercaseSurname(p)) return p;
    if (this.#isSurname(p)) {
      return this.#isSurname(p + 1) &&
        (this.#tokens[p]!.text.endsWith('-') || isGlued(this.#tokens[p], this.#tokens[p + 1]))
        ? p + 1
        : p;
    }
    return initials > 0 && initialsSuffice ? i - 1 : -1;
  }

  #isLowercaseSurname(k: number): boolean {
    if (k >= this.#to) return false;
    const token = this.#tokens[k]!;
    return (
      token.type === 'word' &&
      token.text.length > 1 &&
      !NOT_LOWERCASE_NAMES.has(token.key) &&
      !NOT_NAMES.has(token.key) &&
      !this.#isOrganisation(k)
    );
  }

  #isCapitalsSurname(k: number): boolean {
    if (k >= this.#to) return false;
    const token = this.#tokens[k]!;
    return token.type === 'word' && token.allCaps && token.text.length > 2 && !this.#isOrganisation(k);
  }

  #isSurname(k: number): boolean {
    if (k >= this.#to) return false;
    const token = this.#tokens[k]!;
    return (
      isCapitalised(token) &&
      token.text.length > 1 &&
      !isAllCaps(token) &&
      !this.#isOrganisation(k) &&
      !NOT_NAMES.has(token.key)
    );
  }
}

function initialsOf(tokens: readonly Token[], first: number, last: number): string {
  let letters = '';
  for (let k = first; k <= last; k++) {
    const token = tokens[k]!;
    if (token.type === 'word' && token.text.length === 1) letters += token.key;
    else if (token.type === 'word') break;
  }
  return letters;
}
