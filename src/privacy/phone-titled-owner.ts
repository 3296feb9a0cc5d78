import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { HE_SHE } from './function-words.ts';
import { isJobTitle } from './signature.ts';
import type { Token } from './tokens.ts';
import { tokenAfter } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 60's class: a number that the words right before it give to a job title, mobile numbers too, in the
 * shapes that tie the two: the title as an apposition to a name ("Daan Hendrix, accountmanager WSP, 06-...",
 * "René Crombach, regievoerder, r.crombach@..., 06-...", "Zijn nummer (Ruud, regisseur): 06-..."), the holder in
 * a bracket right after the title ("1 teamleider (Monique, 06-...)"), the number said to be the title's ("nummer
 * van de tolk (via Globe Talk): 06-..."), and the title said of the owner right after the number ("06-..., hij
 * is de casemanager van de gemeente"). A title merely before the number is not enough: "Doorverwezen door de
 * huisarts, 06-...", "via de jobcoach: Piet Jansen, 06-..." give a client's number as often; so does an
 * employer ("bij de werkgever, 06-...": tried, it lost client numbers). Never with a client, someone close to
 * one, a form of address or a home word in the number's sentence ("nummer van de jobcoach van meneer: 06-...").
 */
const SKIPPED = new Set([',', ':']);
const NUMBER_NOUNS = wordSet('nummer telefoonnummer nr mobiel 06-nummer werknummer');
const ORGANISATION_WORDS = 3;
const ASIDE = 6;
const SAID_AFTER = HE_SHE;
// "Piet, 06-..., hij is de nieuwe medewerker": a job a client holds as often as staff.
const HELD_JOBS = wordSet('medewerker');
const ARTICLES = wordSet('de onze een');
const PRIVATE = wordSet(
  `${CLIENT_ROLES} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} prive privenummer thuis thuisnummer woont
  zoon dochter ouders`,
);
const SENTENCE_ENDS = new Set(['.', '!', '?']);
const REACH = 12;

/** The number at token k, ending at character `end`, is given to a job title by the words right around it. */
export function isTitledOwnersNumber(tokens: readonly Token[], k: number, end: number): boolean {
  const after = tokenAfter(tokens, k, end);
  if (hasPrivateWord(tokens, k, after)) return false;
  return isTitledBefore(tokens, k) || isTitledAfter(tokens, after);
}

function isTitledBefore(tokens: readonly Token[], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && !tokens[p + 1]!.lineBefore) {
    const address = addressStart(tokens, p);
    if (address >= 0) p = address - 1;
    else if (SKIPPED.has(tokens[p]!.text)) p--;
    else break;
  }
  const token = tokens[p];
  if (token === undefined || tokens[p + 1]!.lineBefore) return false;
  // "(Ruud, regisseur): 06-...", "tolk (via Globe Talk): 06-...": an aside closed before the colon.
  if (token.text === ')') return isTitledAside(tokens, p);
  if (token.type !== 'word') return false;
  if (isTitleReachedAt(tokens, p)) return true;
  // "1 teamleider (Monique, 06-...)": the holder in a bracket right after the title.
  if (token.capitalised && tokens[p - 1]?.text === '(' && isOwnerAt(tokens, p - 2)) return true;
  return isAppositionOrNumberOf(tokens, p);
}

/** The aside closing at p names a job ("(Ruud, regisseur)"), or follows "nummer van de <title>". */
function isTitledAside(tokens: readonly Token[], close: number): boolean {
  let open = close - 1;
  while (open > close - ASIDE && open >= 0 && tokens[open]!.text !== '(') open--;
  if (tokens[open]?.text !== '(') return false;
  if (close - open === 4 && tokens[open + 2]?.text === ',' && tokens[open + 1]!.capitalised)
    return isOwnerAt(tokens, open + 3);
  // Batch 65: "nr van Jesse (stagiair IPS): 06-...": the aside opens with the job.
  if (isOwnerAt(tokens, open + 1)) return true;
  return isNumberOfTitle(tokens, open - 1);
}

