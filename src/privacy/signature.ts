import { CLIENT_ROLES, FORMS_OF_ADDRESS } from './client-words.ts';
import type { Token } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { endingsByLast, wordSet } from './word-sets.ts';

/**
 * A professional's e-mail signature: "Met vriendelijke groet, Marieke Jansen | Projectleider | GGNet |
 * Bezoekadres: Den Elterweg 77, 7207 AE Zutphen | T 0314 820 820". The address, postcode and landline
 * number after a closing ("groet", "groeten", "mvg", "regards") and a job title (or "team") are the sender's work
 * details, no client's. Without a job title between the closing and the number (a private letter
 * signed "Met vriendelijke groet, Sanne de Vries, Kerkstraat 12"), or with a word for a client or a
 * private address among them ("klant", "woont", "privé", "mevrouw") or the header of a forwarded message
 * ("Oorspronkelijk bericht", "Onderwerp:", "schreef"), it is no signature. Looks back at
 * most SIGNATURE_WINDOW tokens; a mobile number stays a person's (phone-context.ts tests that first).
 */
const SIGNATURE_WINDOW = 40;
const CLOSINGS = wordSet('groet groeten mvg mvrgr regards');
// Job titles, also as the end of a compound: "Werkgeversadviseur", "Projectleider", "Klantmanager".
const ROLE_ENDINGS = [
  'adviseur',
  'leider',
  'manager',
  'coach',
  'consulent',
  'medewerker',
  'coordinator',
  'specialist',
  'deskundige',
  'regisseur',
  'begeleider',
  'directeur',
  'bestuurder',
  'secretaris',
  'functionaris',
  'jobhunter',
  'psycholoog',
  'psychiater',
  'verpleegkundige',
  'ondersteuner',
  'behandelaar',
  'therapeut',
  'arts',
  'wethouder',
  'trainer',
  'docent',
  'onderzoeker',
  'ambtenaar',
  'voorzitter',
  'notulist',
];
// "Groet, Team Werk & Inkomen | Stationsplein 4": a team or department signs, no person.
const TEAMS = wordSet('team afdeling secretariaat');
const NOT_SIGNATURE = wordSet(
  `${CLIENT_ROLES} ${FORMS_OF_ADDRESS} woont woonde woonachtig woonadres huisadres prive privenummer
  thuis thuisnummer mobiel heer hij zij ze haar ps oorspronkelijk onderwerp verzonden schreef wrote
  from sent subject`,
);

/** Whether the address, postcode or number at token k closes a professional's signature. */
export function isInSignature(tokens: readonly Token[], k: number): boolean {
  let role = false;
  for (let j = k - 1; j >= 0 && j >= k - SIGNATURE_WINDOW; j--) {
    const token = tokens[j]!;
    if (isNotSignatureWord(token)) return false;
    if (isClosingWord(token)) return role;
    role ||= token.type === 'word' && isRoleWord(token);
  }
  return false;
}

// Asked of up to forty words before every address, postcode and number: answered once per distinct
// word (word-records.ts).
const isNotSignatureWord = keyTest((key) => NOT_SIGNATURE.has(key));
const isClosingWord = keyTest((key) => CLOSINGS.has(key));
const isRoleWord = keyTest((key) => TEAMS.has(key) || isJobTitle(key));

const roleEndings = endingsByLast(ROLE_ENDINGS);

/**
 * "Werkgeversadviseur", "jobcoach", "arbeidsdeskundige": a folded word ending in a job title; with
 * `end`, its first `end` characters ("jobcoaches" to 8 is "jobcoach").
 */
export function isJobTitle(key: string, end = key.length): boolean {
  return roleEndings(key, end).some((e) => key.endsWith(e, end));
}

/** "Groet, Jeroen - tel. ...": the sender's name right after a closing and its comma, no client. */
export function isSender(tokens: readonly Token[], j: number): boolean {
  return tokens[j - 1]?.text === ',' && CLOSINGS.has(tokens[j - 2]?.key ?? '');
}
