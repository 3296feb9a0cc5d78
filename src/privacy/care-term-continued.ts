import { isHelpAskedFor } from './care-term-help-asked.ts';
import { isMoreNote } from './care-term-notes.ts';
import { hasTopicWord } from './care-term-owner.ts';
import { isCourse } from './care-term-readings.ts';
import { QUOTES } from './care-term-walks.ts';
import type { CareLexicon } from './care-terms.ts';
import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import { isSender } from './signature.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * A note that goes on about the person named in the sentence just before, without naming anyone:
 * "Jan de Vries gebeld. Heeft weer last van zijn depressie.", "Gesprek met Fatma. Ligt sinds maandag
 * in de kliniek.", "Sanne gesproken. Depressie is weer terug." The next sentence opens with a verb
 * whose subject is left out, or with a care term and the course of an illness. Bounded on purpose: one
 * sentence boundary only, never after a question or a line without a full stop, never with a topic,
 * agenda or event word in either sentence ("Workshop met Sanne Visser. Autisme en ADHD.", "Met Jeroen
 * gesproken. Depressie en angst zijn thema voor de werkgroep."), never to the writer ("Ik ben Sanne.").
 */

// Third-person verbs that open a note whose subject is left out ("Heeft ...", "Ligt ...", "Slikt ...").
// "Gaat volgende week beginnen met EMDR.", "Moet elke week naar de psychiater." (batch 38-names).
const SUBJECTLESS_VERBS = wordSet(`heeft had is was zit zat ligt lag slikt slikte gebruikt gebruikte krijgt
  kreeg kampt kampte lijdt leed drinkt dronk blowt snuift gokt wacht bekend gaat ging moet moest begint
  begon start startte volgt volgde voelt voelde slaapt sliep loopt liep staat stond`);
// "Heeft iemand ervaring ...", "Is er ...": the subject comes after the verb, the sentence is no note.
const SUBJECTS_AFTER = wordSet(`er iemand iedereen niemand men je jij u we wij jullie ik het dit dat die deze
  hij zij ze`);
// "De depressie is weer terug", "Zijn psychose is voorbij": what may stand before the care term.
const TERM_OPENERS = wordSet("de z'n zijn haar d'r");
// Meeting words that make either sentence about a meeting, not a person (besides the topic words); a
// quote in either sentence is someone speaking, not a note.
const MEETING_WORDS = wordSet(`agenda agendapunt agendapunten rondvraag werkgroep bijeenkomst themadag
  themamiddag intervisie vergadering notulen sessie pauze lunch spreker sprekers panel`);
// "Ik ben Sanne", "mijn naam is Sanne", "Sanne hier": the writer introducing themselves.
const WRITER_BEFORE = wordSet('ben heet');
const NAME_WORDS = wordSet('naam');
const FIRST_PERSON = wordSet('ik');

/** The sentence goes on about `previous`, named in `before`, the sentence just before it. */
export function goesOnAbout(
  tokens: readonly Token[],
  sentence: Sentence,
  before: Sentence,
  previous: PersonRef,
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
): boolean {
  const ender = tokens[before.to - 1]!.text;
  // "Mw Tjon A Fong heeft haar intake gehad; diagnose borderline": a semicolon joins them too.
  const asked = isHelpAskedFor(tokens, before, previous);
  if ((ender !== '.' && ender !== '!' && ender !== ';' && !asked) || tokens[sentence.to - 1]!.text === '?')
    return false;
  if (
    !opensAsNote(tokens, sentence, care, isOrganisation) &&
    !isMoreNote(tokens, sentence, care, isOrganisation)
  )
    return false;
  if (isWriter(tokens, before, previous)) return false;
  // "Agendapunt casus Mo. Kampt met ...": a client's case on the agenda is no meeting's topic.
  const meeting = !isCase(tokens, previous) && hasMeetingWord(tokens, before.from, sentence.to);
  return !hasTopicWord(tokens, before.from, sentence.to) && !meeting;
}

function opensAsNote(
  tokens: readonly Token[],
  sentence: Sentence,
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
): boolean {
  const from = sentence.from;
  const first = tokens[from]!;
  if (SUBJECTLESS_VERBS.has(first.key)) {
    const next = tokens[from + 1];
    return (
      next !== undefined &&
      from + 1 < sentence.to &&
      // "Was 6 weken opgenomen": a number of weeks may come first.
      (next.type === 'number' || (next.type === 'word' && !SUBJECTS_AFTER.has(next.key)))
    );
  }
  let start = from;
  while (start < sentence.to && NOTE_ADVERBS.has(tokens[start]!.key)) start++;
  const adverbs = start > from;
  if (!adverbs && TERM_OPENERS.has(first.key)) start++;
  const length = start < sentence.to ? care.matchAt(tokens, start, isOrganisation) : 0;
  if (length === 0) return false;
  // "Opgenomen sinds maandag.", "Nog steeds erg depressief.": a state, not a topic's noun.
  if (isState(tokens[start]!.key)) return true;
  const last = start + length - 1;
  if (adverbs) return false;
  if (isMoodEased(tokens, start, sentence.to)) return true;
  // "Depressie, voorlopig 50% arbeidsongeschikt.", "Paniekaanval in de bus, ...": the term heads a note.
  return (
    isCourse(tokens, last, sentence.to) ||
    isFlaringUp(tokens, last, sentence.to) ||
    isHeadedNote(tokens, last, sentence.to)
  );
}

// det-nh (batch 63): "Met Gijs gebeld. Angst is iets minder.": a mood's course, eased or worse, ending the clause.
const MOODS = wordSet('angst paniek somberheid');
const MOOD_VERBS = wordSet('is wordt');
const EASED = wordSet('minder erger beter');
const EASED_FILLERS = wordSet('iets wat veel een stuk al weer nu');
const EASED_REACH = 4;

function isMoodEased(tokens: readonly Token[], start: number, to: number): boolean {
  if (!MOODS.has(tokens[start]!.key) || !MOOD_VERBS.has(tokens[start + 1]?.key ?? '')) return false;
  for (let j = start + 2; j < to && j <= start + 1 + EASED_REACH; j++) {
    const key = tokens[j]!.key;
    if (EASED.has(key)) return j + 1 >= to || tokens[j + 1]!.type === 'punct';
    if (!EASED_FILLERS.has(key)) return false;
  }
  return false;
}

// "Paniekaanval in de bus, ...": a few words of place or time between the term and its comma.
const HEAD_WINDOW = 4;

/** The sentence opens with the care term alone and a comma follows within a few words. */
function isHeadedNote(tokens: readonly Token[], last: number, to: number): boolean {
  for (let j = last + 1; j < to && j <= last + HEAD_WINDOW; j++) if (tokens[j]!.text === ',') return true;
  return false;
}

// "Nog steeds ...", "Sinds kort weer ...": adverbs before a state that opens a note.
const NOTE_ADVERBS = wordSet('weer nog steeds nu inmiddels sinds kort opnieuw al erg zeer flink helaas');
const STATE_ENDINGS = /(ief|isch|aal|ig)$|^(op|in|uit)?ge\p{L}+(d|t|en)$|^(ver|be)\p{L}+(d|t)$/u;

/** "opgenomen", "depressief", "psychotisch", "verslaafd": a participle or adjective, not a noun. */
function isState(key: string): boolean {
  return STATE_ENDINGS.test(key);
}

/*
 * "Depressie speelt weer op": the illness flares up again. det-orders37: the course told by any such verb, its
 * particle a few words on ("Angstklachten nemen toe", "Psychose steekt weer de kop op", "Opname dreigt",
 * "Klachten verergeren", "De somberheid houdt aan", "Depressie wordt erger").
 */
const COURSE_PARTICLES = new Map<string, ReadonlySet<string>>([
  ['speelt', wordSet('op')],
  ['spelen', wordSet('op')],
  ['neemt', wordSet('toe af')],
  ['nemen', wordSet('toe af')],
  ['steekt', wordSet('op')],
  ['steken', wordSet('op')],
  ['komt', wordSet('terug')],
  ['komen', wordSet('terug')],
  ['keert', wordSet('terug')],
  ['keren', wordSet('terug')],
  ['houdt', wordSet('aan')],
  ['houden', wordSet('aan')],
  ['wordt', wordSet('erger slechter minder heftiger')],
  ['worden', wordSet('erger slechter minder heftiger')],
]);
const COURSE_ALONE = wordSet(
  'dreigt dreigen verergert verergeren verslechtert verslechteren escaleert escaleren',
);
const COURSE_FILLERS = wordSet('weer steeds flink iets wat nu de kop sterk duidelijk ook');
const COURSE_REACH = 4;

function isFlaringUp(tokens: readonly Token[], last: number, to: number): boolean {
  const verb = tokens[last + 1]?.key ?? '';
  if (COURSE_ALONE.has(verb)) return true;
  const particles = COURSE_PARTICLES.get(verb);
  if (particles === undefined) return false;
  for (let j = last + 2; j < to && j <= last + 1 + COURSE_REACH; j++) {
    const key = tokens[j]!.key;
    if (particles.has(key)) return j + 1 >= to || tokens[j + 1]!.type === 'punct';
    if (!COURSE_FILLERS.has(key)) return false;
  }
  return false;
}

function hasMeetingWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (MEETING_WORDS.has(tokens[k]!.key) || QUOTES.has(tokens[k]!.key)) return true;
  return false;
}

/** "Ik ben Sanne.", "Mijn naam is Sanne.", "Sanne hier.", "Groet, Sanne.", "Ik (Sanne)": the writer. */
function isWriter(tokens: readonly Token[], before: Sentence, ref: PersonRef): boolean {
  const at = ref.first;
  if (isSender(tokens, at) || tokens[ref.last + 1]?.key === 'hier') return true;
  if (WRITER_BEFORE.has(tokens[at - 1]?.key ?? '') && FIRST_PERSON.has(tokens[at - 2]?.key ?? ''))
    return true;
  if (tokens[at - 1]?.text === '(' && FIRST_PERSON.has(tokens[at - 2]?.key ?? '')) return true;
  for (let k = Math.max(before.from, at - 3); k < at; k++) if (NAME_WORDS.has(tokens[k]!.key)) return true;
  return false;
}

const CASE_WORDS = wordSet('casus casuistiek client cliente klant deelnemer kandidaat');

/** "casus Mo", "cliënt Jansen": the person named as a case. */
function isCase(tokens: readonly Token[], ref: PersonRef): boolean {
  return CASE_WORDS.has(tokens[ref.first - 1]?.key ?? '') || CASE_WORDS.has(tokens[ref.first]!.key);
}