const REACHED = wordSet('op via');
const BE = wordSet('is zijn');
const SUBJECT_BEFORE = wordSet('de onze');

/**
 * Batch 65: "de voorzitter (Hans) is op 06-... bereikbaar", "onze jobcoach is bereikbaar via ...": the title is the
 * subject reached on the number, its holder perhaps named in a bracket after it; "op" or "via" at p.
 */
function isTitleReachedAt(tokens: readonly Token[], p: number): boolean {
  if (!REACHED.has(tokens[p]!.key)) return false;
  let t = tokens[p - 1]?.key === 'bereikbaar' ? p - 2 : p - 1;
  if (!BE.has(tokens[t]?.key ?? '')) return false;
  t--;
  if (tokens[t]?.text === ')') {
    const open = tokens[t - 2]?.text === '(' ? t - 2 : t - 3;
    if (tokens[open]?.text !== '(' || !tokens[open + 1]!.capitalised) return false;
    t = open - 1;
  }
  if (!isOwnerAt(tokens, t)) return false;
  return t === 0 || tokens[t]!.lineBefore || SUBJECT_BEFORE.has(tokens[t - 1]!.key);
}

/** "Daan Hendrix, accountmanager WSP": a name, a comma, the title (an organisation after it); or "nummer van de tolk". */
function isAppositionOrNumberOf(tokens: readonly Token[], p: number): boolean {
  let t = p;
  while (t > p - ORGANISATION_WORDS && t >= 0 && tokens[t]!.capitalised && !isOwnerAt(tokens, t)) t--;
  if (!isOwnerAt(tokens, t)) return false;
  if (isNumberOfTitle(tokens, t)) return true;
  return tokens[t - 1]?.text === ',' && tokens[t - 2]?.type === 'word' && tokens[t - 2]!.capitalised;
}

/** "nummer van de tolk": the title at t is the number's owner. */
function isNumberOfTitle(tokens: readonly Token[], t: number): boolean {
  if (!isOwnerAt(tokens, t) || tokens[t - 1]?.key !== 'de' || tokens[t - 2]?.key !== 'van') return false;
  return NUMBER_NOUNS.has(tokens[t - 3]?.key ?? '');
}

function isOwnerAt(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  return token?.type === 'word' && isOwnerWord(token.key);
}

/** "06-..., hij is de casemanager van ...": the owner's job said in the next clause. */
function isTitledAfter(tokens: readonly Token[], after: number): boolean {
  let j = after;
  if (tokens[j]?.text === ',') j++;
  if (!SAID_AFTER.has(tokens[j]?.key ?? '') || tokens[j + 1]?.key !== 'is') return false;
  const title = ARTICLES.has(tokens[j + 2]?.key ?? '') ? j + 3 : j + 2;
  const next = tokens[title]?.key === 'nieuwe' ? title + 1 : title;
  return tokens[next]?.type === 'word' && isOwnerWord(tokens[next]!.key);
}

function isOwnerWord(key: string): boolean {
  return isJobTitle(key) && !HELD_JOBS.has(key);
}

/** When token j ends an e-mail address ("r.crombach@roermond.nl"), the index of its first token; else -1. */
function addressStart(tokens: readonly Token[], j: number): number {
  let i = j;
  let at = false;
  while (i > 0 && !tokens[i]!.spaceBefore && !tokens[i]!.lineBefore) {
    at ||= tokens[i]!.text === '@';
    i--;
  }
  return at && i < j ? i : -1;
}

/** A client, relative, form of address or home word in the number's sentence. */
function hasPrivateWord(tokens: readonly Token[], k: number, after: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - REACH && !SENTENCE_ENDS.has(tokens[j]!.text); j--) {
    if (PRIVATE.has(tokens[j]!.key)) return true;
    if (tokens[j]!.lineBefore) break;
  }
  for (let j = after; j < tokens.length && j < after + REACH && !tokens[j]!.lineBefore; j++) {
    if (SENTENCE_ENDS.has(tokens[j]!.text)) break;
    if (PRIVATE.has(tokens[j]!.key)) return true;
  }
  return false;
}
