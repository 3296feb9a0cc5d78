import { MOOD_BEFORE } from './care-term-words.ts';
import { isCapitalised, type Token } from './tokens.ts';

/** "Rick is in de war", "raakte helemaal in de war": confused (not "het rooster is in de war" said of a thing). */
export function isConfused(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.key !== 'de' || tokens[k - 2]?.key !== 'in') return false;
  let j = k - 3;
  if (MOOD_BEFORE.has(tokens[j]?.key ?? '') && !VERBS_OF_BEING.has(tokens[j]?.key ?? '')) j--;
  // "Was weer in de war": again.
  if (tokens[j]?.key === 'weer' || tokens[j]?.key === 'opnieuw') j--;
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
const CONFUSED_VERBS = new Set(['raakte', 'raakt', 'geraakt']);
// "Rick is in de war": a name or a pronoun before the verb (the name rules read it as the subject).
const PERSONAL_SUBJECTS = new Set(['hij', 'zij', 'ze']);
