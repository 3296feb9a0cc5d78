import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { THIRD_PERSON_WORDS } from './function-words.ts';
import { HIS_HER_SHORT } from './possessives.ts';
import { isJobTitle } from './signature.ts';
import { foldKey, wordSet } from './word-sets.ts';

/**
 * Batch 57 (det-57): a professional's address at the domain of the organisation the line names as theirs:
 * "Joost van het UWV (j.veenstra@uwv.nl) is met pensioen", "Mw. Jansen (gemeente Leiden, beleidsadviseur)
 * ..., haar mail is m.jansen@leiden.nl", "Ivo's nieuwe mail is i.brouwer@uwv.nl, hij is overgestapt naar het
 * UWV". A label of the domain (not its top level) is a capitalised word of the line, or two such words
 * written together ("GGZ inGeest" for "ggzingeest.nl"): the person is placed at the organisation that owns
 * the mailbox, which a client's own address does not show. Pronouns are the professional's here; a word for
 * a client or someone close to one on the line keeps it an address ("Deelnemer Jolanda werkt bij Lentis,
 * haar mail is j.bos@lentis.nl"), and so does a title without a job title or contact word beside it.
 */
const WINDOW = 120;
const MIN_LABEL = 3;
const NOT_PROFESSIONAL = wordSet(
  `${CLIENT_ROLES} ${YOUNG_PEOPLE} ${RELATIVES} clienten klanten deelnemers kandidaten bewoner patient
  sollicitant zoon dochter ouders prive privemail thuis woont woonde`,
);
const TITLES = wordSet(FORMS_OF_ADDRESS);
const CONTACT_WORDS = wordSet('contactpersoon aanspreekpunt collega leidinggevende overgestapt');
// Review 31: a client working at the employer named ("Mo (Jumbo Zutphen) werkt daar via ons traject; zijn mail
// is ...", "Lisa doet een werkervaringsplek bij de gemeente Lochem, ze leest haar mail ..."): a trajectory or a
// pronoun keeps the address private unless a job title, a contact word or "van <organisation>" places a
// professional there ("Sander van het UWV (s.kok@uwv.nl) ..., hij blijft tot dan bereikbaar").
const TRAJECTORY = /^(?:.*-)?(?:traject|werkervaringsplek|proefplaatsing|plaatsing|ips)$/;
const PRONOUNS = THIRD_PERSON_WORDS;
const OF = wordSet('van');
const ARTICLES = wordSet('het de');
const WORD = /[\p{L}\p{N}'-]+/gu;

/** The address text[start, end), its domain from `domain`, sits at the organisation its line names. */
export function isAtNamedOrganisation(text: string, start: number, domain: number, end: number): boolean {
  const labels = text.slice(domain, end).toLowerCase().split('.').slice(0, -1);
  if (!labels.some((label) => label.length >= MIN_LABEL)) return false;
  const from = lineStart(text, Math.max(0, start - WINDOW), start);
  const to = lineEnd(text, end, Math.min(text.length, end + WINDOW));
  const words = [...wordsIn(text, from, start), ...wordsIn(text, end, to)];
  let named = false;
  let title = false;
  let professional = false;
  let client = false;
  for (let w = 0; w < words.length; w++) {
    const { key, capitalised } = words[w]!;
    if (NOT_PROFESSIONAL.has(key)) return false;
    title ||= TITLES.has(key);
    // "van zijn teamleider": someone else's job, the person works under them (review 31).
    const others = HIS_HER_SHORT.has(words[w - 1]?.key ?? '');
    professional ||= !others && (CONTACT_WORDS.has(key) || isJobTitle(key));
    client ||= PRONOUNS.has(key) || TRAJECTORY.test(key);
    if (!capitalised) continue;
    const next = words[w + 1];
    const here = labels.some(
      (label) =>
        label.length >= MIN_LABEL && (label === key || (next !== undefined && label === key + next.key)),
    );
    named ||= here;
    if (here) professional ||= isOfOrganisation(words, w);
  }
  return named && (!title || professional) && (!client || professional);
}

/** "Joost van het UWV", "Ans van de gemeente Leiden": a person of the organisation named at w. */
function isOfOrganisation(words: readonly { key: string }[], w: number): boolean {
  const before = ARTICLES.has(words[w - 1]?.key ?? '') ? w - 2 : w - 1;
  if (OF.has(words[before]?.key ?? '')) return true;
  // "van de gemeente Leiden": the organisation's kind between.
  return words[before]?.key === 'gemeente' && OF.has(words[before - 2]?.key ?? '');
}

function wordsIn(text: string, from: number, to: number): { key: string; capitalised: boolean }[] {
  const words: { key: string; capitalised: boolean }[] = [];
  for (const match of text.slice(from, to).matchAll(WORD)) {
    const first = match[0].charAt(0);
    words.push({ key: foldKey(match[0]), capitalised: first !== first.toLowerCase() });
  }
  return words;
}

function lineStart(text: string, limit: number, i: number): number {
  const newline = text.lastIndexOf('\n', i - 1);
  return newline >= limit ? newline + 1 : limit;
}

function lineEnd(text: string, i: number, limit: number): number {
  const newline = text.indexOf('\n', i);
  return newline !== -1 && newline < limit ? newline : limit;
}
