import { hasCareStem } from './care-stems.ts';
import { isDigitCode, isLetterAt } from './chars.ts';
import { isAudienceMailbox } from './email-audience.ts';
import { hasPrivateDomain, isPluralJobTitle, isRegionMailbox, isWorkAddress } from './email-context.ts';
import { isQuestionDesk } from './email-desk.ts';
import { isGroupAtRegion } from './email-group-region.ts';
import { isOrganisationContact } from './email-organisation.ts';
import { isSignatureAddress } from './email-signature.ts';
import { spelledDomainEnd } from './email-spelled.ts';
import { isMunicipalServiceMailbox, isNamedTeamMailbox, isTeamAtPlace } from './email-team-place.ts';
import type { Finding } from './findings.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { DEFAULT_ORGANISATIONS } from './organisations.ts';
import { isJobTitle } from './signature.ts';

// RFC 5321 limits; bounding both walks keeps "a@a@a@..." and a 100 KB local part linear.
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
// People who know better still write "naam(at)domein.nl"; it is just as much an address.
const AT_SPELLINGS = ['(at)', '[at]', '{at}', '<at>'];
// "jan＠gmail.com": the full-width at sign of East Asian keyboards.
const FULL_WIDTH_AT = 0xff20;

/**
 * Finds e-mail addresses: a local part, "@" (or "(at)"/"[at]"), and a domain with at least one dot
 * and a top-level label of two or more letters, or with its dots spelled out ("gmail[dot]com",
 * "gmail . com"; email-spelled.ts). "@Sanne" (a chat mention) has no local part and is
 * left alone.
 */
export function findEmails(text: string): Finding[] {
  const findings: Finding[] = [];
  let i = 0;
  while (i < text.length) {
    const atLength = atLengthAt(text, i);
    if (atLength === 0) {
      i++;
      continue;
    }
    const finding = emailAround(text, i, atLength);
    if (finding !== null) findings.push(finding);
    i = finding === null ? i + atLength : finding.end;
  }
  return findings;
}

/** The address around an "@" (or "(at)") at position i, or null. For callers that walk tokens. */
export function emailAt(text: string, i: number): Finding | null {
  const atLength = atLengthAt(text, i);
  return atLength === 0 ? null : emailAround(text, i, atLength);
}

/** Whether a character outside a word may start an address's at sign: "@", "＠", "(at)", "[at]", "{at}", "<at>". */
export function mayStartEmail(c: number): boolean {
  return c === 64 || c === 40 || c === 91 || c === 123 || c === 60 || c === FULL_WIDTH_AT;
}

/** Adds the address around position i (its at sign, or the word "at") to findings; returns where it ends, or `until`. */
export function pushEmailAt(text: string, i: number, findings: Finding[], until: number): number {
  const email = emailAt(text, i);
  if (email === null) return until;
  findings.push(email);
  return email.end;
}

function emailAround(text: string, i: number, atLength: number): Finding | null {
  // "naam (at) domein.nl", "naam @ gmail . com": often typed with a space on either side.
  const spaced = text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + atLength) === 32;
  const at = spaced ? i - 1 : i;
  const from = spaced ? i + atLength + 1 : i + atLength;
  const start = localStart(text, at);
  const plainEnd = domainEnd(text, from);
  const end = plainEnd > from ? plainEnd : spelledDomainEnd(text, from);
  if (start >= at || end <= from || isRoleMailbox(text, start, at)) return null;
  if (spaced && atLength <= 2 && !isSpacedAddress(text, { start, at, from, end }, atLength === 2))
    return null;
  // "Mijn werkmail is j.vanderveen@laborijn.nl": a professional's address at their organisation;
  // "achterhoek@hoofdzaakwerk.nl": a region's mailbox.
  // "Mail voor vragen over de loonkostensubsidie: lks@almelo.nl": a desk's mailbox (held-out 18).
  if (isWorkAddress(text, start, from, end) || isRegionMailbox(text, start, from, end)) return null;
  // "hzw-gelderland@ipsnederland.nl": a group's mailbox for its region, never at a free-mail domain
  // ("ed-twente@gmail.com" is a person's; review 29).
  if (isGroupAtRegion(text.slice(start, at).toLowerCase()) && !hasPrivateDomain(text, from, end)) return null;
  if (isQuestionDesk(text, start, at, from, end) || isMunicipalServiceMailbox(text, start, at, from, end))
    return null;
  if (isSignatureAddress(text, start, from, end)) return null;
  if (isOrganisationContact(text, start, at, from, end)) return null;
  return { kind: 'email', start, end };
}

