import { CLIENT_ROLES, FORMS_OF_ADDRESS } from './client-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { particlesWith } from './name-particles.ts';
import { type Token, tokenAt } from './tokens.ts';
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
 * most SIGNATURE_WINDOW tokens. Since held-out 39 (det-fp39) a "--" line is a closing too, and a mobile number
 * or an address at an organisation's domain in such a signature is the sender's work contact (phone-context.ts,
 * email-signature.ts).
 */
const SIGNATURE_WINDOW = 60;
// Batch 55: "groetjes," and "Gr.," close a mail as "groet" does.
const CLOSINGS = wordSet('groet groeten groetjes gr mvg mvrgr regards');
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
  // Batch 65: "nummer van de zaalbeheerder", "Jesse (stagiair IPS)", "zijn mentor (Landstede, 038-...)".
  'beheerder',
  'stagiair',
  'stagiaire',
  'mentor',
  'recruiter',
  // Batch 60: "René Crombach, regievoerder, ...", "nummer van de tolk: 06-...".
  'regievoerder',
  'tolk',
  'poh-ggz', // "De POH-ggz in Stein (Marian) is bereikbaar via ..."
];
// "Groet, Team Werk & Inkomen | Stationsplein 4": a team or department signs, no person.
// Held-out 39's class: a department in the sender's title line ("Communicatie | GGZ Centraal").
const TEAMS = wordSet('team afdeling secretariaat communicatie');
const NOT_SIGNATURE = wordSet(
  `${CLIENT_ROLES} ${FORMS_OF_ADDRESS} woont woonde woonachtig woonadres huisadres prive privenummer
  thuis thuisnummer mobiel heer hij zij ze haar ps oorspronkelijk onderwerp verzonden schreef wrote
  from sent subject`,
);

/**
 * Whether the address, postcode or number at token k closes a professional's signature. `fromStart`: the
 * tokens begin where the text does, so a name alone on the text's first line and a job title opening the
 * next may open the signature (asked for e-mail addresses and phone numbers only: a client's record opens
 * the same way, "Sanne de Vries\nBegeleider: Jan\nKerkstraat 12").
 */
export function isInSignature(tokens: readonly Token[], k: number, fromStart = false): boolean {
  let role = false;
  for (let j = k - 1; j >= 0 && j >= k - SIGNATURE_WINDOW; j--) {
    const token = tokens[j]!;
    if (isNotSignatureWord(token) && !isLineLabel(tokens, j)) return false;
    if (isClosingWord(token) || isDelimiter(tokens, j)) return role;
    role ||= token.type === 'word' && isRoleWord(token);
  }
  return role && fromStart && k <= SIGNATURE_WINDOW && isNameLineOpening(tokens);
}

const NAME_PARTICLES = particlesWith("te 't");
const NAME_WORDS = { min: 2, max: 5 };

/**
 * Batch 55: "Noor Aarts\nBeleidsadviseur Werk & Inkomen\nGemeente Tilburg\nT: 013 ...": a pasted
 * signature without its closing, the text opening with a name alone on its line (two to five capitalised
 * words or particles) and a job title on the lines after it (the caller's walk back).
 */
function isNameLineOpening(tokens: readonly Token[]): boolean {
  let count = 0;
  for (const token of tokens) {
    if (count > 0 && token.lineBefore) break;
    if (token.type !== 'word' || !(token.capitalised || NAME_PARTICLES.has(token.key))) return false;
    if (++count > NAME_WORDS.max) return false;
  }
  if (count < NAME_WORDS.min || tokens[count]?.lineBefore !== true) return false;
  // The next line opens with the job title, no field label ("Begeleider: Jan") nor someone named after it
  // ("Trajectbegeleider Ilse").
  const title = tokens[count]!;
  const after = tokens[count + 1];
  if (title.type !== 'word' || !isRoleWord(title) || after?.text === ':') return false;
  return after === undefined || after.lineBefore || !(after.capitalised && isKnownFirstName(after.key));
}

/** Review 30: "Mobiel: 06 ..." opening its line is a signature's label, not someone's "mobiel". */
function isLineLabel(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1]?.text === ':' ? tokens[j + 2] : tokens[j + 1];
  return tokens[j]!.lineBefore && FIELD_LABELS.has(tokens[j]!.key) && next?.type === 'number';
}

/**
 * "--" alone on its line: the delimiter mail programs put above a signature (held-out 39's class: pasted
 * mails signed "--\nPeter Smits\nHR-manager"); "Bel hem -- 06-..." inside a line is none.
 */
function isDelimiter(tokens: readonly Token[], j: number): boolean {
  const second = tokens[j]!;
  const first = tokenAt(tokens, j - 1);
  if (second.text !== '-' || first?.text !== '-' || second.spaceBefore) return false;
  return (j === 1 || first.lineBefore) && tokens[j + 1]?.lineBefore === true;
}

// Asked of up to sixty words before every address, postcode and number: answered once per distinct
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

// "T 035 624 1188 | M 06 ...", "E: m.bakker@uwv.nl": the labels of a signature's contact lines.
// Review 30: "Mobiel: 06 ...", "Werkmobiel 06 ..." as well.
const FIELD_LABELS = wordSet('t m e tel mob gsm mail email e-mail telefoon mobiel werkmobiel');
const FIELD_MARKS = new Set([':', '.', '|', '/', '-', '+', '(', ')']);

/**
 * Whether the number or address at token k stands as a signature's field: alone on its line, after a
 * label ("M 06 ...", "E: ..."), after another number ("T 035 ... | M 06 ...") or after a "|" ("Anouk |
 * Jobcoach | ReWerk | 06-..."); "Nog even: Tim is bereikbaar op 06-..." under a signature is no field.
 */
export function isSignatureField(tokens: readonly Token[], k: number, fromStart = false): boolean {
  if (!isInSignature(tokens, k, fromStart)) return false;
  if (tokens[k - 1]?.text === '|' && !tokens[k]!.lineBefore) return true;
  for (let j = k; j > 0 && j > k - 12; j--) {
    if (tokens[j]!.lineBefore) return true;
    const token = tokens[j - 1]!;
    const field =
      token.type === 'number' ||
      (token.type === 'punct' ? FIELD_MARKS.has(token.text) : FIELD_LABELS.has(token.key));
    if (!field) return false;
  }
  return k === 0;
}

/**
 * A mobile number as a signature's field ("M 06 ...", "Anouk | Jobcoach | ReWerk Almere | 06-...") only
 * with a label before it or the employer named after the job title: "Kevin Meijer | Werkgeversadviseur |
 * 06 ..." (batch 27) is still someone's.
 */
export function isMobileSignatureField(tokens: readonly Token[], k: number, fromStart = false): boolean {
  if (!isSignatureField(tokens, k, fromStart)) return false;
  const label = tokens[k - 1]?.text === ':' ? k - 2 : k - 1;
  if (FIELD_LABELS.has(tokens[label]?.key ?? '') && tokens[label]!.key !== 'e') return true;
  let employer = false;
  for (let j = k - 1; j >= 0 && j >= k - SIGNATURE_WINDOW; j--) {
    const token = tokens[j]!;
    if (token.type === 'word' && isRoleWord(token)) return employer;
    employer ||= token.type === 'word' && token.capitalised;
  }
  return false;
}

/** "Groet, Jeroen - tel. ...": the sender's name right after a closing and its comma, no client. */
export function isSender(tokens: readonly Token[], j: number): boolean {
  return tokens[j - 1]?.text === ',' && CLOSINGS.has(tokens[j - 2]?.key ?? '');
}
