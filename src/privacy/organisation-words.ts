import { isDayPartEvent } from './organisation-events.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { endingsByLast, wordSet, wordSetOf } from './word-sets.ts';

/*
 * The words that say an address is an organisation's (organisation-address.ts): its offices, the types
 * of organisation and their sites, venues and meetings, and a workplace at a named employer.
 */

// "locatie" is an organisation's ("Dimence heeft een nieuwe locatie op ...", "Adres GGNet-locatie:
// ..."); a client's home called so has a resident word near ("Ze woont in de beschermd-wonenlocatie
// aan de ..."). "office" is the English word ("Our office moved: ..."); "balie", "secretariaat" and
// "receptie" are an office's desks ("Leg de sleutels bij de balie, ...", "naar het secretariaat, ...").
const OFFICE_WORDS = wordSet(`kantoor kantooradres bezoekadres vestiging vestigingsadres gemeentehuis stadhuis
  stadskantoor werkplein werkgeversservicepunt wsp hoofdkantoor postbus antwoordnummer congrescentrum
  conferentiecentrum jaarbeurs bibliotheek bieb locatie werkplaats spreekuur buurthuis inloop inloophuis cafe
  pand gebouw hub office balie secretariaat roc ziekenhuis raadhuis wijkhuis dorpshuis clubhuis kringloop
  zorggroep zorginstelling instelling vakantiepark sporthal sportcomplex evenementenhal beurshal apotheek
  theater schouwburg museum zwembad supermarkt magazijn dagbesteding reclassering
  vergaderadres studio mfc kantoorgebouw bedrijfsgebouw bedrijfsverzamelgebouw verzamelgebouw bedrijfspand
  kantoorpand kasteel bedrijvenpark industriepark kantorenpark bedrijfsadres huisartsenpost`);
// A type of organisation before its own name or address: "SW-bedrijf Soweco, ...", "het leerwerkbedrijf
// is ...", "Leerwerkloket, ...", "Sociale dienst Oost Achterhoek, ...", "in de kringloopwinkel aan de
// ...", "de sociale firma", "het re-integratiebureau", "het politiebureau", "Zorgboerderij 't Veld",
// "Parkeergarage De Singel", "de sociale onderneming", "de zorgverzekeraar", "de camping-receptie",
// "Woningcorporatie De Woonplaats", "de gemeentewerf"; its
// sites and teams: "GGNet-locatie", "het IPS-team zit aan ...", "in het wijkcentrum", "op hun
// bedrijventerrein", "de leerwerkplaats", "de GGZ-poli", "de huisartsenpraktijk"; firms: "bij Bakkerij
// Jansen, ...". Not a vacancy or workplace on its own ("vacatures dicht bij 7411 AB" is where a client
// lives; see isWorkplaceAt), nor a client's employer: "reiskosten van 7521 AG naar de werkgever" is the
// client's home.
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
  'bureau',
  'receptie',
  'onderneming',
  'boerderij',
  'garage',
  'verzekeraar',
  'school',
  'corporatie',
  'werf',
  // "GGZ-kliniek", "dagkliniek", "ggz-instelling", "wijkgebouw", "fietsenmakerij", "drukkerij".
  'kliniek',
  'instelling',
  'gebouw',
  'erij',
  // "Servicepunt Werk", "het steunpunt", "het Informatiepunt": a desk of an organisation.
  'servicepunt',
  'steunpunt',
  'meldpunt',
  'informatiepunt',
  'infopunt',
  'trefpunt',
  'ontmoetingspunt',
  // Since heldout17-classes: "Schaesberg-bibliotheek", "het dementiecafé", "taalcafé" (a venue's compound).
  'bibliotheek',
  'cafe',
  // Held-out 39's class: "Het Flevoziekenhuis (Hospitaalweg 1, ...)", "streekziekenhuis".
  'ziekenhuis',
  // det-fp70: "het nieuwe adres van de jobcoachorganisatie is ...", "de zorgorganisatie".
  'organisatie',
  // det-contacts37: "het inloopspreekuur", "de werkinloop", "jongereninloop": a desk's open hours.
  'spreekuur',
  'inloop',
];
// Compounds with those endings that are homes or things: "woongebouw", "flatgebouw", "schilderij".
const BUILDING = 'gebouw';
const HOME_BUILDINGS = ['woon', 'flat', 'appartement'];
const NOT_OFFICES = wordSet('schilderij schilderijen');
// Venues and meetings: "De leerbijeenkomst is in ...", "netwerkbijeenkomst op ...", "Werkgeversontbijt
// bij ...", "teamlunch", "borrel", "Workshop ... in De Kastanjehof, ...", "Banenmarkt in Sporthal De
// Hoek", "Jobbeurs Zuid: MECC, ...", "Bedrijfsbezoek bij hotel De Kroon", "Het cliëntenoverleg is in de
// Sint Annazaal", "huurt de achterzaal op ...". An address, not a phone number: "Na de training:
// 0543-..." is anyone's.
// Since heldout17-classes a gathering point: "..., verzamelen bij de ingang", "verzamelpunt".
// Since batch 44-names the verb in the plural: "of we bij hen kunnen vergaderen (Spoorstraat 2, Deventer)".
// Since batch 47 an event's start ("..., Kerkstraat 8, aanvang 19.30"), a "brainstorm", and an event named by
// the part of the day it fills ("werkgeversavond", "themamiddag"; organisation-events.ts).
// Since batch 55 a one-to-one meeting: "morgen 10u bilateraal met de wethouder, Walburgstraat 2", "bila".
const MEETING_WORDS =
  wordSet(`zaal hotel landgoed congres vergaderlocatie training scholing werkgroep stuurgroep
  vergadert vergaderen vergadering casusbespreking workshop banenmarkt bedrijfsbezoek werkbezoek verzamelen
  verzamelpunt aanvang brainstorm bilateraal bilaterale bila vergaderruimte vergaderkamer overlegruimte
  trainingsruimte kick-off kickoff`); // stop 34 (batch 62); det-contacts37: the last two
