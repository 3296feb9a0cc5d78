import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { isJobTitle } from './signature.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 48 (issue 14): a professional's number said to be work passes, as a professional's work address
 * does (email-context.ts): a professional (a job title, "contactpersoon", "collega", or the writer: "mijn")
 * and a word saying it is work ("werk", "zakelijk") in the number's sentence: "tel. Sanne (jobcoach,
 * werk): 06-...", "het 06-nummer van de jobcoach is 06-..., zakelijk", "mijn mobiel voor werk: 06-...". A
 * landline needs no work word with a contact person or job title ("contactpersoon werkgever: dhr. Bakker,
 * 0314-..."; a title or first name names that contact). Never with a word for a client, someone close to
 * one, a pronoun or a private line near it ("de jobcoach van de deelnemer", "zijn werknummer", "privé").
 */
const BEFORE = 10;
const AFTER = 6;
const PROFESSIONALS = wordSet('contactpersoon contactpersonen aanspreekpunt collega');
const OWN = wordSet("mijn m'n mn");
const WORK_LABELS = wordSet('werk zakelijk zakelijke werk-06 werkmobiel');
const TITLES = wordSet(FORMS_OF_ADDRESS);
const NOT_PROFESSIONAL = wordSet(
  `${CLIENT_ROLES} ${YOUNG_PEOPLE} ${RELATIVES} hij zij ze zijn haar hem z'n d'r prive privenummer thuis
  thuisnummer zoon dochter ouders woont clienten deelnemers kandidaten`,
);
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/** The number at token k (ending at character `end`) is a professional's, said to be work where it must be. */
export function isProfessionalsNumber(
  tokens: readonly Token[],
  k: number,
  end: number,
  mobile: boolean,
): boolean {
  let professional = false;
  let work = false;
  let own = false;
  const see = (j: number): boolean => {
    const key = tokens[j]!.key;
    if (NOT_PROFESSIONAL.has(key) && !(TITLES.has(key) && !mobile)) return false;
    professional ||= PROFESSIONALS.has(key) || isJobTitle(key);
    own ||= OWN.has(key);
    work ||= WORK_LABELS.has(key);
    return true;
  };
  for (let j = k - 1; j >= 0 && j >= k - BEFORE && !isSentenceEnd(tokens, j); j--) {
    if (!see(j)) return false;
    if (tokens[j]!.lineBefore) break;
  }
  let j = k;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  for (const last = j + AFTER; j < tokens.length && j < last && !tokens[j]!.lineBefore; j++) {
    if (isSentenceEnd(tokens, j)) break;
    if (!see(j)) return false;
  }
  if (mobile) return work && (professional || own);
  return professional;
}

/** A full stop, "!" or "?" at j; not the dot of "dhr." or an initial. */
function isSentenceEnd(tokens: readonly Token[], j: number): boolean {
  if (!SENTENCE_ENDS.has(tokens[j]!.text)) return false;
  const before = tokens[j - 1];
  return (
    tokens[j]!.text !== '.' || before === undefined || (!TITLES.has(before.key) && before.text.length > 1)
  );
}
