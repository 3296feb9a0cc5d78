import { HE_SHE, THIRD_PERSON_WORDS } from './function-words.ts';
import { isJobTitle } from './signature.ts';
import { wordSet } from './word-sets.ts';

/*
 * Class of held-out 18 (read 6 December 2026): a pronoun on the line of a professional's work address that
 * points at the professional, not at a client (email-context.ts would take it for a client's word):
 *  - the work address is a named person's ("Lieke's werkmail is l.vanderveen@mediant.nl, zet haar in de cc
 *    bij IPS-vragen", "de werkmail van Lieke is ..., mail haar gerust"): the pronouns are that person's;
 *  - the pronoun is the subject of a work role ("Mail Khalid even op khalid@tactus.nl ..., hij is de
 *    contactpersoon", "zij is jobcoach").
 * Words of a client or someone close to one ("klant", "moeder", "privé" ...) still count.
 * The words are the folded words on the address's line (email-context.ts).
 */
const PRONOUNS = THIRD_PERSON_WORDS;
const SUBJECTS = HE_SHE;
const COPULAS = wordSet('is was wordt werd');
// Batch 61 (det-61): an adjective of the role too, "ze is de nieuwe trajectbegeleider in Goes"; batch 60
// (det-60): "zij is de nieuwe beleidsmedewerker".
const ROLE_FILLERS = wordSet(
  'de het een onze ons mijn ook daar hier er nieuwe vaste tijdelijke andere enige',
);
const MAX_FILLERS = 3;
const GENITIVE = "'s";
const OF = 'van';
// "Lieke's werkmail", "de werkmail van Lieke": not a pronoun or article after "van".
const NOT_OWNERS = wordSet("de het een hem haar zijn z'n d'r mij me jou je ons onze hun");

/**
 * The words on the line name whose work address it is: a genitive ("lieke's") right before the work
 * mail word at some w (`isWorkMail`), or "van" and a name right after it.
 */
export function isNamedWorkMail(words: readonly string[], isWorkMail: (key: string) => boolean): boolean {
  for (let w = 0; w < words.length; w++) {
    if (!isWorkMail(words[w]!)) continue;
    if (words[w - 1]?.endsWith(GENITIVE) && words[w - 1]!.length > GENITIVE.length) return true;
    const owner = words[w + 2];
    if (words[w + 1] === OF && owner !== undefined && !NOT_OWNERS.has(owner)) return true;
  }
  return isMailOfTitled(words);
}

// Batch 61 (det-61): "het mailadres van Dewi (jobcoach Breda): ...": any mail noun, "van", a name and a job title
// right after it; the pronouns after ("Ze leest het niet elke dag, bel haar werknummer") are that person's.
const MAIL_NOUNS = wordSet('mail mailadres e-mailadres emailadres e-mail email adres');

function isMailOfTitled(words: readonly string[]): boolean {
  for (let w = 0; w + 3 < words.length; w++) {
    if (!MAIL_NOUNS.has(words[w]!) || words[w + 1] !== OF || NOT_OWNERS.has(words[w + 2]!)) continue;
    if (isJobTitle(words[w + 3]!)) return true;
  }
  return false;
}

/**
 * The pronoun at w is the professional's: a work address said to be a named person's (`named`), or the
 * pronoun is the subject of "is (de) contactpersoon" or a job title (`isWorkWord`), or the one the reader
 * may reach there.
 */
export function isProfessionalsPronoun(
  words: readonly string[],
  w: number,
  named: boolean,
  isWorkWord: (key: string) => boolean,
): boolean {
  const key = words[w]!;
  if (!PRONOUNS.has(key)) return false;
  if (named || isReachedPronoun(words, w)) return true;
  return isRoleSubject(words, w, isWorkWord);
}

/** The pronoun at w is the subject of "is (de) contactpersoon" or a job title ("zij is de jobcoach"). */
function isRoleSubject(words: readonly string[], w: number, isWorkWord: (key: string) => boolean): boolean {
  if (!SUBJECTS.has(words[w]!) || !COPULAS.has(words[w + 1] ?? '')) return false;
  let v = w + 2;
  while (v < w + 2 + MAX_FILLERS && ROLE_FILLERS.has(words[v] ?? '')) v++;
  const role = words[v];
  return role !== undefined && (isWorkWord(role) || isJobTitle(role));
}

/**
 * Batch 60: a pronoun on the line is said to be a professional ("..., ze is de nieuwe beleidsmedewerker"), so
 * the line's other pronouns are that professional's as well ("Wil je haar uitnodiging naar ... sturen?").
 */
export function hasRoleSubject(words: readonly string[], isWorkWord: (key: string) => boolean): boolean {
  for (let w = 0; w < words.length; w++) if (isRoleSubject(words, w, isWorkWord)) return true;
  return false;
}

// Held-out 32: "..., mocht je haar nodig hebben", "je kunt hem mailen": the pronoun of the person the reader
// may reach at the address, the address's owner; it says nothing of a client (work words still decide).
const READER = 'je';
const REACHING = wordSet('nodig bereiken mailen benaderen spreken');
const MODALS = wordSet('willen kunnen wil kan');

function isReachedPronoun(words: readonly string[], w: number): boolean {
  if (words[w - 1] !== READER) return false;
  return (
    REACHING.has(words[w + 1] ?? '') || (MODALS.has(words[w + 1] ?? '') && REACHING.has(words[w + 2] ?? ''))
  );
}