const MEETING_ENDINGS = [
  // "sollicitatietraining", "taalcursus", "themasessie".
  'training',
  'cursus',
  'sessie',
  'bijeenkomst',
  'ontbijt',
  'lunch',
  'borrel',
  'overleg',
  'zaal',
  'beurs',
  'workshop',
  'event',
  'evenement',
  // "zomerbarbecue", "teambarbecue" (since heldout17-classes).
  'barbecue',
];

/** A word for an organisation's office, site or team, or its type ("kantoor", "GGNet-locatie", "wijkteam"). */
export function isOfficeWord(key: string): boolean {
  if (OFFICE_WORDS.has(key) || isOfficeCompound(key)) return true;
  if (key === TOWN_CENTRE || !endsWithOneOf(key, officeEndings)) return false;
  return !isHomeOrThing(key);
}

// Since batch 47: "UWV-vestiging", "GGZ-pand" (an office word after a hyphen), and the compounds that
// begin with "kantoor" ("kantoorruimte", "kantoortijden", "kantooruren").
const OFFICE_PREFIX = 'kantoor';

function isOfficeCompound(key: string): boolean {
  if (key.startsWith(OFFICE_PREFIX) && key.length > OFFICE_PREFIX.length + 2) return true;
  const hyphen = key.lastIndexOf('-');
  return hyphen > 0 && OFFICE_WORDS.has(key.slice(hyphen + 1));
}

/** "woongebouw(en)", "schilderij(en)": an office ending, but a home or a thing. */
function isHomeOrThing(key: string): boolean {
  if (NOT_OFFICES.has(key)) return true;
  return key.includes(BUILDING) && HOME_BUILDINGS.some((s) => key.startsWith(s));
}

// "valt onder Den Haag Centrum", "in het centrum": a town centre, not a wijkcentrum.
const TOWN_CENTRE = 'centrum';

// "Dreef 61 kamer 214 (zorgcentrum de Wilgenhof)": a numbered room in a care home is someone's home.
const CARE_HOME_ENDINGS = [
  'zorgcentrum',
  'verpleeghuis',
  'verzorgingshuis',
  'zorghuis',
  'woonvorm',
  'hospice',
];

/** A care home ("zorgcentrum", "verpleeghuis"): no office when a room number follows the address. */
export function isCareHome(key: string): boolean {
  return CARE_HOME_ENDINGS.some((e) => key.endsWith(e));
}

