import { isStayNoted } from './care-setting-stay.ts';
import { isThirdPersonNote } from './care-term-decided.ts';
import { isSubjectLeftOut } from './care-term-left-out-subject.ts';
import { THIRD_PERSON_WORDS } from './function-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { MY_TYPED } from './possessives.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

// Batch 46: the subject after an opening phrase holding the term, read by care-term-owner.ts.
export { frontedSubject } from './care-term-coordinated.ts';

/**
 * Two readings of the words around a care term that care-term-owner.ts asks for: a sentence that opens
 * by referring back to the person just named, and a name with a colon that is a case note rather
 * than a speaker.
 */
const OPENING_POSSESSIVES = wordSet('haar zijn diens his her');
const OPENING_DEMONSTRATIVES = wordSet('die deze');
const SHORT_VERBS = wordSet('is was had zat lag');
// "Zijn er ...", "Haar de ...": a verb or an article after it, no possessive.
const NOT_AFTER_POSSESSIVE = wordSet('er we wij jullie ze zij hij het de een die dat u nog ook al');

/**
 * "Haar angststoornis maakt ...", "Zijn suïcidale gedachten ...", "Die kampt nog met ...": a sentence
 * that opens with a possessive, or with "die"/"deze" before a verb, refers to the person just named.
 */
export function opensWithBackReference(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]!.key;
  const next = tokens[j + 1];
  if (next === undefined || next.type !== 'word' || next.capitalised) return false;
  if (OPENING_POSSESSIVES.has(key)) return !NOT_AFTER_POSSESSIVE.has(next.key);
  // Batch 46: "Die is in oktober opgenomen", "Die had een terugval": the short verbs too.
  if (!OPENING_DEMONSTRATIVES.has(key)) return false;
  return (next.key.length >= 3 && next.key.endsWith('t')) || SHORT_VERBS.has(next.key);
}

// After a speaker's "Sanne: depressie", a verb makes it a statement: "... is de meest gestelde diagnose".
const STATEMENT_VERBS = wordSet(`is zijn was waren wordt worden komt komen kwam blijft blijven blijkt lijkt
  kan kunnen heeft hebben speelt spelen gaat gaan geldt gelden vraagt vraagt vragen staat staan zie zien`);

const SPEAKERS_OWN = MY_TYPED;

const COURSE_WORDS = wordSet(`voorbij terug weg stabiel verergerd vastgesteld bevestigd
  gediagnosticeerd behandeld`);
const COURSE_FILLERS = wordSet('weer nu al inmiddels helemaal gelukkig');

/**
 * "Naam: diagnose, ...", "Joyce: depressie en slaapproblemen": a case note, not a speaker. The care
 * expression comes within three words of the colon and no verb follows it.
 */
export function isCaseNote(
  tokens: readonly Token[],
  colon: number,
  first: number,
  last: number,
  sentence: Sentence,
): boolean {
  // "Sanne: mijn depressie is voorbij": the speaker's own, as "Joost: ik heb ..." is.
  if (SPEAKERS_OWN.has(tokens[first - 1]?.key ?? '')) return false;
  if (isSectionLabel(tokens, colon, sentence)) return false;
  if (isTaskItem(tokens, colon, first)) return false;
  if (isThirdPersonNote(tokens, colon, first) || isSubjectLeftOut(tokens, colon, first)) return true;
  if (isStayNoted(tokens, colon, first)) return true;
  if (first > colon + 3)
    return isListedItem(tokens, colon, first, last, sentence) || isPlaceOpening(tokens, colon, first);
  const next = tokens[last + 1];
  if (last + 1 >= sentence.to || next === undefined || !STATEMENT_VERBS.has(next.key)) return true;
  return isCourse(tokens, last, sentence.to);
}

// "Dorien: net uit de kliniek, ...", "Bram: sinds kort weer in de kliniek" (batch 44-names): a stay or a
// discharge opening the note, only such words between the colon and the care place.
const PLACE_OPENERS = wordSet('net pas weer nog sinds kort terug uit in op de het een');
const PLACE_OPENING_LIMIT = 6;

function isPlaceOpening(tokens: readonly Token[], colon: number, first: number): boolean {
  if (first - colon > PLACE_OPENING_LIMIT) return false;
  for (let j = colon + 1; j < first; j++) if (!PLACE_OPENERS.has(tokens[j]!.key)) return false;
  return true;
}

