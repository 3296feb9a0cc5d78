import { type Token, tokenAt } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 47: an employer named by "werkgever" and its name, then its address, as the subject of what it
 * does: "werkgever: Van der Linden Installatietechniek, Havenweg 12, zoekt monteurs", "werkgever Heijmans,
 * Graafsebaan 65, Rosmalen, wil 2 mensen aannemen", "onze werkgever-partner Albert Heijn DC zit op de
 * Pittsburghstraat 9". The name comes right after the employer word (a colon between), is one to
 * MAX_NAME capitalised words (particles, "&" and capitals such as "DC" between), and is followed by a
 * comma and the address, or by "zit/zitten/is gevestigd" and "op/aan (de)" before it. "werkgever" alone
 * is no office (it cost lines when tried: "reiskosten naar de werkgever" is said from a client's home),
 * nor is "de werkgever van de klant, Kerkstraat 5": a lower-case word after "werkgever" is no name. A
 * known first name in the name ("Albert Heijn") is the employer's, no resident's; every other word around
 * the address is still asked for a resident (organisation-address.ts).
 */

const MAX_NAME = 5;
const EMPLOYER = 'werkgever';
const PARTICLES = wordSet("van de der den het 't & en");
const SEATED = wordSet('zit zitten zat zaten');
const AT = wordSet('op aan');
const ARTICLES = wordSet('de het');

/** "werkgever", "werkgever-partner", "werkgeverspartner": a word that names an employer. */
function isEmployerWord(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && token.key.startsWith(EMPLOYER);
}

function isNameToken(token: Token | undefined): boolean {
  if (token === undefined || token.lineBefore) return false;
  if (token.type === 'word') return token.capitalised || PARTICLES.has(token.key);
  return token.text === '&';
}

/**
 * The first token of the employer's name (after "werkgever") whose address starts at `start`, or -1:
 * "werkgever Heijmans, Graafsebaan 65" and "werkgever-partner Albert Heijn DC zit op de Pittsburghstraat 9".
 */
export function employerNameBefore(tokens: readonly Token[], start: number): number {
  let end = start - 1;
  if (tokenAt(tokens, end)?.text !== ',') {
    // "... zit op de Pittsburghstraat 9": the seated verb and the preposition before the street.
    if (ARTICLES.has(tokenAt(tokens, end)?.key ?? '')) end--;
    if (!AT.has(tokenAt(tokens, end)?.key ?? '')) return -1;
    end--;
    if (!SEATED.has(tokenAt(tokens, end)?.key ?? '')) return -1;
  }
  return nameOpening(tokens, end - 1);
}

/** Walks back from `last` over a name to the employer word before it; the name's first token, or -1. */
function nameOpening(tokens: readonly Token[], last: number): number {
  let b = last;
  while (b >= 0 && last - b < MAX_NAME && !isEmployerWord(tokens[b]) && isNameToken(tokens[b])) b--;
  const name = b + 1;
  if (name > last || !tokens[name]!.capitalised) return -1;
  return isEmployerBefore(tokens, b) ? name : -1;
}

/** "werkgever" or "werkgever:" ending at token b. */
function isEmployerBefore(tokens: readonly Token[], b: number): boolean {
  const w = tokenAt(tokens, b)?.text === ':' ? b - 1 : b;
  return isEmployerWord(tokenAt(tokens, w));
}

/** The capitalised word at j belongs to an employer's name right after "werkgever" ("werkgever-partner Albert Heijn"). */
export function isInEmployerName(tokens: readonly Token[], j: number): boolean {
  if (!tokens[j]!.capitalised) return false;
  let b = j - 1;
  while (b >= 0 && j - b < MAX_NAME && !isEmployerWord(tokens[b]) && isNameToken(tokens[b])) b--;
  return isEmployerBefore(tokens, b);
}