/**
 * A bare "@" (or the word "at") with spaces around it: "Lunch @ restaurant.nl", "Slides @ www.x.nl" point to a
 * place or a site. An address only at a free-mail or internet provider's domain ("d.hendriks88 @ gmail . com",
 * "jan.jansen at gmail dot com"; for the word "at" a first name or a local part with a dot, underscore or digit
 * before it), or, for "@", with a local part written as one ("jan @ ggnet.nl": lower
 * case, a first name or with a dot, underscore or digit); never at "www.".
 */
function isSpacedAddress(text: string, parts: AddressParts, word: boolean): boolean {
  const { start, at, from, end } = parts;
  if (text.slice(from, from + 4).toLowerCase() === 'www.') return false;
  const local = text.slice(start, at);
  // "Werk at home.nl", "Borrel at Ziggo.nl": the word "at" only after a local part that is one (review 2).
  if (word)
    return (
      hasPrivateDomain(text, from, end) && (isKnownFirstName(local.toLowerCase()) || /[._\d]/.test(local))
    );
  return hasPrivateDomain(text, from, end) || looksLikeLocalPart(local);
}

interface AddressParts {
  start: number;
  at: number;
  from: number;
  end: number;
}

function looksLikeLocalPart(local: string): boolean {
  if (local !== local.toLowerCase()) return false;
  return isKnownFirstName(local) || /[._\d]/.test(local);
}

