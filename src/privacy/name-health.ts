import type { CareLexicon } from './care-terms.ts';
import type { Finding } from './findings.ts';
import { FIRST_NAMES } from './first-names.ts';
import { findPersonRefs, type PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * A named person together with a care detail in the same sentence. The care detail must belong to
 * that person, so for each care term the nearest anchor is looked up:
 *  - walking back, the first person reference gets the care term ("meneer Jansen ... heeft een
 *    psychose");
 *  - a group or topic word close before it makes it a general statement ("cliënten met een
 *    psychose", "een training over autisme", "een fictieve cliënt met ...") unless a possessive
 *    directly before it makes it personal ("over zijn depressie");
 *  - a role noun ("onze projectleider", "de kandidaat", "zijn jobcoach") takes the care term away
 *    from any named person, unless it stands in apposition to one ("Mevrouw Bos (cliënt van X)");
 *  - "bij een opname", "bij zo'n psychose" is a hypothetical case, not a person's history, and
 *    "Sanne: ..." is someone speaking;
 *  - with nothing before it, the first person reference shortly after it gets it ("Na een psychose
 *    is meneer Jansen ..."), or, when a personal pronoun comes before it ("Hij is opgenomen"), the
 *    last person named in the sentence just before.
 * The walks are bounded (40 tokens back, 8 forward), so the detector stays linear.
 */
const BACK_WINDOW = 40;
const FORWARD_WINDOW = 8;
const CONTEXT_WINDOW = 5;
// Groups and events named after a care term written apart: "de werkgroep verslaving", "themadag autisme".
const NAMED_AFTER_TERM = wordSet(
  'werkgroep werkgroepen themagroep themadag themamiddag netwerk kenniscentrum',
);

const GROUP_WORDS =
  wordSet(`clienten mensen deelnemers kandidaten patienten jongeren inwoners werkzoekenden doelgroep
  werknemers medewerkers personen bewoners uitkeringsgerechtigden iedereen niemand sommigen velen anderen ouderen
  volwassenen vrouwen mannen iemand wie burgers klanten studenten groep`);
const TOPIC_WORDS =
  wordSet(`over rond rondom omtrent training workshop voorlichting webinar scholing kennis thema module
  richtlijn protocol expertise specialist gespecialiseerd aanpak stigma taboe preventie leerbijeenkomst presentatie
  lezing fictieve fictief geanonimiseerde anonieme zoals bijvoorbeeld casusbespreking expert gebied deskundig ervaring
  ervaringen specialisatie onderzoek onderzoeken studie cijfers artikel boek campagne folder brochure film
  podcast documentaire onderwerp onderwerpen`);
const ROLE_WORDS =
  wordSet(`projectleider projectleiders collega collega's klantmanager klantmanagers trajectbegeleider
  trajectbegeleiders jobcoach jobcoaches werkgever werkgevers leidinggevende wethouder behandelaar behandelaars
  psychiater psycholoog arbeidsdeskundige consulent manager voorzitter huisarts begeleider casemanager
  verpleegkundige ervaringsdeskundige medewerker client cliente kandidaat deelnemer patient patiente man vrouw
  jongen meisje broer zus moeder vader partner zoon dochter buurman buurvrouw persoon inwoner werknemer stagiair
  bewindvoerder`);
const POSSESSIVES = wordSet("zijn haar z'n d'r");
const RELATIVE_PREPOSITIONS = wordSet('bij van met voor aan naar op over');
const CASE_HEADINGS =
  wordSet(`casus case status update naam client cliente klant kandidaat kandidate deelnemer
  werkzoekende patient patiente betreft dossier situatie`);
const PRONOUNS = wordSet('hij zij ze hem');
const INDEFINITE = wordSet("een zo'n");
// Not "zijn/haar": "meneer Jansen zijn jobcoach" is somebody else.
// "Noa, een jonge vrouw met autisme": an adjective before the role too.
const APPOSITION_FILLERS = wordSet('( , - de het een onze ons mijn van bij jonge oudere nieuwe andere oude');
// "Familie Yilmaz: vader heeft kanker": a relative after the colon belongs to the person before it.
const KIN_WORDS = wordSet('vader moeder zoon dochter broer zus partner man vrouw opa oma kind kinderen');
// "werkgever weet dat hij ... zijn depressie": a pronoun opening a clause is the person named, not the role.
const SUBORDINATORS = wordSet('dat of omdat als zodat terwijl nadat want');
const CLAUSE_PRONOUNS = wordSet('hij zij');
// "Fenna Bouma? LVB en angststoornis.": a sentence of care terms only, a case note on the person before.
const FRAGMENT_JOINS = wordSet(', en / + & ook . ! ?');
const FRAGMENT_LIMIT = 12;
const CASE_LABELS = wordSet(
  'klant client cliente patient patiente familie fam kandidaat kandidate werkzoekende',
);

export interface NameHealthScanner {
  /** Scans one sentence (sentences in order) and adds its findings to `out`. */
  sentence(
    tokens: readonly Token[],
    sentence: Sentence,
    isOrganisation: (k: number) => boolean,
    out: Finding[],
  ): void;
  /** Forgets the previous sentence: call before each new text. */
  reset(): void;
}

/** Scans sentence by sentence, remembering the last person named for a "hij"/"zij" in the next one. */
export function createNameHealthScanner(care: CareLexicon): NameHealthScanner {
  let previous: PersonRef | undefined;
  let previousFrom = 0;
  let previousHeads = false;
  const byLast = new RefIndex();
  const byFirst = new RefIndex();
  return {
    reset() {
      previous = undefined;
      previousHeads = false;
    },
    sentence(tokens, sentence, isOrganisation, out) {
      const refs = findPersonRefs(
        tokens,
        sentence.from,
        sentence.to,
        isOrganisation,
        (k) => care.matchAt(tokens, k, isOrganisation) > 0,
      );
      if (refs.length > 0 || previous !== undefined) {
        byLast.fill(refs, tokens.length, lastOf);
        byFirst.fill(refs, tokens.length, firstOf);
        const fragment =
          refs.length === 0 &&
          isCareFragment(tokens, sentence, care, isOrganisation) &&
          !hasTopicWord(tokens, Math.max(previousFrom, sentence.from - BACK_WINDOW), sentence.from);
        const context: Context = {
          tokens,
          sentence,
          isOrganisation,
          byLast,
          byFirst,
          previous,
          fragment,
          heading: previousHeads,
        };
        scanSentence(context, care, refs, out);
        byLast.clear(refs, lastOf);
        byFirst.clear(refs, firstOf);
      }
      previous = refs[refs.length - 1];
      previousFrom = sentence.from;
      // "Casus: dhr. Peters; diagnose: ...": a name just before a semicolon heads the clauses after it.
      // The name alone or after a case label ("Casus:", "Status:"), not after an agenda or a meeting
      // role ("Agenda: Jeroen; psychose en werk", "Voorzitter: Sanne; onderwerp: burn-out").
      previousHeads =
        previous !== undefined &&
        previous.last === sentence.to - 2 &&
        tokens[sentence.to - 1]!.text === ';' &&
        (previous.first === sentence.from || isCaseHeading(tokens, sentence.from));
    },
  };
}

/** "Casus:", "Status:", and two labels before the colon: "Naam cliënt:", "Naam deelnemer:". */
function isCaseHeading(tokens: readonly Token[], from: number): boolean {
  if (!CASE_HEADINGS.has(tokens[from]!.key)) return false;
  const next = tokens[from + 1];
  return next?.text === ':' || (CASE_HEADINGS.has(next?.key ?? '') && tokens[from + 2]?.text === ':');
}

const lastOf = (r: PersonRef) => r.last;
const firstOf = (r: PersonRef) => r.first;

/**
 * Person references by the index of one of their tokens, in an array reused from sentence to
 * sentence (a Map per sentence would be garbage on every line).
 */
class RefIndex {
  #slots = new Int32Array(64);
  #refs: readonly PersonRef[] = [];

  fill(refs: readonly PersonRef[], tokenCount: number, at: (r: PersonRef) => number): void {
    if (this.#slots.length < tokenCount)
      this.#slots = new Int32Array(Math.max(tokenCount, this.#slots.length * 2));
    this.#refs = refs;
    refs.forEach((r, n) => {
      this.#slots[at(r)] = n + 1;
    });
  }

  clear(refs: readonly PersonRef[], at: (r: PersonRef) => number): void {
    for (const r of refs) this.#slots[at(r)] = 0;
    this.#refs = [];
  }

  get(k: number): PersonRef | undefined {
    const n = k >= 0 && k < this.#slots.length ? this.#slots[k]! : 0;
    return n === 0 ? undefined : this.#refs[n - 1];
  }
}

function scanSentence(context: Context, care: CareLexicon, refs: readonly PersonRef[], out: Finding[]): void {
  const { tokens, sentence, isOrganisation } = context;
  // Most sentences flag nobody: the set is made for the first person flagged.
  let flagged: Set<PersonRef> | undefined;
  let ref = 0;
  for (let k = sentence.from; k < sentence.to; k++) {
    // A surname like "Parkinson" is part of the person, not a care detail about them.
    while (ref < refs.length && refs[ref]!.last < k) ref++;
    if (ref < refs.length && refs[ref]!.first <= k) {
      k = refs[ref]!.last;
      continue;
    }
    const length = care.matchAt(tokens, k, isOrganisation);
    if (length === 0) continue;
    const owned = owner(context, k, k + length - 1);
    if (owned !== null && !flagged?.has(owned)) {
      flagged ??= new Set();
      flagged.add(owned);
      out.push({ kind: 'name_health', start: tokens[owned.first]!.start, end: tokens[owned.last]!.end });
    }
    k += length - 1;
  }
}

interface Context {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly isOrganisation: (k: number) => boolean;
  readonly byLast: RefIndex;
  readonly byFirst: RefIndex;
  /** The last person named in the sentence before this one. */
  readonly previous: PersonRef | undefined;
  /** The sentence is care terms only ("LVB en angststoornis."). */
  readonly fragment: boolean;
  /** The sentence before ended with a name and a semicolon ("Status: Erik; opgenomen sinds mei"). */
  readonly heading: boolean;
}

/** "Workshop met Sanne Visser. Autisme en ADHD.": the sentence before is about a topic. */
function hasTopicWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const key = tokens[k]!.key;
    if (TOPIC_WORDS.has(key)) return true;
  }
  return false;
}

/** "LVB en angststoornis.": only care terms and joins, a few tokens. */
function isCareFragment(
  tokens: readonly Token[],
  sentence: Sentence,
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
): boolean {
  if (sentence.to - sentence.from > FRAGMENT_LIMIT) return false;
  let terms = 0;
  for (let k = sentence.from; k < sentence.to; k++) {
    const length = care.matchAt(tokens, k, isOrganisation);
    if (length > 0) {
      terms++;
      k += length - 1;
    } else if (!FRAGMENT_JOINS.has(tokens[k]!.key)) return false;
  }
  return terms > 0;
}

function owner(context: Context, first: number, last: number): PersonRef | null {
  const { tokens, sentence, byLast, byFirst } = context;
  if (tokens[first - 2]?.key === 'bij' && INDEFINITE.has(tokens[first - 1]?.key ?? '')) return null;
  // "zit in de werkgroep verslaving en werk": a group named after the term, not a diagnosis.
  if (NAMED_AFTER_TERM.has(tokens[first - 1]?.key ?? '')) return null;
  const personal = isPossessive(tokens, first);
  let pronoun = false;
  // Inside brackets walking back ("Jeroen Kuipers (onze deelnemer, niet de collega!) is opgenomen"),
  // and past "dat hij": role and group words there are an aside, not the owner.
  let aside = false;
  let clause = false;
  for (let j = first - 1; j >= sentence.from && j >= first - BACK_WINDOW; j--) {
    const ref = byLast.get(j);
    if (ref !== undefined) return ref;
    const key = tokens[j]!.key;
    // "Sanne: depressie is de meest gestelde diagnose" - a speaker at the start, not a patient; but
    // "Anouk Smit: borderline, ..." is a case note (the care term alone right after the colon).
    // "Klant Bakker: net ontslagen uit de kliniek": a client noun before the name is no speaker (but
    // "Deelnemer Jansen:" may be one of the werkgroep).
    if (key === ':' && byLast.get(j - 1)?.first === sentence.from)
      return isCaseNote(tokens, j, first, last, sentence) || CASE_LABELS.has(tokens[sentence.from]!.key)
        ? byLast.get(j - 1)!
        : null;
    if (key === ')') aside = true;
    else if (key === '(') aside = false;
    if (aside) continue;
    // "de heer Van Dijk, bij wie recent een bipolaire stoornis is vastgesteld": a relative clause.
    if (key === 'wie' && RELATIVE_PREPOSITIONS.has(tokens[j - 1]?.key ?? '') && tokens[j - 2]?.key === ',') {
      const ref = byLast.get(j - 3);
      if (ref !== undefined) return ref;
    }
    if (!personal && first - j <= CONTEXT_WINDOW && (GROUP_WORDS.has(key) || TOPIC_WORDS.has(key)))
      return null;
    if (ROLE_WORDS.has(key) && !clause) return apposition(context, j);
    const opening = j === sentence.from && opensWithBackReference(tokens, j);
    // "Zijn suïcidale gedachten zijn volgens de behandelaar ...": the possessive owns the term.
    if (opening && personal) return context.previous ?? null;
    pronoun ||= PRONOUNS.has(key) || opening;
    clause ||= CLAUSE_PRONOUNS.has(key) && SUBORDINATORS.has(tokens[j - 1]?.key ?? '');
  }
  if (first - BACK_WINDOW > sentence.from) return null;
  for (let j = last + 1; j < sentence.to && j <= last + FORWARD_WINDOW; j++) {
    const ref = byFirst.get(j);
    if (ref !== undefined) return ref;
    const key = tokens[j]!.key;
    if (GROUP_WORDS.has(key) || ROLE_WORDS.has(key)) return null;
  }
  const headed = context.heading && first - sentence.from <= HEADED_WINDOW;
  return pronoun || context.fragment || headed ? (context.previous ?? null) : null;
}

// "Erik; opgenomen sinds 3 mei", "dhr. Peters; diagnose: bipolair": the care term opens the clause.
const HEADED_WINDOW = 3;
const OPENING_POSSESSIVES = wordSet('haar zijn diens');
const OPENING_DEMONSTRATIVES = wordSet('die deze');
// "Zijn er ...", "Haar de ...": a verb or an article after it, no possessive.
const NOT_AFTER_POSSESSIVE = wordSet('er we wij jullie ze zij hij het de een die dat u nog ook al');

/**
 * "Haar angststoornis maakt ...", "Zijn suïcidale gedachten ...", "Die kampt nog met ...": a sentence
 * that opens with a possessive, or with "die"/"deze" before a verb, refers to the person just named.
 */
function opensWithBackReference(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]!.key;
  const next = tokens[j + 1];
  if (next === undefined || next.type !== 'word' || next.capitalised) return false;
  if (OPENING_POSSESSIVES.has(key)) return !NOT_AFTER_POSSESSIVE.has(next.key);
  return OPENING_DEMONSTRATIVES.has(key) && next.key.length >= 3 && next.key.endsWith('t');
}

// After a speaker's "Sanne: depressie", a verb makes it a statement: "... is de meest gestelde diagnose".
const STATEMENT_VERBS = wordSet(`is zijn was waren wordt worden komt komen kwam blijft blijven blijkt lijkt
  kan kunnen heeft hebben speelt spelen gaat gaan geldt gelden vraagt vraagt vragen staat staan zie zien`);

const COURSE_WORDS = wordSet(`voorbij terug weg stabiel verergerd vastgesteld bevestigd
  gediagnosticeerd behandeld`);
const COURSE_FILLERS = wordSet('weer nu al inmiddels helemaal gelukkig');

/**
 * "Naam: diagnose, ...", "Joyce: depressie en slaapproblemen": a case note, not a speaker. The care
 * expression comes within three words of the colon and no verb follows it.
 */
function isCaseNote(
  tokens: readonly Token[],
  colon: number,
  first: number,
  last: number,
  sentence: Sentence,
): boolean {
  if (first > colon + 3) return false;
  const next = tokens[last + 1];
  if (last + 1 >= sentence.to || next === undefined || !STATEMENT_VERBS.has(next.key)) return true;
  // "Lucas: psychose is voorbij", "Joyce: depressie is weer terug": the course of someone's illness.
  let j = last + 2;
  if (j < sentence.to && COURSE_FILLERS.has(tokens[j]!.key)) j++;
  return j < sentence.to && COURSE_WORDS.has(tokens[j]!.key);
}

/** "Ahmed's", "Ahmeds" (a first name with a glued genitive). */
function isGenitive(key: string): boolean {
  return key.endsWith("'s") || (key.endsWith('s') && FIRST_NAMES.has(key.slice(0, -1)));
}

/** "zijn depressie", "haar ernstige depressie". */
function isPossessive(tokens: readonly Token[], k: number): boolean {
  if (POSSESSIVES.has(tokens[k - 1]?.key ?? '') || POSSESSIVES.has(tokens[k - 2]?.key ?? '')) return true;
  // "over haar gokschulden en verslaving": the second of two things after the possessive.
  const join = tokens[k - 1]?.key;
  return (join === 'en' || join === ',') && POSSESSIVES.has(tokens[k - 3]?.key ?? '');
}

/** A role noun right after a person ("Sanne Visser, trajectbegeleider bij ...") describes that person. */
function apposition(context: Context, role: number): PersonRef | null {
  const { tokens, sentence, byLast, isOrganisation } = context;
  // "Joyce Verbeek en haar partner hebben allebei een verslaving": the person and someone of theirs.
  if (POSSESSIVES.has(tokens[role - 1]?.key ?? '') && tokens[role - 2]?.key === 'en') {
    const ref = byLast.get(role - 3);
    if (ref !== undefined) return ref;
  }
  for (let j = role - 1; j >= sentence.from && j >= role - 4; j--) {
    const ref = byLast.get(j);
    // "Ahmeds jobcoach", "Sanne's collega": someone else.
    if (ref !== undefined) return j === role - 1 && isGenitive(tokens[j]!.key) ? null : ref;
    const key = tokens[j]!.key;
    if (key === ':' && KIN_WORDS.has(tokens[role]!.key)) continue;
    if (!APPOSITION_FILLERS.has(key) && !isOrganisation(j)) return null;
  }
  return null;
}
