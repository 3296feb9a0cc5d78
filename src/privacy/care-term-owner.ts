import { isProvider } from './care-provider-words.ts';
import { isAffectedPronoun } from './care-term-affected.ts';
import { isGenitive } from './care-term-context.ts';
import { isTreaterDeciding } from './care-term-decided.ts';
import { describedClient } from './care-term-described.ts';
import { isOwnTalk, isTimeAhead } from './care-term-notes.ts';
import {
  APPOSITION_FILLERS,
  ARTICLES,
  BACK_PRONOUNS,
  CASE_LABELS,
  CHAIN_POSSESSIVES,
  CLAUSE_PRONOUNS,
  CLAUSE_SUBJECTS,
  FIRST_PERSON,
  GROUP_WORDS,
  INDEFINITE,
  isPlaceInGroup,
  KIN_WORDS,
  NAMED_AFTER_TERM,
  OF_THE_PERSON,
  PRONOUNS,
  RELATIVE_PREPOSITIONS,
  ROLE_WORDS,
  SPEECH_VERBS,
  TOPIC_WORDS,
} from './care-term-owner-words.ts';
import { frontedSubject, isCaseNote, opensWithBackReference } from './care-term-readings.ts';
import { isSelfReported, reportedRelative, spokenOf } from './care-term-reported.ts';
import {
  isNextField,
  isOtherGender,
  isRoleHad,
  isRoleInPhrase,
  isVisited,
  JOBS,
  ownerOf,
  subjectGender,
} from './care-term-roles.ts';
import {
  asideStart,
  FIRST_PERSON_POSSESSIVES,
  isAssessment,
  isPossessive,
  isServiceQueue,
  isSource,
  isSpoken,
  isToldRole,
  isWriterSubject,
  isWritersOwn,
  laterRef,
  namesBefore,
  personOf,
  QUOTES,
  SUBORDINATORS,
} from './care-term-walks.ts';
import { POSSESSIVES } from './care-term-words.ts';
import type { PersonRef } from './person-names.ts';
import type { PersonRefIndex } from './person-ref-index.ts';
import type { Sentence } from './sentences.ts';
import { type Token, tokenAt } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSetOf } from './word-sets.ts';

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
 *    last person named in the sentence just before. Walks: 40 tokens back, 8 forward (linear).
 */
export const BACK_WINDOW = 40;
const FORWARD_WINDOW = 8;
const CONTEXT_WINDOW = 5;
/** What the owner walk needs to know about the sentence being scanned. */
export interface Context {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly isOrganisation: (k: number) => boolean;
  readonly byLast: PersonRefIndex;
  readonly byFirst: PersonRefIndex;
  /** The last person named in the sentence before this one. */
  readonly previous: PersonRef | undefined;
  /** The sentence goes on about `previous`: care terms only ("LVB en angststoornis."), or a note ("Heeft ..."). */
  readonly continues: boolean;
  /** The sentence before ended with a name and a semicolon ("Status: Erik; opgenomen sinds mei"). */
  readonly heading: boolean;
}

/** "Workshop met Sanne Visser. Autisme en ADHD.": the sentence before is about a topic. */
export function hasTopicWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (TOPIC_WORDS.has(tokens[k]!.key) && !isTimeAhead(tokens, k)) return true;
  }
  return false;
}