// Shared mailboxes of organisations ("info@", "servicedesk@"), which people rightly pass on; also
// with a department after a dot, dash or underscore ("secretariaat.wi@").
const ROLE_MAILBOXES = new Set(
  `info servicedesk helpdesk noreply no-reply donotreply do-not-reply secretariaat secretariaten contact
  receptie administratie support klantenservice klantcontact post postbus mail office communicatie planning
  redactie facturen webmaster privacy fg avg werkgeversservicepunt wsp werkgroep stuurgroep projectbureau
  aanmelden aanmelding aanmeldingen servicepunt loket vragen notulen agenda bestuur directie kwaliteit inkoop financien
  ict nieuwsbrief crediteuren debiteuren crediteurenadministratie debiteurenadministratie facturatie
  boekhouding salarisadministratie declaraties werkgevers werkgeversdienstverlening vacatures vacature
  sollicitaties jobcoaching intake klachten bezwaar bezwaarschriften meldpunt publicaties publicatie
  voorlichting knelpunten knelpunt brp evaluatie evaluaties enquete
  schuldhulp schuldhulpverlening wmo jeugd participatie werkeninkomen inkomen frontoffice backoffice
  bijstand uitkeringen re-integratie reintegratie team bijeenkomst bijeenkomsten leerbijeenkomst event events
  evenementen congres symposium roosters rooster bureau inschrijven inschrijvingen scholing academie training
  trainingen regio samenwerking clientenraad cliëntenraad ondernemingsraad casusoverleg regiodag netwerk aanmeldpunt
  ips-team programma griffie projectleiding coordinatie beleid
  intervisie supervisie studiedag teamdag webinar workshop workshops cursus cursussen opleiding opleidingen`.split(
    /\s+/,
  ),
);
// Since heldout15-classes an organisation's public desks as the whole local part or after a dash
// ("recruitment@", "pers@", "marketing@", "bouw-recruitment@", an employer's "hr@" or "personeelszaken@":
// a desk, not a person; corpus.tsv labelled two such lines a person's until stop 27); "pers.jansen@" is a person.
const DEPARTMENTS = new Set(
  `recruitment werving pers persvragen persvoorlichting media marketing sales verkoop jobs careers hr hrm
  personeelszaken personeel pz po sollicitatie solliciteren werkenbij werkenbijons`.split(/\s+/),
);
// A mailbox of an event, a group or a region with something before it: "leerbijeenkomst@",
// "ipsregio@", "jaarcongres@", "regiowerkgroep@" (long words only: "jan.post@" is a person).
const ROLE_MAILBOX_ENDINGS = [
  'bijeenkomst',
  'regio',
  'congres',
  'events',
  'werkgroep',
  'stuurgroep',
  'planning',
  'overleg',
  'netwerk',
  'loket',
  // "formulieren@", "ziekmeldingen@", "aanvragen@": named by the forms or requests it receives.
  'formulier',
  'formulieren',
  'aanvragen',
  'meldingen',
];
// "ips@", "uwv@", "fact@": an organisation's or a team's abbreviation as the whole local part
// ("ips.jansen@" is a person's).
const ABBREVIATIONS = new Set([
  ...DEFAULT_ORGANISATIONS.filter((name) => /^[A-Z]{2,5}$/.test(name)).map((name) => name.toLowerCase()),
  'fact',
]);
// Longer descriptive endings, only after at least three letters: "clientenraad@", "regiodag@",
// "aanmeldpunt@", "ipsteam@" (not "conrad@").
const ROLE_MAILBOX_LONG_ENDINGS = ['raad', 'dag', 'punt', 'team', 'samenwerking', 'bureau'];
// Batch 40-names: a care service or programme as the whole local part, one word ("bemoeizorg@",
// "jeugdzorg@", "schuldhulpverlening@"; not "kees.verzorg@"); batch 57: a department managing something, "dossierbeheer@".
const SERVICE_ENDINGS = ['zorg', 'hulpverlening', 'beheer'];
// "dat is de algemene mailbox", "algemene mailbox van het netwerk is ...": said to be an organisation's.
// Batch 45: "via het team mailbox wgs-brabant@uwv.nl", a team's mailbox written apart. Held-out 25: "dat
// is de teambox", "groepsmailbox", "groepsbox".
const SHARED_MAILBOX_WORDS =
  /\b(?:algemene |functionele |gedeelde |centrale |team ?|groeps)(?:mailbox|mailadres|e-?mailadres|box)\b/i;
const SHARED_MAILBOX_WINDOW = 60;

// "Buurtteam Kanaleneiland? Ik vond buurtteam.kanaleneiland@...": the team's name a little before its mailbox.
const TEAM_NAME_WINDOW = 120;

function isRoleMailbox(text: string, start: number, at: number): boolean {
  const local = text.slice(start, at).toLowerCase();
  if (ROLE_MAILBOXES.has(local) || ABBREVIATIONS.has(local) || DEPARTMENTS.has(local)) return true;
  // Held-out 36 (det-36): "werk@zvl.nl", "werken@middelburg.nl": only as the whole local part ("werk.daan@" is Daan's).
  if (local === 'werk' || local === 'werken') return true;
  if (
    isTeamAtPlace(local, ABBREVIATIONS) ||
    isAudienceMailbox(local) ||
    isNamedTeamMailbox(local, text.slice(Math.max(0, start - TEAM_NAME_WINDOW), start))
  )
    return true;
  for (const ending of ROLE_MAILBOX_ENDINGS) if (local.endsWith(ending)) return true;
  for (const ending of ROLE_MAILBOX_LONG_ENDINGS)
    if (local.endsWith(ending) && local.length >= ending.length + 3) return true;
  let cut = 0;
  while (cut < local.length && !isLocalSeparator(local.charCodeAt(cut))) cut++;
  if (cut < local.length && ROLE_MAILBOXES.has(local.slice(0, cut))) return true;
  if (isTopicAtWork(local, cut)) return true;
  if (cut === local.length && SERVICE_ENDINGS.some((e) => local.endsWith(e) && local.length >= e.length + 3))
    return true;
  // "projectleider@", "arbeidsdeskundigen.doetinchem@": a job title as the whole local part, or a team
  // named by its plural ("projectleider.achterhoek@" is the one project leader there: a person).
  if (cut === local.length ? isJobTitle(local) : isPluralJobTitle(local.slice(0, cut))) return true;
  if (cut === local.length && isPluralJobTitle(local)) return true;
  // "ips-team@", "werkgroep-hoofdzaakwerk@": a role word joined by a dash to a name.
  const dash = local.lastIndexOf('-');
  if (dash > 0 && (ROLE_MAILBOXES.has(local.slice(dash + 1)) || DEPARTMENTS.has(local.slice(dash + 1))))
    return true;
  return isCalledShared(text, start, at);
}

