import { isOwnAppointmentAbout } from './care-term-own-appointment.ts';
import { isStatusFragment } from './care-term-status-fragment.ts';
import type { CareLexicon } from './care-terms.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * More shapes of a note that goes on about the person named in the sentence before without naming
 * anyone (care-term-continued.ts decides when the sentences may be joined): a participle whose subject
 * is left out ("Wel net gestart met sertraline, dus ...", "Gestopt met zijn medicatie."), a case-note
 * field without its colon ("diagnose borderline, start in januari met DGT"), and a care term heading a
 * sentence that names a second one ("Slaapproblemen door de nieuwe antipsychotica.").
 */

// "Wel net gestart ...", "Vorige week begonnen ...": adverbs of time before the participle.
const PARTICIPLE_ADVERBS = wordSet(`wel net pas nu inmiddels sinds kort gisteren vandaag vanochtend ook
  eindelijk weer opnieuw al vorige week maandag dinsdag woensdag donderdag vrijdag helaas toch nog steeds
  vermoedelijk waarschijnlijk blijkbaar kennelijk mogelijk`);
// "gestart", "afgebouwd", "doorverwezen", "overgestapt": a past participle; "(net) terug uit".
const PARTICIPLE =
  /^(op|in|uit|af|om|over|door|aan|terug|mee)?ge\p{L}{2,}(d|t|en)$|^(door)?verwezen$|^begonnen$|^terug$/u;
// The preposition after it: "gestart met", "overgestapt op", "doorverwezen naar".
const PARTICIPLE_LINKS = wordSet('met op naar aan van voor uit');
const PARTICIPLE_WINDOW = 5;
// "diagnose borderline", "medicatie: lithium", "klachten angst": a field of a case note.
const FIELDS = wordSet('diagnose diagnoses medicatie behandeling problematiek klachten');
// "Slaapproblemen door de nieuwe antipsychotica.": a short sentence of two care terms.
const TWO_TERMS_LIMIT = 10;

/** How many tokens from j form a care term (0 when none). */
type TermAt = (j: number) => number;

/** The sentence is one of the note shapes above. */
export function isMoreNote(
  tokens: readonly Token[],
  sentence: Sentence,
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
): boolean {
  const termAt: TermAt = (j) => care.matchAt(tokens, j, isOrganisation);
  return (
    isParticipleNote(tokens, sentence, termAt) ||
    isFieldNote(tokens, sentence, termAt) ||
    isCommaHeadedNote(tokens, sentence, termAt) ||
    isTwoTermNote(sentence, termAt) ||
    isStatusFragment(tokens, sentence, termAt)
  );
}

function isParticipleNote(tokens: readonly Token[], sentence: Sentence, termAt: TermAt): boolean {
  let k = sentence.from;
  while (k < sentence.to && PARTICIPLE_ADVERBS.has(tokens[k]!.key)) k++;
  if (k >= sentence.to) return false;
  // "Wel nog onder behandeling bij de psycholoog.": adverbs, then the care term itself; "Afgekickt en
  // nu clean.": a participle that is the term.
  const participle = PARTICIPLE.test(tokens[k]!.key);
  if ((k > sentence.from || participle) && termAt(k) > 0) return true;
  if (!participle) return false;
  if (!PARTICIPLE_LINKS.has(tokens[k + 1]?.key ?? '')) return false;
  for (let j = k + 2; j < sentence.to && j <= k + 1 + PARTICIPLE_WINDOW; j++) {
    if (tokens[j]!.text === ',') return false;
    if (termAt(j) > 0) return true;
  }
  return false;
}

function isFieldNote(tokens: readonly Token[], sentence: Sentence, termAt: TermAt): boolean {
  const from = sentence.from;
  if (REASONS.has(tokens[from]!.key)) return isReasonNote(tokens, sentence, termAt);
  if (!FIELDS.has(tokens[from]!.key)) return false;
  const term = tokens[from + 1]?.text === ':' ? from + 2 : from + 1;
  return term < sentence.to && termAt(term) > 0;
}

// det-52: "Gesprek met Daan gestopt. Reden: opname in de kliniek.": why the step before stopped, a care term.
const REASONS = wordSet('reden oorzaak aanleiding');
// "Reden uitval:", "Reden van uitval:", "Reden is een psychose": what the reason is of, or "is".
const REASON_LINKS = wordSet('is was');

const REASON_REACH = 4;

/**
 * "Reden: opname ...", "Reden van uitval: depressie", "Reden uitval: psychose", "Reden is een psychose",
 * "Aanleiding: ...": a colon or "is", then the care term a few words on.
 */
