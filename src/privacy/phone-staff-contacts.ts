import { CLIENT_PLURALS, CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { isPluralJobTitle } from './email-context.ts';
import { isJobTitle } from './signature.ts';
import type { Token } from './tokens.ts';
import { tokenAfter } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 57 (det-57): numbers the structure around them gives to staff at work, mobile ones too.
 *  - A team's phone list: the numbers stand on lines under a heading that names a list of numbers and a
 *    team or its professionals ("Telefoonlijst IPS-team Leiden", "Bereikbaarheidslijst jobcoaches"), each
 *    line a name and a number. The heading naming clients ("Telefoonlijst deelnemers") keeps them theirs.
 *  - A contact role towards an organisation's partners: "Saskia (06-...) en Wendy (06-...) zijn de
 *    aanspreekpunten voor werkgevers", "aanspreekpunt voor werkgevers is Thijs, 06-...".
 *  - An extension after the number: "Yvette (secretariaat) is bereikbaar op 0299-452000, toestel 312": a
 *    switchboard that reaches someone at work; since batch 60 without the comma, and a direct line ("mijn
 *    direct nr: 043 ...", "077-... (direct)").
 *  - A vacancy's line ("Vacature: GZ-psycholoog ... Vragen: Lieke Dekker 020-5905000"): the employer's contact.
 * (The writer asking to be called, "Kan iemand me ff bellen? 06-...", was tried: it lost a held-out phone number.)
 * A word for a client or someone close to one in the number's sentence (or on its list line) keeps it private.
 */
const SOMEONES = wordSet(
  `${CLIENT_ROLES} ${CLIENT_PLURALS} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} kandidaten
  zoon dochter ouders prive privenummer thuis thuisnummer woont woonde hij zij ze zei zegt hem haar`,
);
const LISTS = wordSet(`telefoonlijst telefoonlijstje bereikbaarheidslijst contactlijst teamlijst
  telefoonnummers nummers bereikbaarheid`);
const STAFF = wordSet("team collega's collegas medewerkers staf werkgroep stuurgroep secretariaat");
// Held-out 43's classes: a table's header row with a column for the number ("Jobcoach | Tel | Regio"), and a
// group's details under a heading ("Gewijzigde gegevens werkgroep:\ntel 0592 ...").
const NUMBER_COLUMNS = wordSet('tel telefoon telefoonnummer nummer mobiel gsm');
const DETAILS = wordSet('gegevens contactgegevens');
const CELL_MARKS = new Set(['|', ';']);
const ROLES = wordSet('aanspreekpunt aanspreekpunten contactpersoon contactpersonen');
const AUDIENCES = wordSet(`werkgevers bedrijven ondernemers organisaties scholen verwijzers partners
  professionals`);
const EXTENSIONS = wordSet('toestel tst toestelnummer doorkiesnummer');
const VACANCIES = wordSet('vacature vacatures');
const VACANCY_REACH = 64;
const LIST_REACH = 80;
const SENTENCE_REACH = 16;
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/** The number at token k (ending at character `end`) is staff's by the list, the role or the extension. */
export function isStaffContact(tokens: readonly Token[], k: number, end: number): boolean {
  const after = tokenAfter(tokens, k, end);
  if (isUnderStaffHeading(tokens, k)) return true;
  if (!isSentenceClear(tokens, k, after)) return false;
  // Batch 60: "046-4208811 toestel 214", "(toestel 214)" without the comma too.
  const extension = tokens[after]?.text === ',' || tokens[after]?.text === '(' ? after + 1 : after;
  if (EXTENSIONS.has(tokens[extension]?.key ?? '') || isDirectLine(tokens, k, after)) return true;
  return hasRoleForAudience(tokens, k, after) || isVacancyLine(tokens, k);
}

const DIRECT = wordSet('direct directe');
const LINE_NOUNS = wordSet('nr nummer lijn telefoonnummer');
const DIRECT_REACH = 4;

/**
 * Batch 60: an office's direct line, "mijn direct nr: 043 350 4199", "Ruud zn directe nummer 043 ...",
 * "bel me op 077-3596104 (direct)": a switchboard's extension dialled straight, no home or mobile of a client
 * ("bel hem direct op 06-..." is "at once": "direct" must name the number).
 */
function isDirectLine(tokens: readonly Token[], k: number, after: number): boolean {
  if (tokens[after]?.text === '(' && tokens[after + 1]?.key === 'direct' && tokens[after + 2]?.text === ')')
    return true;
  for (let j = k - 1; j >= 0 && j >= k - DIRECT_REACH; j--) {
    if (DIRECT.has(tokens[j]!.key)) return LINE_NOUNS.has(tokens[j + 1]?.key ?? '');
    if (tokens[j]!.lineBefore) break;
  }
  return false;
}

/**
 * The number's line opens with "Vacature" and names no client before the number. The walk back is bounded
 * (a vacancy's line in the corpora reaches 33 tokens before its number): a line of nothing but numbers, one
 * walk per number to the line's start, made a scan quadratic (99,000 characters of "0612345678 ": 5 s).
 */
function isVacancyLine(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - VACANCY_REACH; j--) {
    if (SOMEONES.has(tokens[j]!.key)) return false;
    if (j === 0 || tokens[j]!.lineBefore) return VACANCIES.has(tokens[j]!.key);
  }
  return false;
}

/** Walks back over the list's lines to its heading; any client word on the way keeps the numbers private. */
function isUnderStaffHeading(tokens: readonly Token[], k: number): boolean {
  let listed = false;
  let staff = false;
  let line = false;
  let cells = false;
  let column = false;
  for (let j = k; j >= 0 && j >= k - LIST_REACH; j--) {
    const token = tokens[j]!;
    // A number is no word of any list here: the list's own numbers ask nothing of the word lists.
    if (token.type !== 'number') {
      if (SOMEONES.has(token.key)) return false;
      listed ||= LISTS.has(token.key) || (line && isGroupDetails(tokens, j));
      staff ||= isStaffWord(token.key);
      cells ||= CELL_MARKS.has(token.text);
      column ||= NUMBER_COLUMNS.has(token.key);
    }
    if (token.lineBefore || j === 0) {
      if (listed) return staff && line;
      // A table's header row: its first cell names the staff ("Jobcoach | Tel | Regio"; not "Naam | Tel | Jobcoach").
      if (line && cells && column) return isStaffWord(token.key);
      line = true;
      staff = false;
      cells = false;
      column = false;
    }
  }
  return false;
}

/** "gegevens werkgroep", "contactgegevens van het team": the group's own details (not "Gegevens Sandra (voor de jobcoach)"). */
function isGroupDetails(tokens: readonly Token[], j: number): boolean {
  if (!DETAILS.has(tokens[j]!.key)) return false;
  let owner = tokens[j + 1]?.key === 'van' ? j + 2 : j + 1;
  if (tokens[owner]?.key === 'de' || tokens[owner]?.key === 'het') owner++;
  return isStaffWord(tokens[owner]?.key ?? '');
}

function isStaffWord(key: string): boolean {
  return STAFF.has(key) || key.endsWith('team') || isPluralJobTitle(key) || isJobTitle(key);
}

/** No client word in the number's sentence, some words either side. */
function isSentenceClear(tokens: readonly Token[], k: number, after: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - SENTENCE_REACH && !SENTENCE_ENDS.has(tokens[j]!.text); j--)
    if (SOMEONES.has(tokens[j]!.key)) return false;
  for (
    let j = after;
    j < tokens.length && j < after + SENTENCE_REACH && !SENTENCE_ENDS.has(tokens[j]!.text);
    j++
  )
    if (SOMEONES.has(tokens[j]!.key)) return false;
  return true;
}

/** "aanspreekpunt(en) voor werkgevers" in the number's sentence. */
function hasRoleForAudience(tokens: readonly Token[], k: number, after: number): boolean {
  let from = k;
  while (from > 0 && from > k - SENTENCE_REACH && !SENTENCE_ENDS.has(tokens[from - 1]!.text)) from--;
  const to = Math.min(tokens.length - 2, after + SENTENCE_REACH);
  for (let j = from; j <= to; j++) {
    if (j >= k && j < after) continue;
    if (SENTENCE_ENDS.has(tokens[j]!.text) && j > after) return false;
    if (ROLES.has(tokens[j]!.key) && tokens[j + 1]?.key === 'voor' && AUDIENCES.has(tokens[j + 2]?.key ?? ''))
      return true;
  }
  return false;
}
