import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { isPluralJobTitle } from './email-context.ts';
import { THE_OR_OUR } from './function-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { HIS_HER_SHORT, MY_TYPED } from './possessives.ts';
import { isJobTitle } from './signature.ts';
import { isGlued, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Class of held-out 18 (read 6 December 2026): the writer's own work number, a mobile one too, said to be
 * work: "Bel me gerust op mijn werknummer 06-41122334, dat is mijn dienstmobiel van Mediant", "mijn
 * zakelijke nummer is ...", "m'n werktelefoon: ...". The policy lets a professional's work phone pass when
 * the text says it is work; the writer is a professional. "mijn" or "m'n" (perhaps an adjective between)
 * and a word for a work phone stand in the number's sentence, BEFORE tokens before it or AFTER after it,
 * and no word for a client, someone close to one, a pronoun for someone else or a private line ("privé",
 * "thuis") is there: "zijn werknummer" may be a client's at his employer, and "mijn werknummer 06-..., of
 * bel zijn moeder op 06-..." keeps the second number someone's.
 */
const BEFORE = 8;
const AFTER = 10;
const OWN = MY_TYPED;
const ADJECTIVES = wordSet('vaste nieuwe zakelijke mobiele eigen');
// "werknummer", "dienstmobiel", "zakelijk nummer" (the adjective read with its noun below).
const WORK_PHONES =
  wordSet(`werknummer werktelefoon werkmobiel werk-mobiel werk-06 dienstmobiel diensttelefoon
  dienstnummer bedrijfsmobiel bedrijfstelefoon bedrijfsnummer kantoornummer zakelijknummer`);
const PHONE_NOUNS = wordSet('nummer telefoon mobiel telefoonnummer');
const BUSINESS = 'zakelijke';
const NOT_OWN = wordSet(
  `${CLIENT_ROLES} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} hij zij ze zijn haar hem z'n d'r prive
  privenummer thuis thuisnummer zoon dochter ouders woont`,
);
const SENTENCE_ENDS = new Set(['.', '!', '?']);
// Since heldout2122-addr-classes (held-out 21's class): "mobiel werk", "telefoon werk" name a work phone too,
// and the writer may be named as "mij", "me" or "ik" further back in the sentence ("Werkmail van mij is ...,
// mobiel werk 06-...", "kun je mij bellen, werkmobiel 06-..."); a team of professionals may own it
// ("Werktelefoon van de jobcoaches: 06-...", "het werknummer van ons team").
const WORK = 'werk';
const WRITER = wordSet('mij me ik');
const WRITER_WINDOW = 20;
const TEAMS = wordSet('team teams afdeling ons');
const TEAM_ARTICLES = THE_OR_OUR;
const TEAM_PHONES = wordSet(`teamtelefoon teamnummer teammobiel teamtelefoonnummer piketnummer pikettelefoon
  dienstdoende-telefoon werkgroeptelefoon werkgroep-telefoon werkgroepnummer`);
// Batch 50: "mijn collega Tessa is bereikbaar op haar werk-06": a colleague's work phone, said to be work.
const COLLEAGUES = wordSet("collega collega's");
const CLIENTS = wordSet(`${CLIENT_ROLES} ${YOUNG_PEOPLE} ${RELATIVES}`);
const COLLEAGUE_WINDOW = 10;
// "privé heb ik een ander": the private line named is another one.
const PRIVATE = 'prive';
const OTHER = wordSet('ander andere');
const DECLINED = wordSet('niet nooit');

/** The number starting at token k and ending at character `end` is said to be the writer's own work number. */
export function isOwnWorkNumber(tokens: readonly Token[], k: number, end: number): boolean {
  let own = false;
  for (let j = k - 1; j >= 0 && j >= k - BEFORE; j--) {
    if (SENTENCE_ENDS.has(tokens[j]!.text)) break;
    if (isColleaguesWorkPhone(tokens, j)) {
      own = true;
      continue;
    }
    if (NOT_OWN.has(tokens[j]!.key)) return false;
    // "mijn werknummer 06-..., of bel Sanne op 06-...": a name or another number nearer is someone else's.
    if (!own && (isFirstName(tokens[j]!) || tokens[j]!.type === 'number')) break;
    own ||= isOwnWorkPhone(tokens, j) || isTeamWorkPhone(tokens, j) || isWritersWorkPhone(tokens, j);
    if (tokens[j]!.lineBefore) break;
  }
  let j = k;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  let other = false;
  for (const last = j + AFTER; j < tokens.length && j < last && !tokens[j]!.lineBefore; j++) {
    if (SENTENCE_ENDS.has(tokens[j]!.text)) break;
    if (tokens[j]!.key === PRIVATE && isAnotherAfter(tokens, j)) break;
    // Batch 72: "mijn werknummer 06-..., liever niet privé bellen": the private line declined.
    if (tokens[j]!.key === PRIVATE && DECLINED.has(tokens[j - 1]?.key ?? '')) continue;
    if (NOT_OWN.has(tokens[j]!.key)) return false;
    other ||= isFirstName(tokens[j]!) || tokens[j]!.type === 'number';
    own ||= !other && isOwnWorkPhone(tokens, j);
  }
  return own;
}

/** "haar werk-06" at j, a colleague named earlier in the sentence and no client between. */
function isColleaguesWorkPhone(tokens: readonly Token[], j: number): boolean {
  if (!HIS_HER_SHORT.has(tokens[j]!.key) || !isWorkPhoneAt(tokens, j + 1)) return false;
  for (let b = j - 1; b >= 0 && b >= j - COLLEAGUE_WINDOW; b--) {
    const key = tokens[b]!.key;
    if (SENTENCE_ENDS.has(tokens[b]!.text) || CLIENTS.has(key)) return false;
    if (COLLEAGUES.has(key)) return true;
    if (tokens[b]!.lineBefore) return false;
  }
  return false;
}

/** "privé heb ik een ander(e)": within four words after "privé" at j, another line. */
function isAnotherAfter(tokens: readonly Token[], j: number): boolean {
  for (let a = j + 1; a < tokens.length && a <= j + 4; a++) if (OTHER.has(tokens[a]!.key)) return true;
  return false;
}

function isFirstName(token: Token): boolean {
  return token.capitalised && isKnownFirstName(token.key);
}

/** "werknummer", "werkmobiel", "mobiel werk" at j. */
function isWorkPhoneAt(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]!.key;
  return WORK_PHONES.has(key) || (PHONE_NOUNS.has(key) && tokens[j + 1]?.key === WORK);
}

