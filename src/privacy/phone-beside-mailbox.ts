import { emailAt } from './email.ts';
import { hasPrivateDomain } from './email-context.ts';
import { isGlued, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Held-out 39's class (det-fp39): "evt spoed via team wmo: wmo@almere.nl of 036-...", "Werkbedrijf Tilburg:
 * info@werkbedrijf-tilburg.nl, 013 - ...": a landline listed right after a mailbox the guard lets pass (an
 * organisation's, a desk's or a professional's work address) is that organisation's number. Not after a
 * person's address ("kees.vos@gmail.com of bel 035-..." is found with it); the caller still keeps a number
 * with a word for a client or someone close to one on its line someone's.
 */
const JOINS = wordSet('of en , / | ;');
// Stop 37: "..., tel 06-...", "of telefoon: 06-...": a phone label between the address and the number.
const PHONE_LABELS = wordSet('tel telefoon telefonisch t : .');
const MAX_SKIPPED = 3;
const ADDRESS_TOKENS = 16;

/** The number at token k follows an address (at most one joining word between) that is no one's private mail. */
export function isBesideOrganisationMailbox(text: string, tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  for (const stop = k - 1 - MAX_SKIPPED; j > stop && isJoin(tokens[j]); j--);
  const last = tokens[j];
  if (last === undefined || last.type !== 'word') return false;
  for (let a = j; a > 0 && a > j - ADDRESS_TOKENS && isGlued(tokens[a - 1], tokens[a]); a--) {
    const at = tokens[a - 1]!;
    if (at.text !== '@') continue;
    return emailAt(text, at.start) === null && !hasPrivateDomain(text, at.end, last.end);
  }
  return false;
}

function isJoin(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return (
    JOINS.has(token.key) ||
    JOINS.has(token.text) ||
    PHONE_LABELS.has(token.key) ||
    PHONE_LABELS.has(token.text)
  );
}
