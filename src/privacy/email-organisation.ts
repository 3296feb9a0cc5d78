import { isDigitCode } from './chars.ts';
import { hasPrivateDomain, isClientWordAt, namesWorkMailOwner } from './email-context.ts';
import { wordsBetween } from './email-words.ts';
import { isPartnerDomain } from './email-work-partner.ts';
import { THIRD_PERSON_WORDS } from './function-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { DEFAULT_ORGANISATIONS } from './organisations.ts';
import { isJobTitle } from './signature.ts';
import { wordSet } from './word-sets.ts';

/**
 * Stop 33 (det-contacts), the policy: Schakel guards a CLIENT's data, and a work contact of a professional or
 * an organisation is none. An address at an organisation's domain (no free-mail or internet provider's
 * domain in any label, no student's mailbox: a client's own address lives there) passes unless something
 * within a few lines says it is a client's or someone close to one's: a word for a client, a relative, a
 * pronoun that is not a professional's, "privé", "eigen", "thuis" (email-context.ts's client words, read here
 * across line breaks: "Bram Verhoeven\nDeelnemer IPS traject\nb.verhoeven@..."), a record that names the
 * owner's own professional ("Sanne de Vries\nBegeleider: Jan\nsanne@werkbedrijf.nl"), or someone who "kan
 * terecht bij" the organisation ("Kim kan terecht bij het werkbedrijf, kim.jansen@..."). At the domain of a
 * known organisation (organisations.ts) or a public partner (a gemeente, UWV, a GGZ, a GGD), or with a job title
 * or contact word that is nobody's ("zijn teamleider" is) near it, a pronoun is the professional's ("mail Ruud,
 * hij weet ervan: r.jansen@uwv.nl", "Jobcoach Arjen is op zijn werk bereikbaar via arjen@..."); a word for a
 * client or someone close to one still counts. A local
 * part with two digits in a row ("sanne88@", "jdevries1985@") is a private habit, no organisation's scheme.
 * "Vragen kunnen naar sanne.visser@ggnet.nl" and "Aanmelden bij k.janssen@uwv.nl" pass; "Mail de klant op
 * jdevos@terneuzen.nl" does not. Reads at most BEFORE characters before the address and AFTER after it.
 */
const BEFORE = 160;
const AFTER = 100;
// "k.yilmaz@student.hu.nl": a student's own mailbox at a school.
const STUDENT_LABELS = wordSet('student students studenten leerling leerlingen');
const PRONOUNS = THIRD_PERSON_WORDS;
const PRIVATE = 'prive';
const OWN = wordSet("mijn m'n");
const READERS = wordSet('je jullie u iedereen men');
const SUBJECT_REACH = 4;
// "De familie mailt vanaf ...": a household; "Tim (Albert Heijn Lochem) zit in ons traject, mail: t.kok@ah.nl": a
// client placed at the employer whose address it is (review 31).
const FAMILY = wordSet('familie fam gezin');
const TRAJECTORY = /^(?:.*-)?(?:traject|werkervaringsplek|proefplaatsing|plaatsing|stageplek)$/;
const CONTACTS = wordSet('contactpersoon aanspreekpunt collega');
const POSSESSIVES = wordSet("zijn haar z'n d'r hun");
// "ggnet", "ggzdrenthe", "reiniervanarkel": the organisations' names as a domain's label.
const KNOWN_LABELS = new Set(
  DEFAULT_ORGANISATIONS.map((name) => name.toLowerCase().replace(/[^a-z\d]/g, '')),
);

/** Whether the address text[start, end), its local part up to `at`, its domain from `domain`, is an organisation's contact. */
export function isOrganisationContact(
  text: string,
  start: number,
  at: number,
  domain: number,
  end: number,
): boolean {
  if (hasPrivateDomain(text, domain, end) || hasDigitPair(text, start, at)) return false;
  const labels = text.slice(domain, end).toLowerCase().split('.').slice(0, -1);
  if (labels.some((label) => STUDENT_LABELS.has(label))) return false;
  const partner =
    isPartnerDomain(text, domain, end) || labels.some((label) => KNOWN_LABELS.has(label.replaceAll('-', '')));
  const words = [
    ...wordsBetween(text, Math.max(0, start - BEFORE), start),
    ...wordsBetween(text, end, Math.min(text.length, end + AFTER)),
  ];
  const named = namesWorkMailOwner(words);
  const professional = partner || words.some((_key, w) => isProfessional(words, w));
  const local = text.slice(start, at).toLowerCase();
  for (let w = 0; w < words.length; w++) {
    const key = words[w]!;
    if (isClientWordAt(words, w, named) && !(professional && PRONOUNS.has(key))) return false;
    // "dat is haar privé-adres": a compound of "privé" (not the writer's own: "mijn privé-mail").
    if (key.startsWith(PRIVATE) && !OWN.has(words[w - 1] ?? '')) return false;
    if (FAMILY.has(key) || TRAJECTORY.test(key)) return false;
    if (isOthersProfessional(words, w, local) || isHelpSought(words, w)) return false;
  }
  return true;
}

/** A job title or contact word at w that is nobody's ("zijn teamleider" is someone's boss, not the owner). */
function isProfessional(words: readonly string[], w: number): boolean {
  const key = words[w]!;
  return (isJobTitle(key) || CONTACTS.has(key)) && !POSSESSIVES.has(words[w - 1] ?? '');
}

function hasDigitPair(text: string, start: number, at: number): boolean {
  for (let i = start + 1; i < at; i++)
    if (isDigitCode(text.charCodeAt(i)) && isDigitCode(text.charCodeAt(i - 1))) return true;
  return false;
}

/**
 * "Begeleider: Jan", "Trajectbegeleider Ilse" at w: a job title and a first name that is not the address's
 * owner (the local part does not start with the name or its initial): the record's person has a professional.
 */
function isOthersProfessional(words: readonly string[], w: number, local: string): boolean {
  const name = words[w + 1];
  if (name === undefined || !isJobTitle(words[w]!) || !isKnownFirstName(name)) return false;
  return !local.startsWith(name) && local.charAt(0) !== name.charAt(0);
}

/**
 * "Kim kan terecht bij het werkbedrijf": a named person, not the reader, turns to the organisation for help
 * ("Werkgevers kunnen terecht bij ...", "kun je terecht bij" name no one).
 */
function isHelpSought(words: readonly string[], w: number): boolean {
  if (words[w] !== 'terecht' || words[w + 1] !== 'bij') return false;
  let named = false;
  for (let r = w - 1; r >= 0 && r >= w - SUBJECT_REACH; r--) {
    if (READERS.has(words[r]!)) return false;
    named ||= isKnownFirstName(words[r]!);
  }
  return named;
}
