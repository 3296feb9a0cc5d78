import { isDigitCode, isLetterAt } from './chars.ts';
import { CLIENT_ROLES, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { isAtNamedOrganisation } from './email-domain-named.ts';
import { hasRoleSubject, isNamedWorkMail, isProfessionalsPronoun } from './email-owner.ts';
import { isGroupWord } from './email-plural-subject.ts';
import { collectWords } from './email-words.ts';
import { isPartnerDomain, isPrivateDeclined } from './email-work-partner.ts';
import { isOfficeWord } from './organisation-words.ts';
import { isKnownPlaceKey } from './places.ts';
import { HIS_HER_SHORT } from './possessives.ts';
import { isJobTitle } from './signature.ts';
import { foldKey, wordSet } from './word-sets.ts';

/**
 * A professional's work address: "Mijn werkmail is j.vanderveen@laborijn.nl", "De contactpersoon bij UWV
 * is m.bosman@uwv.nl", "Mijn collega Pieter (jobcoach) mailt vanaf p.lammers@werkfit.nl". An address at
 * an organisation's domain (no free-mail or internet provider's domain: a client's own address lives
 * there) passes when the words around it on its line say it is a colleague's, a contact person's, a
 * professional's (a job title), the writer's own ("mijn mailadres") or a work channel's ("of via Teams"),
 * and nothing says it is a client's ("klant", "deelnemer", "zijn", "haar", "moeder", "privé" ...). Without
 * such words ("Vragen kunnen naar sanne.visser@ggnet.nl") it is someone's address like any other.
 * Reads at most WINDOW_BEFORE characters before the address and WINDOW_AFTER after it.
 */
const WINDOW_BEFORE = 80;
const WINDOW_AFTER = 60;

// Free-mail services and internet providers: where people keep their private addresses. Any label of
// the domain counts ("hotmail.co.uk", "home.nl", "kpnplanet.nl").
const PRIVATE_DOMAIN_LABELS =
  wordSet(`gmail googlemail hotmail outlook live msn ziggo kpnmail kpnplanet planet home xs4all
  icloud me mac yahoo ymail telfort casema chello zeelandnet upcmail hetnet quicknet tele2 online versatel
  caiway solcon kabelfoon onsbrabantnet protonmail proton pm gmx aol mail fastmail tutanota tutamail hey
  tiscali wanadoo freeler zonnet worldonline telenet skynet`);
// Words that say the address is a professional's.
const WORK_WORDS =
  wordSet(`werkmail werkmailadres zakelijk zakelijke collega collegas collega's contactpersoon
  contactpersonen aanspreekpunt teams werkadres werkgeversvragen werkgeversvraag
  opvolger opvolgster vervanger vervangster waarnemer waarneemster waargenomen secretariaat`);
// Batch 60: "secretariaat werkgroep: ...@...": the secretariat's address, an office's.
// Batch 55: a successor or stand-in ("mijn opvolger is ...", "mijn vervanger Ilse, ...") is a professional's.
// Since heldout2122-addr-classes (held-out 21's class) a meeting's papers sent there: "Mail de agenda even
// naar ...", "De notulen van de stuurgroep graag naar ...": a client is not sent a werkgroep's papers ("moet
// uit de actielijst" sends nothing); "Stuur het rooster naar ..." (a tuning line of heldout17-classes).
const MEETING_PAPERS = wordSet('agenda notulen rooster');
const SENT_TO = 'naar';
const PAPERS_TO_SENT = 5;
// "bedrijfsmail", "kantoormail", "zakelijk-mailadres": a compound that calls it a work mailbox; since held-out
// 24 also a department's ("afdelingsmail").
const WORK_MAIL =
  /^(?:werk|bedrijfs?|kantoor|zaak|zaken|zakelijke?|organisatie|dienst|team|afdelings?)-?(?:e-?)?mail(?:adres|box)?$/;
// "mijn mailadres is ...", "m'n mail": the writer's own address (a professional writes in Schakel).
// Batch 60: "onze mail is ipsteamweert@...": the writer's team's, as "mijn" is the writer's.
const OWN_WORDS = wordSet("mijn m'n onze ons");
const MAIL_NOUNS = wordSet('mail mailadres e-mail e-mailadres email emailadres adres');
// "mijn nieuwe mailadres is ...": an adjective between the possessive and the noun.
// Batch 60: "mijn eigen mailadres is gewijzigd": the writer's own ("eigen" alone is a client's word).
const MAIL_ADJECTIVES = wordSet('nieuwe nieuw oude vaste huidige tijdelijke juiste correcte enige eigen');
// "kunnen naar mij: s.bakker@...", "mail me op ...": the writer ("iemand mailde me vanaf ..." is none).
const TO_WRITER = wordSet('naar mail mailen mailt bereik');
const WRITER_WORDS = wordSet('mij me');
// Words that say it is a client's or someone close to them.
export const CLIENT_WORDS = wordSet(
  `${CLIENT_ROLES} ${YOUNG_PEOPLE} ${RELATIVES} klanten clienten deelnemers kandidaten jongeren bewoner
  aanvrager patient sollicitant hij zij ze hem zijn haar z'n d'r ouders zoon dochter prive privemail
  eigen thuis persoonlijk persoonlijke cv`,
);

/** Whether the address text[start, end), its domain from `domain`, is a professional's work address. */
export function isWorkAddress(text: string, start: number, domain: number, end: number): boolean {
  if (hasPrivateDomain(text, domain, end)) return false;
  if (isAtNamedOrganisation(text, start, domain, end)) return true; // batch 57
  let work = false;
  let previous = '';
  let own = false;
  const words = wordsAround(text, start, end);
  let possessed = false;
  let professional = false;
  // "Lieke's werkmail is ..., zet haar in de cc": her pronouns are the professional's (held-out 18).
  const named = namesWorkMailOwner(words);
  for (let w = 0; w < words.length; w++) {
    const key = words[w]!;
    if (isClientWordAt(words, w, named)) {
      if (!isOwnersWorkMail(key, words[w + 1])) return false;
      possessed = true;
    }
    professional ||= EMPLOYERS.has(key) || isJobTitle(key);
    work ||=
      isWorkWord(key) ||
      isJobTitle(key) ||
      isPluralJobTitle(key) ||
      isPaperSent(words, w) ||
      isOfOffice(words, w) ||
      isTurnedTo(words, w) ||
      isOwnPrivateNamed(words, w);
    work ||= (own && MAIL_NOUNS.has(key)) || (TO_WRITER.has(previous) && WRITER_WORDS.has(key));
    own = OWN_WORDS.has(key) || (own && MAIL_ADJECTIVES.has(key) && OWN_WORDS.has(previous));
    previous = key;
  }
  work ||= LABELLED_WORK.test(text.slice(end, end + LABEL_ROOM));
  // "zijn werkmail is ..." alone may be a client's own work address: only with the professional named.
  return work && (!possessed || professional || isPartnerDomain(text, domain, end));
}

/**
 * The word at w says the address is a client's or someone close to one's; not when denied ("geen klant"),
 * said of the writer ("mijn eigen"), of a cv sent there, of a group, of another address, or a professional's
 * pronoun (`named`: the line names whose work address it is).
 */
export function isClientWordAt(words: readonly string[], w: number, named: boolean): boolean {
  const key = words[w]!;
  return (
    CLIENT_WORDS.has(key) &&
    words[w - 1] !== 'geen' && // "dat is onze collega, geen klant" (held-out 39's class)
    !(key === 'eigen' && OWN_WORDS.has(words[w - 1] ?? '')) &&
    !isCvSentTo(words, w) &&
    !isGroupWord(words, w) &&
    !isOtherAddressPrivate(words, w) &&
    !isPrivateDeclined(words, w) &&
    !isOwnPrivateNamed(words, w) &&
    !isProfessionalsPronoun(words, w, named, isWorkWord)
  );
}

/** Whether the line's words name whose work address it is (a genitive, "van" a name, a role's subject). */
export function namesWorkMailOwner(words: readonly string[]): boolean {
  return isNamedWorkMail(words, isWorkMailWord) || hasRoleSubject(words, isWorkWord);
}

/** "de agenda even naar": a meeting's papers at w, "naar" a few words on. */
function isPaperSent(words: readonly string[], w: number): boolean {
  if (!MEETING_PAPERS.has(words[w]!)) return false;
  for (let a = w + 1; a <= w + PAPERS_TO_SENT && a < words.length; a++) if (words[a] === SENT_TO) return true;
  return false;
}

// Batch 55: "Jeroen van het werkbedrijf is overgestapt naar UWV, nieuwe mail ...": someone "van" an office
// or team is its staff, as in phone-context.ts ("Johan van de gemeente").
const OFFICE_ARTICLES = wordSet('de het');

function isOfOffice(words: readonly string[], w: number): boolean {
  if (words[w] !== 'van' || !OFFICE_ARTICLES.has(words[w + 1] ?? '')) return false;
  return isOfficeWord(words[w + 2] ?? '');
}

// Batch 55: the one the reader may turn to ("voor Wajong-vragen kun je terecht bij Pieter (...)"); not
// someone who may turn to another ("Kim kan terecht bij het werkbedrijf, ...").
const READERS = wordSet('je jullie u iedereen men');
const READER_REACH = 4;

function isTurnedTo(words: readonly string[], w: number): boolean {
  if (words[w] !== 'terecht' || words[w + 1] !== 'bij') return false;
  for (let r = w - 1; r >= 0 && r >= w - READER_REACH; r--) if (READERS.has(words[r]!)) return true;
  return false;
}

function isWorkWord(key: string): boolean {
  return WORK_WORDS.has(key) || WORK_MAIL.test(key);
}

function isWorkMailWord(key: string): boolean {
  return key === 'werkadres' || WORK_MAIL.test(key);
}

// "<j.kessels@heuvelland.nl> (werk)": labelled a work address right after it (since heldout17-classes).
const LABELLED_WORK = /^>?\s?[([](?:werk|work|zakelijk)[)\]]/i;
const LABEL_ROOM = 12;
// "stuur je cv maar", "cv sturen naar ...": the address receives a cv, so it is an employer's (since
// heldout17-classes); a client's pronoun or role word still counts ("zijn cv komt van ...").
const SEND_WORDS = wordSet('stuur stuurt sturen opsturen toesturen mail mailen mailt');

// "mijn werkmail is ..., die andere is privé": "privé" said of another address (since heldout17-classes).
const OTHER = 'andere';

function isOtherAddressPrivate(words: readonly string[], w: number): boolean {
  if (words[w] !== 'prive') return false;
  if (isWritersPrivate(words, w)) return true;
  return words[w - 1] === OTHER || words[w - 2] === OTHER || words[w - 3] === OTHER;
}

// "mijn privé check ik zelden", "privé lees ik niet": the writer's own private mail (held-out 21's class).
function isWritersPrivate(words: readonly string[], w: number): boolean {
  return OWN_WORDS.has(words[w - 1] ?? '') || words[w + 1] === 'ik' || words[w + 2] === 'ik';
}

// Held-out 23: "Mijn privé-mailadres is niet voor werk, gebruik a.dekker@uwv.nl": the writer names their
// own private address apart, so the one at an organisation is their work address.
function isOwnPrivateNamed(words: readonly string[], w: number): boolean {
  return words[w]!.startsWith('prive') && OWN_WORDS.has(words[w - 1] ?? '');
}

function isCvSentTo(words: readonly string[], w: number): boolean {
  if (words[w] !== 'cv') return false;
  return (
    SEND_WORDS.has(words[w - 1] ?? '') ||
    SEND_WORDS.has(words[w - 2] ?? '') ||
    SEND_WORDS.has(words[w + 1] ?? '')
  );
}

// "de werkgever ..., zijn werkmail is ...", "dat is zijn werkmail als beleidsadviseur": the possessive of a
// work mailbox is the professional's when an employer or a job title is named on the line (since
// heldout15-classes); "zijn werkmail is ..." alone may be a client's, and a client word still counts.
const EMPLOYERS = wordSet('werkgever werkgevers leidinggevende eigenaar directeur manager');

function isOwnersWorkMail(key: string, next: string | undefined): boolean {
  // "dat is zijn werkadres" too (held-out 24's class).
  return HIS_HER_SHORT.has(key) && next !== undefined && (isWorkMailWord(next) || next === 'zakelijke');
}

// Regions a werkgroep works in, beside the places of places.ts.
export const REGIONS =
  wordSet(`achterhoek twente veluwe salland liemers betuwe rivierenland gooi kennemerland westfriesland
  drenthe friesland fryslan groningen limburg brabant zeeland holland flevoland gelderland overijssel
  noordoost zuidoost noordwest zuidwest midden-nederland`);

/**
 * "achterhoek@hoofdzaakwerk.nl", "doetinchem@uwv.nl", "twente.oost@ipsnetwerk.nl": a region or a known
 * place (no ordinary word such as "best") as the local part or its first part, at an organisation's domain.
 */
export function isRegionMailbox(text: string, start: number, domain: number, end: number): boolean {
  let cut = start;
  while (cut < domain && isLetterAt(text, cut)) cut++;
  // "ede1990@": a name with a year is a person's.
  if (isDigitCode(text.charCodeAt(cut))) return false;
  const part = foldKey(text.slice(start, cut));
  return (REGIONS.has(part) || isKnownPlaceKey(part)) && !hasPrivateDomain(text, domain, end);
}

/** "arbeidsdeskundigen", "jobcoaches", "consulenten": a team named by its job title. */
export function isPluralJobTitle(key: string): boolean {
  if (key.endsWith('es')) return isJobTitle(key, key.length - 2);
  if (key.endsWith('n') || key.endsWith('s')) return isJobTitle(key, key.length - 1);
  return false;
}

/** Whether a label of the domain text[domain, end) before its last is a free-mail or internet provider's. */
export function hasPrivateDomain(text: string, domain: number, end: number): boolean {
  // "gmail.com", and spelled or spaced: "gmail [dot] com", "gmail . com".
  const labels = text
    .slice(domain, end)
    .toLowerCase()
    .split(/[^\p{L}\d-]+/u);
  labels.pop();
  return labels.some((label) => PRIVATE_DOMAIN_LABELS.has(label));
}

/** The folded words on the address's line, within the windows before and after it. */
function wordsAround(text: string, start: number, end: number): string[] {
  let from = start;
  while (from > 0 && start - from < WINDOW_BEFORE && !isLineBreak(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < WINDOW_AFTER && !isLineBreak(text.charCodeAt(to))) to++;
  const words: string[] = [];
  // Batch 55: an address alone on its line that answers a question on the line before it ("wat is je
  // werkmail ook alweer?\n> j.terhorst@ggnet.nl 👍"): that line's words are its words.
  if (isAnswerLine(text, from, start, end, to)) {
    let above = from - 1;
    while (above > 0 && from - above < WINDOW_BEFORE && !isLineBreak(text.charCodeAt(above - 1))) above--;
    collectWords(text, above, from - 1, words);
  }
  collectWords(text, from, start, words);
  collectWords(text, end, to, words);
  return words;
}

/** No words beside the address on its line, and a question mark ending the line before or a ">" quoting it. */
function isAnswerLine(text: string, from: number, start: number, end: number, to: number): boolean {
  if (from === 0 || !isLineBreak(text.charCodeAt(from - 1))) return false;
  const before = text.slice(from, start);
  if (/\p{L}/u.test(before) || /\p{L}/u.test(text.slice(end, to))) return false;
  return (
    before.includes('>') ||
    text
      .slice(Math.max(0, from - 40), from - 1)
      .trimEnd()
      .endsWith('?')
  );
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}