/** The person a care term at tokens [first, last] belongs to, or null when it is nobody's. */
export function owner(context: Context, first: number, last: number): PersonRef | null {
  const { tokens, sentence, byLast, byFirst } = context;
  if (tokens[first - 2]?.key === 'bij' && INDEFINITE.has(tokens[first - 1]?.key ?? '')) return null;
  // "zit in de werkgroep verslaving en werk": a group named after the term, not a diagnosis.
  if (NAMED_AFTER_TERM.has(tokens[first - 1]?.key ?? '') || isServiceQueue(tokens, first, byFirst))
    return null;
  // "hoe de FML werkt bij psychische klachten": a condition in general, no article or possessive.
  if (tokens[first - 1]?.key === 'bij' && !tokens[first]!.capitalised && !isProvider(tokens[first]!.key))
    return null;
  // "werkt als psychiatrisch verpleegkundige": the term names a job; a form's next field ("\nBehandelaar:") does not.
  if (JOBS.has(tokens[last + 1]?.key ?? '') && !isNextField(tokens, last + 1)) return null;
  const of = personOf(tokens, sentence, byFirst, first, last);
  if (of !== undefined) return of;
  const personal = isPossessive(tokens, first); // "Zijn ADHD-medicatie": right before it, carries the person.
  let pronoun = first > sentence.from && POSSESSIVES.has(tokens[first - 1]!.key);
  // Inside brackets walking back ("Jeroen Kuipers (onze deelnemer, niet de collega!) is opgenomen"),
  // and past "dat hij": role and group words there are an aside, not the owner.
  let aside = false;
  let clause = false;
  let backPronoun = false;
  // The nearest subject pronoun passed: "hij" cannot be a mother (care-term-roles.ts).
  let gender = 0;
  for (let j = first - 1; j >= sentence.from && j >= first - BACK_WINDOW; j--) {
    const ref = byLast.get(j);
    // "Ik (Naima) heb jaren een depressie gehad": the writer, named in brackets.
    if (ref !== undefined) return isWriterNamed(tokens, ref) ? null : ref;
    if (j !== sentence.from && !isBackWalkWord(tokens[j]!)) continue;
    const key = tokens[j]!.key;
    // "Sanne: depressie is de meest gestelde diagnose" - a speaker at the start, not a patient; but
    // "Anouk Smit: borderline, ..." is a case note (the care term alone right after the colon).
    // "Klant Bakker: net ontslagen uit de kliniek": a client noun before the name is no speaker (but
    // "Deelnemer Jansen:" may be one of the werkgroep).
    if (key === ':' && byLast.get(j - 1)?.first === sentence.from)
      return isCaseNote(tokens, j, first, last, sentence) || CASE_LABELS.has(tokens[sentence.from]!.key)
        ? byLast.get(j - 1)!
        : null;
    if (key === ')' || key === '(') aside = key === ')';
    if (aside) continue;
    if (key === ',') {
      const start = asideStart(tokens, j, sentence.from);
      if (start !== -1) {
        j = start;
        continue;
      }
    }
    // "de heer Van Dijk, bij wie recent een bipolaire stoornis is vastgesteld": a relative clause.
    if (key === 'wie' && RELATIVE_PREPOSITIONS.has(tokens[j - 1]?.key ?? '') && tokens[j - 2]?.key === ',') {
      const ref = byLast.get(j - 3);
      if (ref !== undefined) return ref;
    }
    // "Robin had het gisteren over suïcide", "zijn verhaal over PTSS": talk of one's own is no topic.
    // "Nicky aangemeld voor een diagnostisch onderzoek naar ADHD": her assessment, no research.
    const topic = TOPIC_WORDS.has(key) && !isOwnTalk(tokens, j, first) && !isAssessment(tokens, j);
    if (
      !personal &&
      first - j <= CONTEXT_WINDOW &&
      ((GROUP_WORDS.has(key) && !isPlaceInGroup(tokens, j)) || topic)
    )
      return null;
    // "Ik heb zelf een burn-out gehad, vanaf februari neemt Nienke ...": the writer's own, nobody named
    // (not someone quoted: "Wiebe zegt: \"ik hoor weer die stemmen\"").
    if (FIRST_PERSON.has(key) && !pronoun && !personal && isWriterSubject(tokens, j, sentence)) return null;
    // "Ik (Kofi, ...) vertel over mijn eigen herstel na een psychose": the writer's own, whoever is named.
    if (isWritersOwn(tokens, j)) return null;
    if (ROLE_WORDS.has(key)) {
      // "Erik; cliënt, bipolair", "Ahmed El Amrani;cliënt, bipolair": a client word opening the field
      // after a name (a row's fields joined by semicolons) is that name's role.
      if (CASE_LABELS.has(key) && j === sentence.from && context.heading) continue;
      if (CASE_LABELS.has(key) && tokens[j - 1]?.text === ';' && byLast.get(j - 2) !== undefined)
        return byLast.get(j - 2)!;
      // "Hatice: de psychiater heeft haar medicatie verhoogd": "haar" is not the psychiatrist's.
      if (personal && OF_THE_PERSON.has(key) && ARTICLES.has(tokens[j - 1]?.key ?? '')) continue;
      // "vraagt of ik aan haar werkgever uitleg wat haar eetstoornis is": her employer, then her term.
      if (personal && POSSESSIVES.has(tokens[j - 1]?.key ?? '')) continue;
      // "Ilse wil niet dat (de) werkgever weet van haar schizofrenie": the role told, the possessive hers.
      if (personal && isToldRole(tokens, j)) continue;
      // "Wouter heeft een casemanager bij Mondriaan": a role the person has is theirs, not the owner.
      if (isRoleHad(tokens, j) || isSource(tokens, j)) continue;
      // "is bij de psychiater geweest voor depressie", "via de huisarts doorverwezen": a professional
      // visited or passed through is not the one with the care detail.
      if (isVisited(tokens, j) || isTreaterDeciding(tokens, j)) continue;
      // "zijn vrouw zegt hij is depressief"; "hij is na de dood van zijn vader weer gaan drinken".
      if (isOtherGender(tokens, j, gender) || isRoleInPhrase(tokens, j, sentence.from, byLast)) continue;
      if (!clause) return apposition(context, j, backPronoun) ?? describedClient(context, j, first, last);
    }
    const opening = j === sentence.from && opensWithBackReference(tokens, j);
    // "Zijn suïcidale gedachten zijn volgens de behandelaar ...": the possessive owns the term.
    if (opening && personal) return context.previous ?? null;
    pronoun ||= PRONOUNS.has(key) || opening || CHAIN_POSSESSIVES.has(key);
    clause ||= CLAUSE_SUBJECTS.has(key) && SUBORDINATORS.has(tokens[j - 1]?.key ?? '');
    backPronoun ||= BACK_PRONOUNS.has(key);
    gender ||= subjectGender(key);
  }
  if (first - BACK_WINDOW > sentence.from) return null;
  const { previous } = context; // "Zij heeft een burn-out gehad, vertelde Sanne": a speaker (spokenOf).
  let quoted = false;
  // "\"Ik slik nu sertraline en ...\" – mooie woorden van Elif": the speaker a few words past the quote.
  let end = last + FORWARD_WINDOW;
  for (let j = last + 1; j < sentence.to && j <= end; j++) {
    const ref = byFirst.get(j);
    if (ref !== undefined) return pronoun && isSpoken(tokens, j) ? spokenOf(tokens, ref, previous) : ref;
    const key = tokens[j]!.key;
    // "De wachtlijst voor de ggz is lang, zegt Sanne": the one who says it; but a quote is the
    // speaker's own ("\"Ik ben van de drank af\" zei Harm"). After "Ze drinkt weer", a role or
    // speech verb further on is someone else ("en haar werkgever ...", "en zegt dat ...").
    if (QUOTES.has(key)) {
      quoted = true;
      end = Math.min(Math.max(end, j + FORWARD_WINDOW), last + 2 * FORWARD_WINDOW);
    }
    if (pronoun) continue;
    // "onder behandeling bij de psycholoog": a professional visited is no owner after the term either.
    // "Psychose en werk, algemene kennis (Fatima)": a topic word before the person named after the term.
    const role =
      (ROLE_WORDS.has(key) && !isVisited(tokens, j)) || (TOPIC_WORDS.has(key) && !isTimeAhead(tokens, j));
    if (SPEECH_VERBS.has(key) && isSelfReported(tokens, j)) return context.previous ?? null;
    if (GROUP_WORDS.has(key) || role || (SPEECH_VERBS.has(key) && !quoted)) return null;
    // "Na twee jaar methadonprogramma heeft hij ...": the subject after the term.
    pronoun = CLAUSE_PRONOUNS.has(key) || isAffectedPronoun(tokens, j);
  }
  // "Zij heeft OCD ..., vandaar dat Lotte zo traag is": nobody before, the person named further on.
  if (pronoun && context.previous === undefined) return laterRef(tokens, sentence, byFirst, last);
  const headed = context.heading && first - sentence.from <= HEADED_WINDOW;
  if (pronoun || context.continues || headed) return context.previous ?? null;
  return frontedSubject(tokens, sentence, last, byFirst) ?? null; // "Na de opname ... is Diederik ..."
}

