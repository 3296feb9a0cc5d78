import { CLIENT_PLURALS, CLIENT_ROLES } from './client-words.ts';
import { isJobTitle } from './signature.ts';
import type { Token } from './tokens.ts';
import { endingsByLast, wordSet } from './word-sets.ts';

/**
 * Batch 55 (det-55): quoted titles of talks and pieces, for care-term-services.ts.
 *  - The event or work before the quote may be a compound ("lunchlezing 'Werk en trauma' door Sander de
 *    Rooij", "themasessie", "netwerklunch") or a session, piece or article ("Sessie 'Leefstijl en psychose'
 *    door dr. Pieter Hamers", "het artikel 'Verslaving op de werkvloer' van ..."), with its speaker or author.
 *  - A quoted title may stand first, its work named after a dash: "'Burn-out van het systeem' – mooi stuk
 *    van Jan-Willem Maas in Skipr".
 * A pronoun inside the quote ("'ik heb een burn-out' – zei ze") makes it someone's words, no title.
 */
const EVENT_ENDINGS = endingsByLast([
  'lezing',
  'sessie',
  'bijeenkomst',
  'middag',
  'ochtend',
  'avond',
  'workshop',
  'training',
  'webinar',
  'congres',
  'symposium',
  'masterclass',
  'college',
  'lunch',
]);
const WORKS = wordSet(`sessie stuk artikel column blog essay interview opiniestuk boek podcast film
  documentaire rapport lezing presentatie`);
const QUOTES = new Set(['"', "'", '‘', '’', '“', '”']);
const DASHES = new Set(['-', '–', '—']);
const PRONOUNS = wordSet("ik mijn me mij hij zij ze haar zijn hem z'n d'r we wij jij je");
const TITLE_LENGTH = 8;
const BY = wordSet('door van');
const WORK_REACH = 3;
const FIRST_PERSON = wordSet("ik mijn me mij m'n");
const CLIENTS = wordSet(`${CLIENT_ROLES} ${CLIENT_PLURALS}`);
const SENTENCE_ENDS = new Set(['.', '!', '?']);
const SPEAKER_REACH = 8;
const SPEAKING_AS = wordSet('ervaringsdeskundige ervaringsdeskundigen spreker spreekster');

/**
 * The quote at `open` titles an event or a work ("lunchlezing", "themasessie", "stuk" before it) given "door"
 * or "van" its speaker or author right after the closing quote: "Sessie 'Leefstijl en psychose' door dr.
 * ..."; not "Sanne: sessie 'depressie' afgerond", a session of hers.
 */
export function isTitledWork(tokens: readonly Token[], open: number): boolean {
  const key = tokens[open - 1]?.key ?? '';
  if (!WORKS.has(key) && !EVENT_ENDINGS(key, key.length).some((e) => key.endsWith(e))) return false;
  let close = open + 1;
  let ownTitle = false;
  while (close < tokens.length && close - open <= TITLE_LENGTH && !QUOTES.has(tokens[close]!.text)) {
    ownTitle ||= FIRST_PERSON.has(tokens[close]!.key);
    close++;
  }
  if (!QUOTES.has(tokens[close]?.text ?? '') || !BY.has(tokens[close + 1]?.key ?? '')) return false;
  // Review 31: a client speaks ("door Kees, een van onze deelnemers"), or the title is the speaker's own
  // ("'Mijn burn-out' door Petra") and no job says they speak as a professional ("door Jan,
  // ervaringsdeskundige").
  const speaker = speakerKind(tokens, close + 2);
  return speaker === 'professional' || (speaker === undefined && !ownTitle);
}

/** What the words after the speaker's name call them: a client, a professional, or nothing. */
function speakerKind(tokens: readonly Token[], name: number): 'client' | 'professional' | undefined {
  let professional = false;
  for (let j = name; j < tokens.length && j <= name + SPEAKER_REACH; j++) {
    const token = tokens[j]!;
    if (SENTENCE_ENDS.has(token.text)) break;
    if (CLIENTS.has(token.key)) return 'client'; // "ervaringsdeskundige en cliënt van Dimence"
    professional ||= SPEAKING_AS.has(token.key) || isJobTitle(token.key);
  }
  return professional ? 'professional' : undefined;
}

/** The care term at tokens[first] is inside a quote opening its line, a dash and a work named after it. */
export function isTitleBeforeWork(tokens: readonly Token[], first: number): boolean {
  let open = first - 1;
  while (open >= 0 && first - open <= TITLE_LENGTH && !QUOTES.has(tokens[open]!.text)) {
    if (PRONOUNS.has(tokens[open]!.key)) return false;
    open--;
  }
  if (open < 0 || !(open === 0 || tokens[open]!.lineBefore)) return false;
  let close = first + 1;
  while (close < tokens.length && close - open <= TITLE_LENGTH && !QUOTES.has(tokens[close]!.text)) {
    if (PRONOUNS.has(tokens[close]!.key)) return false;
    close++;
  }
  if (!QUOTES.has(tokens[close]?.text ?? '') || !DASHES.has(tokens[close + 1]?.text ?? '')) return false;
  for (let j = close + 2; j < tokens.length && j <= close + 1 + WORK_REACH; j++)
    if (WORKS.has(tokens[j]!.key)) return true;
  return false;
}