/**
 * "Werktelefoon van de jobcoaches", "werknummer van ons team", "werktelefoon van de jobcoach": a team's or a
 * professional's work phone at j; "de teamtelefoon", "piketnummer": a phone a team shares.
 */
function isTeamWorkPhone(tokens: readonly Token[], j: number): boolean {
  if (TEAM_PHONES.has(tokens[j]!.key)) return true;
  if (!isWorkPhoneAt(tokens, j)) return false;
  // Batch 50: "werktelefoon jobcoach: 06 - ...": the professional right after the work phone.
  if (tokens[j + 1]?.key !== 'van') return isJobTitle(tokens[j + 1]?.key ?? '');
  let v = j + 2;
  if (TEAM_ARTICLES.has(tokens[v]?.key ?? '') && tokens[v + 1]?.type === 'word') v++;
  const owner = tokens[v]?.key ?? '';
  // "consulenten", "jobcoaches", "arbeidsdeskundigen".
  return (
    TEAMS.has(owner) ||
    isJobTitle(owner) ||
    isPluralJobTitle(owner) ||
    (owner.endsWith('en') && isJobTitle(owner, owner.length - 2))
  );
}

/** A work phone at j, and the writer ("mij", "me", "ik") earlier in its sentence, no one else's word between. */
function isWritersWorkPhone(tokens: readonly Token[], j: number): boolean {
  if (!isWorkPhoneAt(tokens, j)) return false;
  for (let b = j - 1; b >= 0 && b >= j - WRITER_WINDOW; b--) {
    const key = tokens[b]!.key;
    // "b.mulder@ggzingeest.nl": a full stop inside an address ends no sentence.
    if ((SENTENCE_ENDS.has(tokens[b]!.text) && !isGlued(tokens[b], tokens[b + 1])) || NOT_OWN.has(key))
      return false;
    if (WRITER.has(key)) return true;
    if (tokens[b]!.lineBefore) return false;
  }
  return false;
}

/** "mijn werknummer", "m'n vaste werknummer", "mijn zakelijke nummer", with "mijn" at j. */
function isOwnWorkPhone(tokens: readonly Token[], j: number): boolean {
  if (!OWN.has(tokens[j]!.key)) return false;
  let v = j + 1;
  const business = tokens[v]?.key === BUSINESS;
  if (ADJECTIVES.has(tokens[v]?.key ?? '')) v++;
  const noun = tokens[v]?.key ?? '';
  return WORK_PHONES.has(noun) || (business && PHONE_NOUNS.has(noun));
}