function isReasonNote(tokens: readonly Token[], sentence: Sentence, termAt: TermAt): boolean {
  const from = sentence.from;
  if (REASON_LINKS.has(tokens[from + 1]?.key ?? '')) return isReasonTerm(tokens, sentence, termAt, from + 1);
  const of = tokens[from + 1]?.key === 'van' ? from + 3 : from + 2;
  const colon = tokens[from + 1]?.text === ':' ? from + 1 : of;
  if (tokens[colon]?.text !== ':' || tokens[colon - 1]!.type !== 'word') return false;
  return isReasonTerm(tokens, sentence, termAt, colon);
}

/** A care term within REASON_REACH tokens after `at`, no mark between. */
function isReasonTerm(tokens: readonly Token[], sentence: Sentence, termAt: TermAt, at: number): boolean {
  for (let term = at + 1; term < sentence.to && term <= at + REASON_REACH; term++) {
    if (tokens[term]!.type === 'punct') return false;
    if (termAt(term) > 0) return true;
  }
  return false;
}

function isTwoTermNote(sentence: Sentence, termAt: TermAt): boolean {
  if (sentence.to - sentence.from > TWO_TERMS_LIMIT) return false;
  const first = termAt(sentence.from);
  if (first === 0) return false;
  for (let j = sentence.from + first; j < sentence.to; j++) if (termAt(j) > 0) return true;
  return false;
}

// "komt over twee weken terug": "over" before a time is no topic word.
const COUNT_WORDS = wordSet('een twee drie vier vijf zes paar enkele half halve');
const TIME_UNITS = wordSet('dag dagen week weken maand maanden jaar uur uurtje kwartier');

/** "over" at tokens[k] opens a time ahead ("over twee weken", "over 3 dagen"), not a topic. */
export function isTimeAhead(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.key !== 'over') return false;
  const count = tokens[k + 1];
  if (count === undefined || (count.type !== 'number' && !COUNT_WORDS.has(count.key))) return false;
  return TIME_UNITS.has(tokens[k + 2]?.key ?? '') || TIME_UNITS.has(tokens[k + 3]?.key ?? '');
}

// "Zwangerschapsverlof, uitgerekend op 3 juni.", "Ziekenhuis, blindedarmontsteking.": a one-word heading.
const HEADING_WINDOW = 3;

function isCommaHeadedNote(tokens: readonly Token[], sentence: Sentence, termAt: TermAt): boolean {
  const from = sentence.from;
  if (tokens[from]!.type !== 'word' || tokens[from + 1]?.text !== ',') return false;
  for (let j = from + 2; j < sentence.to && j <= from + 1 + HEADING_WINDOW; j++)
    if (termAt(j) > 0) return true;
  return false;
}

// "had het (gisteren) over suïcide", "begon over zelfmoord": someone speaking of their own wish to die.
const CLAUSE_JOINS = wordSet('en maar want omdat dus');
const TALK_VERBS = wordSet('had heeft hadden begon begint praatte praat sprak');
const SUICIDE_THOUGHTS = wordSet('gedachten gedachtes fantasieen');
const COMPLAINS = wordSet('klaagt klaagde klagen');
const SUICIDE = /^(suicid|zelfmoord|zelfdoding|doodgaan)/;

// "zijn verhaal over PTSS", "haar ervaringen met psychose": one's own story, no topic in general.
const STORIES = wordSet('verhaal ervaring ervaringen ervaringsverhaal levensverhaal');
const STORY_PREPOSITIONS = wordSet('over met');
const STORY_OWNERS = wordSet("zijn haar z'n zn d'r eigen");
const OWN_STUDIES = wordSet('opleiding studie cursus');
const STUDY_SUBJECTS = wordSet('over in tot rond voor');

/** "over" at tokens[j] tells of the person's own care term at tokens[first]: suicide talk or a story. */
export function isOwnTalk(tokens: readonly Token[], j: number, first: number): boolean {
  const key = tokens[j]!.key;
  if (isOwnAppointmentAbout(tokens, j, first)) return true;
  if (STORIES.has(key)) return STORY_OWNERS.has(tokens[j - 1]?.key ?? '');
  // Held-out 19: "heeft haar opleiding afgebroken ivm een psychose": one's own study, no course on a topic
  // (not "haar cursus over psychose").
  if (OWN_STUDIES.has(key))
    return STORY_OWNERS.has(tokens[j - 1]?.key ?? '') && !STUDY_SUBJECTS.has(tokens[j + 1]?.key ?? '');
  if (STORY_PREPOSITIONS.has(key) && STORIES.has(tokens[j - 1]?.key ?? ''))
    return STORY_OWNERS.has(tokens[j - 2]?.key ?? '');
  // det-52: "schreef in haar dagboek over de angstklachten", "in zijn gesprek met de jobcoach over ...":
  // one's own diary, talk or message (not "haar column over", "zijn presentatie over": published).
  // det-plain38: "klaagt over hoofdpijn, duizeligheid": one's own complaint, the care word right after "over".
  if (key === 'over' && first === j + 1 && COMPLAINS.has(tokens[j - 1]?.key ?? '')) return true;
  const ownTalk = key === 'over' && (isOwnPrivateTalk(tokens, j) || isAfterOwnItems(tokens, j));
  if (ownTalk && !isOfSomeoneElse(tokens, first)) return true;
  return isSuicideTalk(tokens, j, first);
}

