import { CLIENT_NOUN, FIRST_NAME, tokenFlags } from './name-word-flags.ts';
import type { PersonRef } from './person-names.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

const ARTICLES = wordSet('de een die deze');

/**
 * Batch 54 (det-54): a client told by whose client they are names nobody: "De cliënt van Joost heeft ...
 * na zijn opname", "een deelnemer van het FACT-team", "een klant van de dagbehandeling". Joost is the
 * professional; the client is unnamed, as "een cliënt" alone is. Read as "van" in lower case and a known
 * first name with no capitalised word after it, "het" and anything, or "de"/"der"/"den" and a word in
 * lower case; a surname stays one: "De klant van Dijk", "cliënt Van der Meer", "klant van de Boer".
 * "Familie van Joost" is his family, no client of his.
 */
export function isClientOfOther(tokens: readonly Token[], ref: PersonRef): boolean {
  // The first name read on its own after "<client noun> van": "... cliënt van Joost".
  const noun = tokens[ref.first]!.text === 'van' ? -1 : ref.first - 2;
  if (noun >= 1 && tokens[ref.first - 1]?.text === 'van' && isClientNounAfterArticle(tokens, noun))
    return isFirstNameAlone(tokens, ref.first, ref.last);
  if (!isClientNounAfterArticle(tokens, ref.first) || tokens[ref.first + 1]?.text !== 'van') return false;
  const k = ref.first + 2;
  const next = tokens[k];
  if (next === undefined) return false;
  if (next.key === 'het') return true;
  if (next.key === 'de' || next.key === 'der' || next.key === 'den') {
    const word = tokens[k + 1];
    return word !== undefined && word.type === 'word' && !word.capitalised;
  }
  return isFirstNameAlone(tokens, k, ref.last);
}

/**
 * "de cliënt", "een deelnemer": the noun with an article; said of a named person ("Agnieszka is cliënt van
 * het FACT-team", "H.K. (klant van Marieke)") the name is the client's.
 */
function isClientNounAfterArticle(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if ((tokenFlags(token) & CLIENT_NOUN) === 0 || token.key === 'familie') return false;
  // det-owner71: "Een andere cliënt van Thijs is net opgenomen": one adjective between.
  const before = ADJECTIVES.has(tokens[k - 1]?.key ?? '') ? k - 2 : k - 1;
  return ARTICLES.has(tokens[before]?.key ?? '');
}
const ADJECTIVES = wordSet('andere nieuwe oude vorige jonge');

/** tokens[k] is a known first name ending the reference at `last`, no capitalised word after it. */
function isFirstNameAlone(tokens: readonly Token[], k: number, last: number): boolean {
  return k === last && (tokenFlags(tokens[k]!) & FIRST_NAME) !== 0 && tokens[k + 1]?.capitalised !== true;
}
