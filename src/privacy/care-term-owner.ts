import { isProvider } from './care-provider-words.ts';
import { isAffectedPronoun } from './care-term-affected.ts';
import { apposition, OF_THE_PERSON } from './care-term-apposition.ts';
import { isCounted, isPassiveAgent, JOINED_SUBJECTS, SUBJECT_JOINS } from './care-term-clause-marks.ts';
import { isTreaterDeciding } from './care-term-decided.ts';
import { describedOrClient } from './care-term-described.ts';
import { despiteSpeaker, isWorkplaceOf } from './care-term-despite-workplace.ts';
import {
  isCountedWith,
  isForCountedGroup,
  isGroupReach,
  isMembersGroup,
  isPlaceInGroup,
} from './care-term-group-place.ts';
import { isHandedOver } from './care-term-handed-over.ts';
import { isLostPerson } from './care-term-lost.ts';
import { isMessageOwn } from './care-term-message-label.ts';
import { isTimeAhead } from './care-term-notes.ts';
import { frontedSubject, isCaseNote, opensWithBackReference } from './care-term-readings.ts';
import { isQuotedOwn, isSelfReported, isWritersAddressee, spokenOf } from './care-term-reported.ts';
import {
  isNextField,
  isOtherGender,
  isRoleHad,
  isRoleInPhrase,
  isVisited,
  JOBS,
  subjectGender,
} from './care-term-roles.ts';
import { isNoTopic } from './care-term-topic-void.ts';
import {
  asideStart,
  FIRST_PERSON,
  isPossessive,
  isServiceQueue,
  isSource,
  isSpoken,
  isToldRole,
  isWriterNamed,
  isWriterSubject,
  isWritersOwn,
  laterRef,
  personOf,
  QUOTES,
  SUBORDINATORS,
} from './care-term-walks.ts';
import { GROUP_WORDS, POSSESSIVES, TOPIC_WORDS } from './care-term-words.ts';
import { DIALECT_PRONOUN_WORDS, isDialectPronoun } from './dialect-pronouns.ts';
import { ARTICLES, HE_SHE } from './function-words.ts';
import type { PersonRef } from './person-names.ts';
import type { PersonRefIndex } from './person-ref-index.ts';
import { FIRST_PERSON_POSSESSIVES } from './possessives.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

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
// Groups, events, pilots, projects named after a care term ("de werkgroep verslaving"; not "programma").
const NAMED_AFTER_TERM = wordSet(
  'werkgroep werkgroepen themagroep themadag themamiddag netwerk kenniscentrum pilot project',
);

const ROLE_WORDS =
  wordSet(`projectleider projectleiders collega collega's klantmanager klantmanagers trajectbegeleider
  trajectbegeleiders jobcoach jobcoaches werkgever werkgevers leidinggevende wethouder behandelaar behandelaars
  psychiater psycholoog arbeidsdeskundige consulent manager voorzitter huisarts begeleider casemanager
  verpleegkundige ervaringsdeskundige medewerker client cliente kandidaat deelnemer patient patiente man vrouw
  jongen meisje broer zus moeder vader partner zoon dochter buurman buurvrouw persoon inwoner werknemer stagiair
  bewindvoerder klant werkzoekende jongere huisartsen psychiaters psychologen behandelaren arbeidsdeskundigen
  consulenten begeleiders casemanagers verpleegkundigen ervaringsdeskundigen praktijkondersteuners`);
// "klant werkzoekende jongere": batch 48 ("Bij Anouk is een klant met een psychose ..."); the plural professions:
// det-owner71, told of as "behandelaars" is ("Hester vertelt dat de huisartsen ... krijgen voor GGZ-klachten").
const RELATIVE_PREPOSITIONS = wordSet('bij van met voor aan naar op over');
// "Dhr. Pels gesproken. Meneer is opgenomen.": a bare title refers back like a pronoun.
const PRONOUNS = wordSet("hij zij ze hem he she him he's she's meneer mevrouw mevr mw dhr");
// A relative, treater or neighbour of the person named, then a pronoun ("Pieters moeder belde: hij is ...").
const BACK_PRONOUNS = wordSet("hij zij ze hem haar he she him her he's she's");
const SPEECH_VERBS = wordSet('zegt zei zeggen vertelt vertelde aldus volgens meldt meldde schrijft schreef');
const INDEFINITE = wordSet("een zo'n");
const CLAUSE_PRONOUNS = HE_SHE;
// "Heb Truus doorverwezen naar de huisarts want die heeft ...": "die" opening a clause is the person too.
const CLAUSE_SUBJECTS = wordSet('hij zij ze die ie'); // det-nh: "zegt dat ie weer psychotisch is"
// "Na haar behandeling voor de eetstoornis ...": a possessive carries the person named before.
const CHAIN_POSSESSIVES = wordSet("haar z'n zn d'r heur haor"); // "häör": Limburgish (det-52)
const CASE_LABELS = wordSet(
  'klant client cliente patient patiente familie fam kandidaat kandidate werkzoekende',
);

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
  /** The person the message opens by addressing ("Bas, sterkte met je operatie!": name-health-addressed.ts). */
  readonly addressed?: PersonRef;
}

