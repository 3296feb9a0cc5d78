import { MOOD_BEFORE } from './care-term-behaviour-words.ts';
import { isCapitalised, type Token } from './tokens.ts';

/** "Rick is in de war", "raakte helemaal in de war": confused (not "het rooster is in de war" said of a thing). */
export function isConfused(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.key !== 'de' || tokens[k - 2]?.key !== 'in') return false;
  // det-plain38: "helemaal in de war van het nieuwe systeem", "door de verbouwing": a thing confuses them.
  if (CAUSED_BY.has(tokens[k + 1]?.key ?? '')) return false;
  // det-plain38: "is in de war aangetroffen", "werd in de war opgepakt": found or taken in that state.
  if (FOUND_IN_IT.has(tokens[k + 1]?.key ?? '')) return true;
  let j = k - 3;
  const adverb = tokens[j]?.key ?? '';
  const mood = (MOOD_BEFORE.has(adverb) || WHOLLY.has(adverb)) && !VERBS_OF_BEING.has(adverb);
  if (mood) j--;
  // "Was weer in de war": again; det-plain38: "was gisteren erg in de war", a time before the adverb.
  if (tokens[j]?.key === 'weer' || tokens[j]?.key === 'opnieuw' || (mood && TIMES.has(tokens[j]?.key ?? '')))
    j--;
  // "door de politie opgepakt, helemaal in de war": an adverb after a comma and a verb of finding or taking.
  if (mood && tokens[j]?.text === ',' && FOUND_IN_IT.has(tokens[j - 1]?.key ?? '')) return true;
  const verb = tokens[j]?.key ?? '';
  const subject = tokens[j - 1];
  if (CONFUSED_VERBS.has(verb)) return true;
  // "Wim belde af. Was weer in de war.": the subject left out after the sentence before.
  if (VERBS_OF_BEING.has(verb) && subject !== undefined && (subject.text === '.' || subject.text === '!'))
    return true;
  return (
    VERBS_OF_BEING.has(verb) &&
    subject !== undefined &&
    (PERSONAL_SUBJECTS.has(subject.key) || (subject.type === 'word' && isCapitalised(subject)))
  );
}

const VERBS_OF_BEING = new Set(['is', 'was']);
// det-plain38: found, picked up, brought in or taken along by the police, a neighbour, the crisis service.
const FOUND_IN_IT = new Set([
  'aangetroffen',
  'gevonden',
  'opgepakt',
  'opgepikt',
  'meegenomen',
  'binnengebracht',
  'opgehaald',
  'thuisgebracht',
  'aangehouden',
  'rondlopen',
  'rondgelopen',
  'rondliep',
]);
const CAUSED_BY = new Set(['van', 'door', 'over', 'met', 'qua']);
const WHOLLY = new Set(['helemaal', 'totaal', 'compleet', 'flink']);
const TIMES = new Set([
  'gisteren',
  'vandaag',
  'vanochtend',
  'vannacht',
  'laatst',
  'toen',
  'nog',
  'al',
  'ook',
]);
const CONFUSED_VERBS = new Set(['raakte', 'raakt', 'geraakt']);
// "Rick is in de war": a name or a pronoun before the verb (the name rules read it as the subject).
const PERSONAL_SUBJECTS = new Set(['hij', 'zij', 'ze']);
