import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { isJobTitle } from './signature.ts';
import { isGlued, type Token } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 48 (issue 14): a professional's number said to be work passes, as a professional's work address
 * does (email-context.ts): a professional (a job title, "contactpersoon", "collega", or the writer: "mijn")
 * and a word saying it is work ("werk", "zakelijk") in the number's sentence: "tel. Sanne (jobcoach,
 * werk): 06-...", "het 06-nummer van de jobcoach is 06-..., zakelijk", "mijn mobiel voor werk: 06-...". A
 * landline needs no work word with a contact person or job title ("contactpersoon werkgever: dhr. Bakker,
 * 0314-..."; a title or first name names that contact). Never with a word for a client, someone close to
 * one, a pronoun or a private line near it ("de jobcoach van de deelnemer", "zijn werknummer", "privé").
 * Stop 37 (batch 74): a mailbox the guard lets pass right before the number (a professional's or an
 * organisation's work address, phone-beside-mailbox.ts) says both, as a contact card does ("Trajectbegeleider
 * Tiel: Marieke de Boer, m.deboer@werkpleintiel.nl, 06 ..."), and so does "zakelijk nummer" at the number
 * ("die van Lotte is 06-..., zakelijk nummer"); the words that keep it someone's still do ("Deelnemer ...").
 */
// Counted in words apart: "Jobcoach Huizen: Nadia El Idrissi, n.elidrissi@..., 06-... (werk)" reaches the title
// past an address (held-out 39's class).
const BEFORE = 10;
const AFTER = 6;
const PROFESSIONALS = wordSet('contactpersoon contactpersonen aanspreekpunt collega');
// Review 30: "Onze werkmobiel voor de ips-lijn is 06-...": the organisation's own line.
const OWN = wordSet("mijn m'n mn onze");
const WORK_LABELS = wordSet('werk zakelijk zakelijke werk-06 werkmobiel werkzaken werkgerelateerd'); // det-contacts37: the last two
// "06-... (werktelefoon)", "de dienst-06 door: 06-...": a work line named at the number (held-out 39's class);
// further back ("mijn werknummer 06-..., of bel Sanne op 06-...") it names another number.
const NUMBER_LABELS = wordSet(
  'werktelefoon werknummer werknr dienst-06 dienstnummer dienstmobiel werkmobiel werk-06',
);
const LABEL_REACH = 3;
// det-contacts37: any compound of a work line's kind and a number word ("diensttelefoon", "teamnummer",
// "piketnummer", "kantoormobiel", "spreekuurnummer", "bereikbaarheidsnummer", "doorkiesnummer").
const LINE_KINDS = [
  'werk',
  'dienst',
  'kantoor',
  'team',
  'piket',
  'bereikbaarheids',
  'spreekuur',
  'zakelijk',
  'bedrijfs',
  'doorkies',
  'afdelings',
  'service',
  'consignatie',
];
const LINE_NOUNS = ['telefoon', 'telefoonnummer', 'nummer', 'nr', 'mobiel', '06', '06-nummer', 'lijn'];

/** "diensttelefoon", "teamnummer", "werk-06": a work line named by one compound word. */
export const isWorkLineLabel = keyTest((key) => {
  if (NUMBER_LABELS.has(key)) return true;
  const kind = LINE_KINDS.find((p) => key.startsWith(p));
  if (kind === undefined) return false;
  const rest = key.slice(kind.length).replace(/^-/, '');
  return LINE_NOUNS.includes(rest);
});
const BUSINESS = wordSet('zakelijk zakelijke');
const NUMBER_WORDS = wordSet('nummer nr telefoon mobiel 06 06-nummer');
const TITLES = wordSet(FORMS_OF_ADDRESS);
const NOT_PROFESSIONAL = wordSet(
  `${CLIENT_ROLES} ${YOUNG_PEOPLE} ${RELATIVES} hij zij ze zijn haar hem z'n d'r prive privenummer thuis
  thuisnummer zoon dochter ouders woont clienten deelnemers kandidaten`,
);
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/** The number at token k (ending at character `end`) is a professional's, said to be work where it must be. */
export function isProfessionalsNumber(
  tokens: readonly Token[],
  k: number,
  end: number,
  mobile: boolean,
  besideWorkMailbox = false,
): boolean {
  let professional = besideWorkMailbox;
  let work = besideWorkMailbox;
  let own = false;
  // Review 30: "Werkmobiel: 06-...", "Werkmobiel Kees: 06-...": a work line named at the number is a professional's.
  let labelled = false;
  const see = (j: number): boolean => {
    const key = tokens[j]!.key;
    if (NOT_PROFESSIONAL.has(key) && !(TITLES.has(key) && !mobile)) return false;
    professional ||= PROFESSIONALS.has(key) || isJobTitle(key);
    own ||= OWN.has(key);
    const label =
      isWorkLineLabel(tokens[j]!) || (BUSINESS.has(key) && NUMBER_WORDS.has(tokens[j + 1]?.key ?? ''));
    const atNumber = label && (j > k || j >= k - LABEL_REACH);
    work ||= WORK_LABELS.has(key) || atNumber;
    labelled ||= atNumber;
    return true;
  };
  for (let j = k - 1, words = 0; j >= 0 && words < BEFORE && !isSentenceEnd(tokens, j); j--) {
    if (!see(j)) return false;
    if (tokens[j]!.lineBefore) break;
    if (tokens[j]!.spaceBefore) words++;
  }
  let j = k;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  for (const last = j + AFTER; j < tokens.length && j < last && !tokens[j]!.lineBefore; j++) {
    if (isSentenceEnd(tokens, j)) break;
    if (!see(j)) return false;
  }
  if (mobile) return work && (professional || own || labelled);
  return professional;
}

/** A full stop, "!" or "?" at j; not the dot of "dhr." or an initial. */
function isSentenceEnd(tokens: readonly Token[], j: number): boolean {
  if (!SENTENCE_ENDS.has(tokens[j]!.text)) return false;
  const before = tokens[j - 1];
  // "n.elidrissi@ipshuizen.nl": a dot inside an address (held-out 39's class).
  if (isGlued(before, tokens[j]) && isGlued(tokens[j], tokens[j + 1])) return false;
  return (
    tokens[j]!.text !== '.' || before === undefined || (!TITLES.has(before.key) && before.text.length > 1)
  );
}