/** An office word, or a venue or meeting ("zaal", "training", "leerbijeenkomst", "teamlunch"). */
export function isVenueWord(key: string): boolean {
  return (
    isSingularVenueWord(key) ||
    // "werkbezoeken", "trainingen", "kantoren", "workshops", "locaties": the plural of one.
    (key.length > 5 && (PLURAL_WORDS.has(key) || (endsWithOneOf(key, pluralEndings) && !isHomeOrThing(key))))
  );
}

/**
 * isVenueWord asked of a token: answered once per distinct word (word-records.ts). The plural endings
 * make it a loop over dozens of endings for every word that ends in "n" or "s", and the address rules
 * ask it of many words around every address and number.
 */
export const isVenueToken = keyTest(isVenueWord);

/** "training" → "trainingen", "trainings"; "kantoor" → "kantoren" (the doubled vowel single again). */
function pluralsOf(word: string): string[] {
  const forms = [`${word}en`, `${word}s`];
  const n = word.length;
  const vowel = word.charAt(n - 2);
  if (n > 3 && vowel === word.charAt(n - 3) && 'aeou'.includes(vowel))
    forms.push(`${word.slice(0, n - 2)}${word.charAt(n - 1)}en`);
  return forms;
}

const PLURAL_WORDS = wordSetOf([...OFFICE_WORDS, ...MEETING_WORDS].flatMap(pluralsOf));
const pluralEndings = endingsByLast([...OFFICE_ENDINGS, ...MEETING_ENDINGS].flatMap(pluralsOf));

function isSingularVenueWord(key: string): boolean {
  return (
    isOfficeWord(key) || MEETING_WORDS.has(key) || endsWithOneOf(key, meetingEndings) || isDayPartEvent(key)
  );
}

// The endings by their last character: a word is compared with the few that end like it.
const officeEndings = endingsByLast(OFFICE_ENDINGS);
const meetingEndings = endingsByLast(MEETING_ENDINGS);

function endsWithOneOf(key: string, endingsOf: (key: string) => readonly string[]): boolean {
  for (const e of endingsOf(key)) if (key.endsWith(e)) return true;
  return false;
}

// "Werkplek bij Albert Heijn XL, ...", "Vacature magazijnmedewerker bij Jumbo DC, ...", "De
// werkervaringsplek is bij Zorgboerderij 't Veld", "Mijn nieuwe werkplek is ...": a workplace at a named
// employer, or the writer's own. Alone a vacancy or workplace is no office: "vacatures dicht bij
// 7411 AB" is near where a client lives.
const WORKPLACES = wordSet(`werkplek werkplekken werkervaringsplek werkervaringsplaats stageplek stageplaats
  leerwerkplek vacature vacatures proefplaatsing plaatsing geplaatst stage sollicitatiegesprek`);
const WORKPLACE_GAP = 3;
const OWN = wordSet('mijn onze ons');

/** A workplace word at j with "bij" and a capitalised name or an organisation after it, or "mijn" before. */
export function isWorkplaceAt(
  tokens: readonly Token[],
  j: number,
  isOrganisation: (k: number) => boolean,
): boolean {
  if (!WORKPLACES.has(tokens[j]!.key)) return false;
  const before = tokens[j - 1]?.key ?? '';
  if (OWN.has(before) || (before === 'nieuwe' && OWN.has(tokens[j - 2]?.key ?? ''))) return true;
  for (let b = j + 1; b <= j + WORKPLACE_GAP && b < tokens.length; b++) {
    if (tokens[b]!.type === 'punct' && tokens[b]!.text !== ':') return false;
    if (tokens[b]!.key !== 'bij') continue;
    const name = tokens[b + 1];
    return name !== undefined && (isOrganisation(b + 1) || (name.type === 'word' && isCapitalised(name)));
  }
  return false;
}

/** "Werkplek bij Albert Heijn": the name at j is the employer's after a workplace and "bij", no resident's. */
export function isEmployerName(tokens: readonly Token[], j: number): boolean {
  if (tokens[j - 1]?.key !== 'bij') return false;
  for (let b = j - 2; b >= 0 && b >= j - 1 - WORKPLACE_GAP; b--)
    if (WORKPLACES.has(tokens[b]!.key)) return true;
  return false;
}
