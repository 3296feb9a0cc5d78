import { ADDRESS_CUES } from './address-words.ts';
import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { FIRST_NAMES } from './first-names.ts';
import { isInSignature } from './signature.ts';
import { isCapitalised, isGlued, type Token } from './tokens.ts';
import { endingsByLast, wordSet } from './word-sets.ts';

// An organisation's own address ("Kantoor UWV, Stationsplein 2", "Bezoekadres van het
// Werkgeversservicepunt is Marktplein 3"): an office word or an organisation's name a few tokens
// before it (or an office word after it: "Stationsplein 2 is het kantoor van UWV"), and nobody who
// lives there: no resident word ("woont", "klant", "hij", "post" ...), first name, title or initial
// nearby. Organisation names after the number are not known yet in the single pass, so only office
// words count there. Only words that name a building, a site or a team of an organisation:
// "gemeente" and "UWV" are as often where a client lives or is registered ("woont in de gemeente
// Zutphen, 7201 AB"), and a client's address let through is worse than an office address refused.
// "locatie" is an organisation's ("Dimence heeft een nieuwe locatie op ...", "Adres GGNet-locatie:
// ..."); a client's home called so has a resident word near ("Ze woont in de beschermd-wonenlocatie
// aan de ...").
const OFFICE_WORDS = wordSet(`kantoor kantooradres bezoekadres vestiging vestigingsadres gemeentehuis stadhuis
  stadskantoor werkplein werkgeversservicepunt wsp hoofdkantoor postbus antwoordnummer congrescentrum
  conferentiecentrum jaarbeurs bibliotheek locatie werkplaats spreekuur buurthuis inloop inloophuis cafe
  pand gebouw hub kantoorgebouw bedrijfsgebouw bedrijfsverzamelgebouw verzamelgebouw bedrijfspand kantoorpand`);
// A type of organisation before its own name or address: "SW-bedrijf Soweco, ...", "het leerwerkbedrijf
// is ...", "Leerwerkloket, ...", "Sociale dienst Oost Achterhoek, ...", "in de kringloopwinkel aan de
// ...", "de sociale firma"; its sites and teams: "GGNet-locatie", "het IPS-team zit aan ...", "in het
// wijkcentrum", "op hun bedrijventerrein", "de leerwerkplaats", "de GGZ-poli", "de huisartsenpraktijk";
// firms: "bij Bakkerij Jansen, ...". Not a vacancy ("vacatures dicht bij 7411 AB" is where a client lives), nor a client's employer or workplace: "reiskosten
// van 7521 AG naar de werkgever" is the client's home.
const OFFICE_ENDINGS = [
  'kantoor',
  'bedrijf',
  'loket',
  'winkel',
  'dienst',
  'firma',
  'locatie',
  'team',
  'centrum',
  'terrein',
  'werkplaats',
  'praktijk',
  'poli',
  'polikliniek',
  'restaurant',
  'bakkerij',
  'fabriek',
];
// Venues and meetings: "De leerbijeenkomst is in ...", "netwerkbijeenkomst op ...", "Werkgeversontbijt
// bij ...", "teamlunch", "borrel". An address, not a phone number: "Na de training: 0543-..." is anyone's.
const MEETING_WORDS =
  wordSet(`zaal hotel landgoed congres vergaderlocatie training scholing werkgroep stuurgroep
  vergadert vergadering casusbespreking`);
const MEETING_ENDINGS = ['bijeenkomst', 'ontbijt', 'lunch', 'borrel'];
// "De gemeente zit aan het Raadhuisplein 2": "gemeente" only as the subject of "zit"/"is gevestigd"
// (not "woont in de gemeente Zutphen").
const SEATED_ORGANISATIONS = wordSet('gemeente uwv');
const SEATED_VERBS = wordSet('zit zat gevestigd');
const POST_BOXES = wordSet('postbus antwoordnummer');
// "(ingang B)", "zaal C": a letter that names a part of a building, not an initial.
const BUILDING_PARTS = wordSet('ingang zaal gebouw blok vleugel toren hal deur poort trap verdieping lokaal');
// The address cues other than the neutral nouns "adres" and "bezoekadres" say someone lives there.
const NEUTRAL_ADDRESS_NOUNS = wordSet('adres bezoekadres postadres');
const RESIDENT_WORDS = wordSet(
  `${CLIENT_ROLES} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} bewoner hij zij ze heer post brief
  zijn haar opa oma vriend vriendin`,
);
const OFFICE_WINDOW = 6;
const DESTINATIONS = wordSet('naar richting');

/**
 * Whether the address (or postcode) from token `start` to `k` is an organisation's own. `window`:
 * how many tokens to look on either side.
 */