// "Erik; opgenomen sinds 3 mei", "dhr. Peters; diagnose: bipolair": the care term opens the clause.
const HEADED_WINDOW = 3;

/** A role noun right after a person ("Sanne Visser, trajectbegeleider bij ...") describes that person. */
function apposition(context: Context, role: number, backPronoun: boolean): PersonRef | null {
  const { tokens, sentence, byLast, isOrganisation } = context;
  const reported = reportedRelative(tokens, role, sentence.from, byLast);
  if (reported !== undefined) return reported;
  // "Pieters moeder belde: hij ...", "Mevrouw De Groot d'r huisarts heeft haar ...": theirs speak of them.
  if (backPronoun && OF_THE_PERSON.has(tokens[role]!.key)) {
    const owner = ownerOf(tokens, byLast, role);
    if (owner !== undefined) return owner;
    // "Lamyae? Volgens haar zus heeft ze ...": nobody named before in the sentence, the person before it.
    if (POSSESSIVES.has(tokens[role - 1]?.key ?? '') && !namesBefore(sentence, byLast, role))
      return context.previous ?? null;
  }
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

// Every word the walk back in `owner` asks about; any other word (most) changes nothing there.
const isBackWalkWord = keyTest((key) => WALK_WORDS.has(key) || subjectGender(key) !== 0);
const WALK_WORDS = wordSetOf(
  [TOPIC_WORDS, GROUP_WORDS, FIRST_PERSON, ROLE_WORDS, FIRST_PERSON_POSSESSIVES, PRONOUNS, CHAIN_POSSESSIVES]
    .concat([CLAUSE_SUBJECTS, BACK_PRONOUNS, new Set([':', ')', '(', ',', 'wie'])])
    .flatMap((list) => [...list]),
);

/** "Ik (Naima) ...", "Ikzelf (Naima)": a name in brackets right after the writer's "ik". */
function isWriterNamed(tokens: readonly Token[], ref: PersonRef): boolean {
  const open = tokenAt(tokens, ref.first - 1);
  return open?.text === '(' && FIRST_PERSON.has(tokenAt(tokens, ref.first - 2)?.key ?? '');
}
