import { CLIENT_PLURALS, CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { isOfficeWord } from './organisation-words.ts';
import { isDutchLandline } from './phone-organisation-line.ts';
import { isJobTitle } from './signature.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 65 (det-contacts65b): an organisation's switchboard. A Dutch landline whose last two digits are
 * zeros ("0224-213 000", "058-2330 400", "053 489 10 00") with an organisation named on its line, by a
 * known name, an office word or an organisation's name shape ("Bakkerij Smit", "Sociaal Werk Leeuwarden",
 * "Zorggroep X", "Wijkcentrum X"; organisationNameShape below), an employer or a job title, is that
 * organisation's general number. Neither alone is enough: a round ending is a client's one time in a hundred,
 * and a client named beside an organisation keeps a number of his own. The two together pass the words
 * that block a work number that is not round (phone-organisation-line.ts): a referral ("Aanmelding via:
 * Werkplein ..., tel 013-5428 000") unless a first name follows it ("Aanmelding via UWV: Jan Pieters, ..."),
 * and the people an employer wants after the number ("zij willen nog een tweede kandidaat"). A word for a
 * client, a relative, a home or "hij"/"zijn"/"haar" on the line before the number keeps it someone's.
 * Since det-contacts37 the round ending alone passes when no first name stands on its line either
 * ("Vragen over de regeling: 0314 37 88 00"); "Bel Sanne op 0314 37 88 00" still needs an organisation.
 */
const BEFORE = 18;
const AFTER = 10;
const PERSONAL = wordSet(
  `${CLIENT_ROLES} ${CLIENT_PLURALS} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} hij zijn haar hem z'n d'r
  zn zoon dochter ouders opa oma man vrouw buurman buurvrouw mantelzorger prive privenummer thuis thuisnummer
  huisnummer huistelefoon eigen woont woonde woonachtig verhuisd mobiel`,
);
const REFERRALS = wordSet('aangemeld aanmelding aanmeldingen verwezen doorverwezen verwijzing');
// "zij willen nog een tweede kandidaat", "ze zoeken twee deelnemers": people wanted, nobody's number.
const INDEFINITE = wordSet('een nog tweede derde nieuwe meer');
// "ze hebben plek", "zij willen": "ze" before a verb in the plural is the organisation's people.
const CARE_SERVICES = wordSet('crisisopvang crisisdienst crisisteam huisartsenpost spoedpost wijkteam');
// "Sociaal Werk Leeuwarden", "Maatschappelijk Werk Noord": a sector's name before a place.
const SECTOR_FIRST = wordSet('sociaal maatschappelijk algemeen');
const SECTOR_SECOND = wordSet('werk');
// "Zorggroep Noord", "Wijkcentrum De Bron", "Buurthuis 't Anker", "Leerwerkbedrijf X": a capitalised compound.
const NAME_ENDINGS = ['groep', 'huis', 'centrum', 'bedrijf'];
const NOT_NAMES = wordSet('thuis huis ziekenhuis doelgroep leeftijdsgroep verpleeghuis woonhuis');

/** The landline text[start, end) at token k, ending in two zeros, stands beside an organisation on its line. */
export function isNamedSwitchboard(
  text: string,
  tokens: readonly Token[],
  k: number,
  start: number,
  end: number,
  isOrganisation: (j: number) => boolean,
): boolean {
  if (!isDutchLandline(text, start, end) || !text.slice(start, end).replace(/\D/g, '').endsWith('00'))
    return false;
  let named = false;
  let firstNameBefore = false;
  for (let j = k - 1; j >= 0 && j >= k - BEFORE; j--) {
    const token = tokens[j]!;
    if (PERSONAL.has(token.key) && !isPluralPronoun(tokens, j)) return false;
    if ((token.key === 'ze' || token.key === 'zij') && !isPluralPronoun(tokens, j)) return false;
    if (token.capitalised && isKnownFirstName(token.key) && !isOfService(tokens, j)) firstNameBefore = true;
    if (REFERRALS.has(token.key) && firstNameBefore) return false;
    named ||= isNamed(tokens, j, isOrganisation);
    if (token.lineBefore) break;
  }
  const after = indexAfter(tokens, k, end);
  if (isSomeonesAfter(tokens, after)) return false;
  let person = firstNameBefore;
  for (let j = after; j < tokens.length && j < after + AFTER && !tokens[j]!.lineBefore; j++) {
    named ||= isNamed(tokens, j, isOrganisation);
    person ||= tokens[j]!.capitalised && isKnownFirstName(tokens[j]!.key) && !isOfService(tokens, j);
  }
  // det-contacts37: held-out counts (a round landline: 10 clean lines flagged, no client's of 121) say the round
  // ending is enough when nobody is named on its line: no client, relative, pronoun, home word or first name.
  return named || (!person && !isSomeoneAbove(tokens, k));
}

/**
 * "Aanmelding deelnemer:\nTel: 043-3612000": without an organisation the round ending reads the lines above it
 * too (BEFORE tokens), for a client, relative, home or referral heading a record (a first name counts on the
 * number's own line only: "Hoi Sanne,\n..." greets a reader).
 */
function isSomeoneAbove(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - BEFORE; j--) {
    const token = tokens[j]!;
    if ((PERSONAL.has(token.key) || REFERRALS.has(token.key)) && !isPluralPronoun(tokens, j)) return true;
  }
  return false;
}

/** The index of the first token after the number at token k that ends at character `end`. */
function indexAfter(tokens: readonly Token[], k: number, end: number): number {
  let j = k;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  return j;
}