/** "Workshop met Sanne Visser. Autisme en ADHD.": the sentence before is about a topic. */
export function hasTopicWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (TOPIC_WORDS.has(tokens[k]!.key) && !isTimeAhead(tokens, k)) return true;
  }
  return false;
}

/** Whose the care term at tokens [first, last] is: null when decided nobody's or someone else's (a topic, a
 * relative, a saying); undefined when the walk found no one (name-health-learned.ts may still ask). */
export function owner(context: Context, first: number, last: number): PersonRef | null | undefined {
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
  if (isHandedOver(tokens, sentence, first, last, byFirst)) return null; // det-owner71
  const of = personOf(tokens, sentence, byFirst, first, last);
  if (of !== undefined) return of;
  const personal = isPossessive(tokens, first); // "Zijn ADHD-medicatie": right before it, carries the person.
  if (
    !personal &&
    (isCountedWith(tokens, first) || isForCountedGroup(tokens, last, sentence.to, isGroupWord))
  )
    return null;
  let pronoun = first > sentence.from && POSSESSIVES.has(tokens[first - 1]!.key);
  // Inside brackets walking back ("Jeroen Kuipers (onze deelnemer, niet de collega!) is opgenomen"),
  // and past "dat hij": role and group words there are an aside, not the owner.
  let aside = false;
  let clause = false;
  let backPronoun = false;
  let joinedSubject = false;
  // The nearest subject pronoun passed: "hij" cannot be a mother (care-term-roles.ts).
  let gender = 0;
  for (let j = first - 1; j >= sentence.from && j >= first - BACK_WINDOW; j--) {
    const ref = byLast.get(j);
    // "Ik (Naima) heb jaren een depressie gehad": the writer, named in brackets.
    if (ref !== undefined)
      return isWriterNamed(tokens, ref) || isWritersAddressee(tokens, ref, sentence.from) ? null : ref;
    if (j !== sentence.from && !isBackWalkWord(tokens[j]!)) continue;
    const key = tokens[j]!.key;
    // "Sanne: depressie is de meest gestelde diagnose" - a speaker at the start, not a patient; but
    // "Anouk Smit: borderline, ..." is a case note (the care term alone right after the colon).
    // "Klant Bakker: net ontslagen uit de kliniek": a client noun before the name is no speaker (but
    // "Deelnemer Jansen:" may be one of the werkgroep).
    if (key === ':' && byLast.get(j - 1)?.first === sentence.from)
      return isCaseNote(tokens, j, first, last, sentence) ||
        CASE_LABELS.has(tokens[sentence.from]!.key) ||
        isQuotedOwn(tokens, j, first) ||
        isMessageOwn(tokens, byLast.get(j - 1)!, j, first)
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
    // det-73: "Sanne heeft drie nieuwe aanmeldingen, waarvan twee met een psychose": those counted, not Sanne.
    if (key === 'waarvan' && isCounted(tokens[j + 1])) return null;
    // "Robin had het gisteren over suïcide", "zijn verhaal over PTSS": talk of one's own is no topic.
    // "Nicky aangemeld voor een diagnostisch onderzoek naar ADHD": her assessment, no research.
    // "agendapunt: crisisdienst is ... bij Rania thuis": an agenda item as a label, then a case (batch 51).
    const label = AGENDA_ITEMS.has(key) && tokens[j + 1]?.text === ':';
    const topic = TOPIC_WORDS.has(key) && !label && !isNoTopic(tokens, j, first);
    const group =
      GROUP_WORDS.has(key) &&
      !isPlaceInGroup(tokens, j) && // not "in mn IPS groep"
      !isMembersGroup(tokens, j, (i) => byLast.get(i) !== undefined);
    if (!personal && isGroupReach(tokens, j, first, CONTEXT_WINDOW) && (group || topic)) return null;
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
      // det-73: "haar werkmail wordt gelezen door de leidinggevende en ze wil haar bipolaire stoornis geheim
      // houden": the role the agent of a passive, then a subject pronoun opening the term's own clause after
      // "en"/"maar"/"want" (not "sprak de leidinggevende en hij vertelde over zijn burn-out": his).
      if (personal && joinedSubject && isPassiveAgent(tokens, j)) continue;
      // "Ilse wil niet dat (de) werkgever weet van haar schizofrenie": the role told, the possessive hers.
      if (personal && isToldRole(tokens, j)) continue;
      // "Wouter heeft een casemanager bij Mondriaan": a role the person has is theirs, not the owner.
      if (isRoleHad(tokens, j) || isSource(tokens, j) || isWorkplaceOf(tokens, j)) continue;
      // "is bij de psychiater geweest voor depressie", "via de huisarts doorverwezen", "zijn vader is
      // overleden, ... hem": one visited, passed through or who died is not the one with the care detail.
      if (isVisited(tokens, j) || isTreaterDeciding(tokens, j) || isLostPerson(tokens, j, pronoun)) continue;
      // "zijn vrouw zegt hij is depressief"; "hij is na de dood van zijn vader weer gaan drinken".
      if (isOtherGender(tokens, j, gender) || isRoleInPhrase(tokens, j, sentence.from, byLast)) continue;
      if (!clause) return apposition(context, j, backPronoun) ?? describedOrClient(context, j, first, last);
    }
    const opening = j === sentence.from && opensWithBackReference(tokens, j);
    // "Zijn suïcidale gedachten zijn volgens de behandelaar ...": the possessive owns the term.
    if (opening && personal) return context.previous;
    pronoun ||= PRONOUNS.has(key) || opening || CHAIN_POSSESSIVES.has(key) || isDialectPronoun(tokens, j);
    clause ||= CLAUSE_SUBJECTS.has(key) && SUBORDINATORS.has(tokens[j - 1]?.key ?? '');
    backPronoun ||= BACK_PRONOUNS.has(key);
    joinedSubject ||= JOINED_SUBJECTS.has(key) && SUBJECT_JOINS.has(tokens[j - 1]?.key ?? '');
    gender ||= subjectGender(key);
  }
  if (first - BACK_WINDOW > sentence.from) return undefined;
  const { previous } = context; // "Zij heeft een burn-out gehad, vertelde Sanne": a speaker (spokenOf).
  let quoted = false;
  // "\"Ik slik nu sertraline en ...\" – mooie woorden van Elif": the speaker a few words past the quote.
  // A message quoted whole before its speaker ("\"Ik drink elke avond ..., maar ...?\" – dat zei Marjolein").
  const opensQuoted = QUOTES.has(tokens[sentence.from]!.key);
  const reach = opensQuoted ? BACK_WINDOW : 2 * FORWARD_WINDOW;
  let end = last + (opensQuoted ? 2 : 1) * FORWARD_WINDOW;
  for (let j = last + 1; j < sentence.to && j <= end; j++) {
    const ref = byFirst.get(j);
    if (ref !== undefined) return pronoun && isSpoken(tokens, j) ? spokenOf(tokens, ref, previous) : ref;
    const key = tokens[j]!.key;
    // "De wachtlijst voor de ggz is lang, zegt Sanne": the one who says it; but a quote is the
    // speaker's own ("\"Ik ben van de drank af\" zei Harm"). After "Ze drinkt weer", a role or
    // speech verb further on is someone else ("en haar werkgever ...", "en zegt dat ...").
    if (QUOTES.has(key)) {
      quoted = true;
      end = Math.min(Math.max(end, j + FORWARD_WINDOW), last + reach);
    }
    // Inside the quote that opens the sentence, its words are the speaker's own ("maar niemand merkt het").
    if (pronoun || (opensQuoted && !quoted)) continue;
    // "onder behandeling bij de psycholoog": a professional visited is no owner after the term either.
    // "Psychose en werk, algemene kennis (Fatima)": a topic word before the person named after the term.
    const role =
      (ROLE_WORDS.has(key) && !isVisited(tokens, j)) || (TOPIC_WORDS.has(key) && !isTimeAhead(tokens, j));
    if (SPEECH_VERBS.has(key) && isSelfReported(tokens, j)) return context.previous;
    const speaker = SPEECH_VERBS.has(key) ? despiteSpeaker(context, j, first) : undefined;
    if (speaker || GROUP_WORDS.has(key) || role || (SPEECH_VERBS.has(key) && !quoted)) return speaker ?? null;
    // "Na twee jaar methadonprogramma heeft hij ...": the subject after the term.
    pronoun = CLAUSE_PRONOUNS.has(key) || isAffectedPronoun(tokens, j);
  }
  // "Zij heeft OCD ..., vandaar dat Lotte zo traag is": nobody before, the person named further on.
  if (pronoun && context.previous === undefined) return laterRef(tokens, sentence, byFirst, last);
  const headed = context.heading && first - sentence.from <= HEADED_WINDOW;
  if (pronoun || context.continues || headed) return context.previous;
  return frontedSubject(tokens, sentence, last, byFirst); // "Na de opname ... is Diederik ..."
}

// "Erik; opgenomen sinds 3 mei", "dhr. Peters; diagnose: bipolair": the care term opens the clause.
const HEADED_WINDOW = 3;

// Every word the walk back in `owner` asks about; any other word (most) changes nothing there.
const AGENDA_ITEMS = wordSet('agendapunt agendapunten');
const isGroupWord = (key: string) => GROUP_WORDS.has(key);
const isBackWalkWord = keyTest((key) => WALK_WORDS.has(key) || subjectGender(key) !== 0);
const WALK_WORDS = wordSetOf(
  [TOPIC_WORDS, GROUP_WORDS, FIRST_PERSON, ROLE_WORDS, FIRST_PERSON_POSSESSIVES, PRONOUNS, CHAIN_POSSESSIVES]
    .concat([
      CLAUSE_SUBJECTS,
      BACK_PRONOUNS,
      new Set([':', ')', '(', ',', 'wie', 'waarvan', ...DIALECT_PRONOUN_WORDS]),
    ])
    .flatMap((list) => [...list]),
);