export function isOrganisationAddress(
  tokens: readonly Token[],
  start: number,
  k: number,
  isOrganisation: (k: number) => boolean,
  window = OFFICE_WINDOW,
): boolean {
  // "Met vriendelijke groet, Kevin Meijer | Werkgeversadviseur | Terborgseweg 24": the sender's office.
  if (isInSignature(tokens, start)) return true;
  const from = Math.max(0, start - window);
  const to = Math.min(tokens.length - 1, k + window);
  // Most addresses have no office word near them: look for one first, for residents only then.
  // "Postadres: Postbus 310, ...": a PO box or reply number is an organisation's.
  let office = POST_BOXES.has(tokens[start]!.key);
  // "reisafstand vanaf 6881 NB naar de werkplaats": an office after "naar" is where someone goes from there.
  let towards = false;
  for (let j = from; j <= to && !office; j++) {
    if (j >= start && j <= k) continue;
    const key = tokens[j]!.key;
    towards ||= j > k && DESTINATIONS.has(key);
    office =
      (!towards && isVenueWord(key)) ||
      (j < start && (isOrganisation(j) || isSeated(tokens, j) || isCompanyForm(tokens, j)));
  }
  if (!office) return false;
  for (let j = from; j <= to; j++) {
    if (
      (j < start || j > k) &&
      isResident(tokens[j]!) &&
      !isStreetGivenName(tokens, j, start) &&
      !BUILDING_PARTS.has(tokens[j - 1]?.key ?? '') &&
      !isCompanyForm(tokens, j) &&
      !isCompanyForm(tokens, j + 2) &&
      !isOfficeMove(tokens, j, isOrganisation)
    )
      return false;
  }
  return true;
}

/** A word for an organisation's office, site or team, or its type ("kantoor", "GGNet-locatie", "wijkteam"). */
export function isOfficeWord(key: string): boolean {
  return OFFICE_WORDS.has(key) || endsWithOneOf(key, officeEndings);
}

/** An office word, or a venue or meeting ("zaal", "training", "leerbijeenkomst", "teamlunch"). */
function isVenueWord(key: string): boolean {
  return isOfficeWord(key) || MEETING_WORDS.has(key) || endsWithOneOf(key, meetingEndings);
}

// The endings by their last character: a word is compared with the few that end like it.
const officeEndings = endingsByLast(OFFICE_ENDINGS);
const meetingEndings = endingsByLast(MEETING_ENDINGS);

function endsWithOneOf(key: string, endingsOf: (key: string) => readonly string[]): boolean {
  for (const e of endingsOf(key)) if (key.endsWith(e)) return true;
  return false;
}

// "Veldhuis Bouw BV, Industrieweg 14": a legal form in capitals after a name makes it an organisation's.
const COMPANY_FORMS = wordSet('bv nv vof cv');

/** "BV", "NV", "VOF", "B.V." (read at its "V") or "Stichting" at token j. */
function isCompanyForm(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  if (token === undefined) return false;
  if (token.key === 'stichting') return isCapitalised(token);
  if (COMPANY_FORMS.has(token.key)) return token.allCaps;
  if (token.text !== 'V') return false;
  const dot = tokens[j - 1];
  return (
    dot?.text === '.' && isGlued(dot, token) && tokens[j - 2]?.text === 'B' && isGlued(tokens[j - 2], dot)
  );
}

/** "De gemeente zit aan ...", "het UWV is gevestigd in ...". */
function isSeated(tokens: readonly Token[], j: number): boolean {
  if (!SEATED_ORGANISATIONS.has(tokens[j]!.key)) return false;
  const next = tokens[j + 1]?.key ?? '';
  return SEATED_VERBS.has(next) || (next === 'is' && tokens[j + 2]?.key === 'gevestigd');
}

// "Ons kantoor is verhuisd naar ...", "Het Werkplein verhuist naar ...": the office moves, nobody lives there.
const MOVE_WORDS = wordSet('verhuisd verhuist verhuizen verhuizing');
const MOVE_WINDOW = 3;

function isOfficeMove(tokens: readonly Token[], j: number, isOrganisation: (k: number) => boolean): boolean {
  if (!MOVE_WORDS.has(tokens[j]!.key)) return false;
  for (let b = j - 1; b >= 0 && b >= j - MOVE_WINDOW; b--) {
    const key = tokens[b]!.key;
    if (isVenueWord(key) || isOrganisation(b)) return true;
  }
  return false;
}

function isResident(token: Token): boolean {
  if (RESIDENT_WORDS.has(token.key)) return true;
  if (ADDRESS_CUES.has(token.key) && !NEUTRAL_ADDRESS_NOUNS.has(token.key)) return true;
  if (!isCapitalised(token)) return false;
  return (token.text.length === 1 && token.type === 'word') || FIRST_NAMES.has(token.key);
}

/** "Jacob Obrechtstraat 92", "Anna Paulownastraat": a first name right before the street is part of its name. */
function isStreetGivenName(tokens: readonly Token[], j: number, start: number): boolean {
  const token = tokens[j]!;
  return j === start - 1 && token.capitalised && FIRST_NAMES.has(token.key) && !isGlued(token, tokens[start]);
}
