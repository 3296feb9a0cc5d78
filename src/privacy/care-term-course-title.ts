import { CLIENT_ROLES } from './client-words.ts';
import { ARTICLES } from './function-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { endingsByLast, wordSet } from './word-sets.ts';

/*
 * det-fp40: a care term inside a course's or programme's title, unquoted, is a subject taught, nobody's health:
 *  - beside its trainer or organiser: "Trainer Lotte: Omgaan met psychose, dinsdag 10-12", "Rob organiseert een
 *    masterclass Schizofrenie en arbeid", "Noor is gecertificeerd trainer Omgaan met depressie", "Docent Ellen -
 *    Omgaan met burn-out";
 *  - after an organisation or programme no list knows, heading the line before a colon: "Werkfit: depressie en
 *    werk, een training voor werkgevers", "Leerhuis Twente: verslaving en werk" (no known first name there:
 *    "Sanne: depressie en werk lukt niet" stays hers).
 * A title is told by its shape around the term: "omgaan/leven/werken met", "herstel na" before it, "en werk",
 * "op de werkvloer", "herkennen" after it. No possessive stands in it ("omgaan met zijn depressie" is his), and
 * someone who follows the course is no trainer ("Bas volgt de cursus Leven met angst" stays his).
 */
const LEADS = wordSet('omgaan leven werken herstel herstellen');
const LINKS = wordSet('met na bij van');
const WORK_AFTER_AND = wordSet('werk arbeid werkvloer participatie');
const WORK_PLACES = wordSet('werkvloer werk');
const TAILS = wordSet('herkennen signaleren voorkomen bespreekbaar');
const COURSES =
  wordSet(`training trainingen cursus cursussen workshop workshops module masterclass webinar lezing
  e-learning leergang scholing kennissessie trainer trainers co-trainer docent docenten`);
const COURSE_ENDINGS = endingsByLast(['training', 'cursus', 'workshop', 'lezing', 'sessie', 'scholing']);
const FOLLOWING = wordSet(`volgt volgde volgen gevolgd doet deed zit zat mee ingeschreven aangemeld afgebroken
  gestart start begonnen ${CLIENT_ROLES}`);
const COURSE_REACH = 6;
const FOLLOW_REACH = 3;
const HEADING_WORDS = 3;
const HEADING_MARKS = new Set([':', '-', '–', '—']);

/** Where the title holding the care term tokens[k..last] starts, or -1 when the words around it are no title. */
function titleStart(tokens: readonly Token[], k: number, last: number): number {
  const link = ARTICLES.has(tokens[k - 1]?.key ?? '') ? k - 2 : k - 1;
  if (LINKS.has(tokens[link]?.key ?? '') && LEADS.has(tokens[link - 1]?.key ?? '')) return link - 1;
  const next = tokens[last + 1]?.key ?? '';
  if (TAILS.has(next)) return k;
  if (next === 'en' && WORK_AFTER_AND.has(tokens[last + 2]?.key ?? '')) return k;
  if (
    next === 'op' &&
    ARTICLES.has(tokens[last + 2]?.key ?? '') &&
    WORK_PLACES.has(tokens[last + 3]?.key ?? '')
  )
    return k;
  return -1;
}

function isCourseWord(key: string): boolean {
  return COURSES.has(key) || COURSE_ENDINGS(key, key.length).some((e) => key.endsWith(e));
}

/** A course or its trainer named a few words before the title, and no one said to follow it. */
function hasTrainerBefore(tokens: readonly Token[], sentence: Sentence, start: number): boolean {
  for (let j = start - 1; j >= sentence.from && j >= start - COURSE_REACH; j--) {
    if (!isCourseWord(tokens[j]!.key)) continue;
    for (let f = j - 1; f >= sentence.from && f >= j - FOLLOW_REACH; f--)
      if (FOLLOWING.has(tokens[f]!.key)) return false;
    return true;
  }
  return false;
}

/** The title opens after a colon or dash heading its line, and the heading holds no known first name. */
function isHeadedByOrganisation(tokens: readonly Token[], start: number): boolean {
  const mark = tokens[start - 1];
  if (mark === undefined || !HEADING_MARKS.has(mark.text)) return false;
  let j = start - 2;
  for (; j >= 0 && start - 2 - j < HEADING_WORDS; j--) {
    const token = tokens[j]!;
    if (token.type !== 'word' || !token.capitalised || isKnownFirstName(token.key)) return false;
    if (j === 0 || token.lineBefore) return true;
  }
  return false;
}

/** The care term at tokens[k..last] stands in a course's or programme's title beside its trainer or organiser. */
export function isCourseTitle(tokens: readonly Token[], sentence: Sentence, k: number, last = k): boolean {
  const start = titleStart(tokens, k, last);
  if (start === -1) return false;
  return hasTrainerBefore(tokens, sentence, start) || isHeadedByOrganisation(tokens, start);
}