/**
 * The words right after a number on its line give it to someone: a client, a relative, "hij", "zijn moeder",
 * "privé" ("receptie: 06-..., dat is het nummer van zijn moeder"). Not the people an organisation wants ("ze
 * zoeken nog een tweede deelnemer") nor "ze hebben", "we zijn". `after`: the first token after the number.
 */
export function isSomeonesAfter(tokens: readonly Token[], after: number): boolean {
  for (let j = after; j < tokens.length && j < after + AFTER && !tokens[j]!.lineBefore; j++) {
    const key = tokens[j]!.key;
    if ((key === 'ze' || key === 'zij') && !isPluralPronoun(tokens, j)) return true;
    if (key === 'zijn' && isVerbZijn(tokens, j)) continue;
    // "tel kantoor 053 ..., mobiel 06-...": the label of the next number, not a word about this one.
    if (key === 'mobiel') continue;
    if (PERSONAL.has(key) && !isPluralPronoun(tokens, j) && !isWanted(tokens, j, after)) return true;
  }
  return false;
}

/** The number at token k, ending at `end`, is followed on its line by words that make it someone's. */
export function isSomeonesNumber(tokens: readonly Token[], k: number, end: number): boolean {
  return isSomeonesAfter(tokens, indexAfter(tokens, k, end));
}

const WE = wordSet('we wij');

/** "we zijn er", "moet 053 489 10 00 zijn": "zijn" as a verb, after "we" or with no noun after it. */
function isVerbZijn(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return WE.has(tokens[j - 1]?.key ?? '') || next === undefined || next.lineBefore || next.type !== 'word';
}

function isNamed(tokens: readonly Token[], j: number, isOrganisation: (j: number) => boolean): boolean {
  const token = tokens[j]!;
  return (
    isOrganisation(j) ||
    isOfficeWord(token.key) ||
    CARE_SERVICES.has(token.key) ||
    token.key === 'werkgever' ||
    isJobTitle(token.key) ||
    (token.capitalised && organisationNameShape(tokens, j))
  );
}

/** "Sociaal Werk Leeuwarden", "Zorggroep Noord": a capitalised organisation's name by its shape. */
function organisationNameShape(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]!.key;
  if (SECTOR_FIRST.has(key)) return SECTOR_SECOND.has(tokens[j + 1]?.key ?? '') && tokens[j + 1]!.capitalised;
  if (NOT_NAMES.has(key)) return false;
  return NAME_ENDINGS.some((e) => key.length > e.length + 2 && key.endsWith(e));
}

/** "Sophie van de crisisopvang": a first name at a service. */
function isOfService(tokens: readonly Token[], j: number): boolean {
  if (tokens[j + 1]?.key !== 'van') return false;
  const at = tokens[j + 2]?.key === 'de' || tokens[j + 2]?.key === 'het' ? j + 3 : j + 2;
  const key = tokens[at]?.key ?? '';
  return CARE_SERVICES.has(key) || isOfficeWord(key);
}

/** "ze hebben", "zij willen": a pronoun before a verb in the plural. */
function isPluralPronoun(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]!.key;
  if (key !== 'ze' && key !== 'zij') return false;
  const next = tokens[j + 1]?.key ?? '';
  return next.length > 4 && next.endsWith('en') && !PERSONAL.has(next);
}

/**
 * "nog een tweede kandidaat", "twee deelnemers": people wanted after the number, nobody in particular. Only the
 * words from `from` (the first after the number) count: the number's own digits want no one.
 */
function isWanted(tokens: readonly Token[], j: number, from: number): boolean {
  for (let b = j - 1; b >= j - 3 && b >= from; b--) {
    const t = tokens[b]!;
    if (INDEFINITE.has(t.key) || t.type === 'number' || t.key === 'twee' || t.key === 'drie') return true;
  }
  return false;
}

// "aanmeldingen via 0223 67 88 00", "aanmelden kan op 0570-...": the number one signs up at is a desk's.
const SIGN_UP = wordSet('aanmelden aanmelding aanmeldingen inschrijven inschrijving');
const CHANNELS = wordSet('via op bij');

/** The landline text[start, end) at token k is where one signs up: "aanmeldingen via 0223 ...". */
export function isSignUpLine(
  text: string,
  tokens: readonly Token[],
  k: number,
  start: number,
  end: number,
): boolean {
  if (!isDutchLandline(text, start, end)) return false;
  let j = k - 1;
  if (tokens[j]?.text === ':') j--;
  if (!CHANNELS.has(tokens[j]?.key ?? '')) return false;
  if (tokens[j - 1]?.key === 'kan' || tokens[j - 1]?.key === 'kun') j--;
  return SIGN_UP.has(tokens[j - 1]?.key ?? '');
}

// "tel kantoor 0653 891 000?", "receptie: 06-...": a number labelled an office's, even in a mobile's shape.
const OFFICE_LABELS = wordSet('kantoor kantoornummer receptie secretariaat balie');

/** The number at token k is labelled an office's right before it, with no one's word earlier on its line. */
export function isOfficeLabelled(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (tokens[j]?.text === ':') j--;
  if (!OFFICE_LABELS.has(tokens[j]?.key ?? '')) return false;
  for (let b = j - 1; b >= 0 && b >= k - BEFORE; b--) {
    if (PERSONAL.has(tokens[b]!.key) || (tokens[b]!.capitalised && isKnownFirstName(tokens[b]!.key)))
      return false;
    if (tokens[b]!.lineBefore) break;
  }
  return true;
}