const PRIVATE_TALK = wordSet(`dagboek dagboekje gesprek gesprekken gesprekje brief mail appje berichtje
  berichten dagboekaantekeningen`);
const TALK_PARTNER_FILLERS = wordSet("de het een haar zijn z'n d'r");
const TALKED_OF = wordSet("de het die dat haar zijn z'n zn d'r");

/** "over" at tokens[j] after a possessive and a word for a private talk or writing, perhaps "met" someone between. */
function isOwnPrivateTalk(tokens: readonly Token[], j: number): boolean {
  let n = j - 1;
  const at = tokens[n - 1]?.key === 'met' ? n - 1 : n - 2;
  if (tokens[at]?.key === 'met' && (at === n - 1 || TALK_PARTNER_FILLERS.has(tokens[n - 1]!.key))) n = at - 1;
  // "over de paniekaanvallen", "over haar angst": the person's own; not "over autisme in het algemeen".
  if (!TALKED_OF.has(tokens[j + 1]?.key ?? '')) return false;
  return PRIVATE_TALK.has(tokens[n]?.key ?? '') && STORY_OWNERS.has(tokens[n - 1]?.key ?? '');
}

const OTHERS_REACH = 4;

/** "over de depressie van zijn vader": the term is someone else's, "van" and a possessive right after it. */
function isOfSomeoneElse(tokens: readonly Token[], first: number): boolean {
  for (let j = first + 1; j < tokens.length && j <= first + OTHERS_REACH; j++) {
    if (tokens[j]!.key === 'van') return STORY_OWNERS.has(tokens[j + 1]?.key ?? '');
    if (tokens[j]!.type === 'punct') return false;
  }
  return false;
}

// det-52: "lang gepraat, over zijn werk, zijn schulden, zijn vriendin en over de opname": an "over" that
// goes on a list of the person's own things (an earlier "over" with a possessive) is the same talk.
const LIST_REACH = 12;

/** An earlier "over" right before a possessive within LIST_REACH tokens, no mark but commas between. */
function isAfterOwnItems(tokens: readonly Token[], j: number): boolean {
  for (let v = j - 1; v >= 0 && v >= j - LIST_REACH; v--) {
    const token = tokens[v]!;
    if (token.key === 'over' && STORY_OWNERS.has(tokens[v + 1]?.key ?? '')) return true;
    if (token.type === 'punct' && token.text !== ',') return false;
  }
  return false;
}

/** "over" at tokens[j] joins a verb of talking and a word for suicide at tokens[first]. */
function isSuicideTalk(tokens: readonly Token[], j: number, first: number): boolean {
  if (tokens[j]!.key !== 'over' || first !== j + 1) return false;
  const end = suicideEnd(tokens, first);
  if (end < 0) return false;
  // "heeft gedachten over zelfdoding gehad": one's own thoughts, whatever follows (batch 43-names).
  if (SUICIDE_THOUGHTS.has(tokens[j - 1]?.key ?? '')) return true;
  // Not "over suïcide bij jongeren": the word ends the clause.
  const after = tokens[end];
  if (after !== undefined && after.type !== 'punct' && !CLAUSE_JOINS.has(after.key)) return false;
  for (let v = j - 1; v >= 0 && v >= j - 3; v--) if (TALK_VERBS.has(tokens[v]!.key)) return true;
  return false;
}

// det-73: "heeft het over niet meer willen leven": the wish to die said in words, as "over zelfmoord";
// det-plain38: "had het over er niet meer willen zijn", "praat over dood gaan", "over dood willen".
const WISHES_TO_DIE = [
  ['niet', 'meer', 'willen', 'leven'],
  ['er', 'niet', 'meer', 'willen', 'zijn'],
  ['dood', 'gaan'],
  ['dood', 'willen'],
];

/** Where the word or words for suicide starting at `first` end (exclusive), or -1 when none starts there. */
function suicideEnd(tokens: readonly Token[], first: number): number {
  if (SUICIDE.test(tokens[first]?.key ?? '')) return first + 1;
  for (const wish of WISHES_TO_DIE)
    if (wish.every((word, i) => tokens[first + i]?.key === word)) return first + wish.length;
  return -1;
}