/**
 * "autisme.werk@", "verslaving-werk@": a care topic and "werk", a desk for employers' questions on it (held-out
 * 39's class); "sanne.werk@" is a person's.
 */
function isTopicAtWork(local: string, cut: number): boolean {
  return local.length === cut + 5 && local.endsWith('werk') && hasCareStem(local.slice(0, cut));
}

/** "." "_" "-": a separator in a local part ("secretariaat.wi", "werkgroep-hoofdzaakwerk"). */
function isLocalSeparator(c: number): boolean {
  return c === 46 || c === 95 || c === 45;
}

/** "Mail naar x@y.nl, dat is de algemene mailbox": called a shared mailbox just before or after. */
function isCalledShared(text: string, start: number, at: number): boolean {
  const from = Math.max(0, start - SHARED_MAILBOX_WINDOW);
  const to = Math.min(text.length, at + MAX_DOMAIN + SHARED_MAILBOX_WINDOW);
  return SHARED_MAILBOX_WORDS.test(text.slice(from, to));
}

function atLengthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 64 || c === FULL_WIDTH_AT) return 1;
  // "jan.jansen at gmail dot com": the word between spaces (a free-mail domain must follow).
  if ((c === 97 || c === 65) && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 2) === 32) {
    const t = text.charCodeAt(i + 1);
    return t === 116 || t === 84 ? 2 : 0;
  }
  if (c !== 40 && c !== 91 && c !== 123 && c !== 60) return 0;
  const four = text.slice(i, i + 4).toLowerCase();
  return AT_SPELLINGS.includes(four) ? 4 : 0;
}

function isLocalChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isDigitCode(c)) return true;
  // . _ % + - '
  if (c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39) return true;
  return isLetterAt(text, i);
}

function localStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text, start - 1)) start--;
  // A sentence like "zie.@x" or "'s@" starts with punctuation that is not part of the address.
  while (start < at && !isLetterOrDigit(text, start)) start++;
  return start;
}

function isDomainChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isDigitCode(c) || c === 45 || c === 46 || isLetterAt(text, i);
}

function domainEnd(text: string, from: number): number {
  let end = from;
  let dots = 0;
  while (end < text.length && end - from < MAX_DOMAIN && isDomainChar(text, end)) {
    if (text.charCodeAt(end) === 46) dots++;
    end++;
  }
  if (dots === 0) return from;
  // "...@ggnet.nl." ends a sentence; the last dot (or a dash) is not part of the domain.
  while (end > from && !isLetterOrDigit(text, end - 1)) end--;
  // At least two labels between the dots, none empty or starting with a dash; read in place.
  let lastDot = -1;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 45) && (i === from || text.charCodeAt(i - 1) === 46)) return from;
    if (c === 46) lastDot = i;
  }
  if (lastDot === -1) return from;
  return TOP_LEVEL_LABEL.test(text.slice(lastDot + 1, end)) ? end : from;
}

const TOP_LEVEL_LABEL = /^\p{L}{2,}$/u;

function isLetterOrDigit(text: string, i: number): boolean {
  return isDigitCode(text.charCodeAt(i)) || isLetterAt(text, i);
}