// A meeting's sections headed by whose they are: "Actiepunten Joost:", "Inbreng Sanne:" ("Situatie
// Hilde:", "Casus Sanne:" are notes about the person).
const SECTION_NOUNS = wordSet(`actiepunt actiepunten actielijst notulen inbreng agenda agendapunten agendapunt
  mededelingen mededeling punten bijdrage presentatie vragen opmerkingen rondvraag taken input ideeen
  voorstel voorstellen suggesties onderwerpen todo to-do`);

/**
 * "Actiepunten Joost: verslag, planning, verslaving", "Inbreng Sanne: ...": a section's noun before a first
 * name makes the label a section of a meeting (the person's points), not a note about that person, unless
 * a clause with a care verb follows ("Agenda Petra: opgenomen in Parnassia").
 */
function isSectionLabel(tokens: readonly Token[], colon: number, sentence: Sentence): boolean {
  if (colon - 2 !== sentence.from) return false;
  const noun = tokens[colon - 2]!;
  const name = tokens[colon - 1]!;
  if (!name.capitalised || !isKnownFirstName(name.key)) return false;
  return SECTION_NOUNS.has(noun.key) && !isCareClauseAfter(tokens, colon);
}

// "Rondvraag Erik: is opgenomen in Parnassia": a clause about the person, a care verb opening it (review 2).
const CLAUSE_AUXILIARIES = wordSet('is was wordt werd');
const CLAUSE_CARE_VERBS = wordSet(`opgenomen gediagnosticeerd behandeld ontslagen doorverwezen verwezen
  geopereerd gereanimeerd gesepareerd`);

function isCareClauseAfter(tokens: readonly Token[], colon: number): boolean {
  const j = CLAUSE_AUXILIARIES.has(tokens[colon + 1]?.key ?? '') ? colon + 2 : colon + 1;
  return CLAUSE_CARE_VERBS.has(tokens[j]?.key ?? '');
}

/**
 * "psychose is voorbij", "depressie is weer terug": a verb and the course of someone's illness right
 * after the care term ending at `last` (before `to`).
 */
export function isCourse(tokens: readonly Token[], last: number, to: number): boolean {
  if (!STATEMENT_VERBS.has(tokens[last + 1]?.key ?? '')) return false;
  let j = last + 2;
  if (j < to && COURSE_FILLERS.has(tokens[j]!.key)) j++;
  return j < to && COURSE_WORDS.has(tokens[j]!.key);
}

// "Wesley Renfrum: Surinaamse achtergrond, schizofrenie, woont bij oma": items of a note before the term.
const ITEM_WORDS = 3;
const ITEMS_BEFORE = 3;
const ITEM_ENDS = new Set([',', ';', '.']);

/**
 * The care term at [first, last] is an item of a note's list after the colon: short items before it
 * (at most three words each, no verb of a statement), a comma right before it and a comma, semicolon
 * or the end of the sentence right after it ("Sanne: goed punt, depressie is ..." stays a speaker's).
 */
function isListedItem(
  tokens: readonly Token[],
  colon: number,
  first: number,
  last: number,
  sentence: Sentence,
): boolean {
  if (tokens[first - 1]?.text !== ',' || first - colon > ITEMS_BEFORE * (ITEM_WORDS + 1) + 1) return false;
  if (last + 1 < sentence.to && !ITEM_ENDS.has(tokens[last + 1]!.text)) return false;
  let words = 0;
  for (let j = colon + 1; j < first - 1; j++) {
    const token = tokens[j]!;
    if (token.text === ',') words = 0;
    // "34 jaar, twee kinderen, depressie": an age is an item too.
    else if (token.type === 'punct' || STATEMENT_VERBS.has(token.key) || ++words > ITEM_WORDS) return false;
  }
  return words > 0;
}

// det-73: an action list's item, "1. Femke: overleg Iriszorg methadonpost", "Bas: folder ADHD/autisme updaten": a
// task opens the item, so the care word is its subject matter, not the named member's; a pronoun between
// ("Femke: bellen met de crisisdienst, ze is opgenomen") still tells of someone.
const TASKS = wordSet(`overleg overleggen bellen nabellen mailen navragen uitnodigen regelen plannen afstemmen
  checken agenderen updaten sturen informeren opvragen terugkoppelen contact uitzoeken maken`);
const TOLD_OF = THIRD_PERSON_WORDS;

function isTaskItem(tokens: readonly Token[], colon: number, first: number): boolean {
  if (first <= colon + 1 || !TASKS.has(tokens[colon + 1]?.key ?? '')) return false;
  for (let j = colon + 2; j < first; j++) if (TOLD_OF.has(tokens[j]!.key)) return false;
  return true;
}
