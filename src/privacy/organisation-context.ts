import { isVenueToken } from './organisation-words.ts';
import { type Token, tokenAt } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * More of the words around an address that say whose it is (organisation-address.ts asks these): a
 * bracketed aside that does not count towards the window, a sentence whose subject is an office, a
 * contact person for a meeting, and a home found through an organisation. Every look is bounded.
 */

const MAX_ASIDE = 8;

/**
 * The first token of a window of `window` tokens before `start`, where a bracketed aside ("werkplaats
 * fietsenmakerij (social firm): ...") counts for nothing: at most MAX_ASIDE tokens more.
 */
export function windowStart(tokens: readonly Token[], start: number, window: number): number {
  const limit = Math.max(0, start - window - MAX_ASIDE);
  let counted = 0;
  let depth = 0;
  let j = start - 1;
  for (; j > limit; j--) {
    const text = tokens[j]!.text;
    if (text === ')') depth++;
    else if (text === '(' && depth > 0) depth--;
    else if (depth === 0 && !isInsideNumber(tokens, j) && ++counted === window) break;
  }
  return Math.max(0, Math.min(j, start - window));
}

/**
 * "aanvang 09.30, Jan van Galenstraat 4": the separator or a later part of a date or time typed as one
 * word ("09.30", "06-06", "18/4") counts for nothing in the window, so that a meeting's date and time
 * before its address take a word each, as a written date does (batch 47).
 */
function isInsideNumber(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!;
  const before = tokens[j - 1];
  if (before === undefined || token.spaceBefore || token.lineBefore) return false;
  if (token.type === 'number') return NUMBER_JOINS.has(before.text);
  return NUMBER_JOINS.has(token.text) && before.type === 'number' && tokens[j + 1]?.type === 'number';
}

const NUMBER_JOINS = new Set(['.', '-', '/', ':']);

// "Het nieuwe kantoor heeft ...", "Het wijkteam West werkt vanuit ...", "Onze locatie is ...": an office
// as the sentence's subject, after an article or possessive and an adjective.
const DETERMINERS = wordSet('de het ons onze hun een');
const ADJECTIVES = wordSet(`nieuwe oude tijdelijke huidige vaste regionale lokale centrale grote kleine`);
const SENTENCE_ENDS = new Set(['.', '!', '?']);
// A home visited or a household there is no office's address, whoever visits it.
const HOUSEHOLD_WORDS = wordSet(`gezin gezinnen familie huishouden huisbezoek thuisbezoek bezocht woning huis
  woonhuis flat appartement`);
// Held-out 39's class: "Check je agenda: de heidag van de werkgroep is verplaatst naar 28 januari, bij De
// Boshoeve in Hilversum (Soestdijkerstraatweg 172)": after a heading's colon, and reaching that far.
const HEADING_WINDOW = 20;
const AFTER_WINDOW = 6;

/**
 * A full stop, "!" or "?" at j that ends a sentence; not the dot of a time or date typed as one word
 * ("De sessie is om 13.00, Waterstraat 2") nor of an abbreviation ("t.o. de bibliotheek"; batch 47).
 */
function endsSentence(tokens: readonly Token[], j: number): boolean {
  const mark = tokens[j]!;
  if (!SENTENCE_ENDS.has(mark.text)) return false;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  // "t.o. de bibliotheek", "o.a. het kantoor": the dot of an abbreviation of single letters.
  if (before?.type === 'word' && before.text.length === 1 && !mark.spaceBefore) return false;
  return !(
    before?.type === 'number' &&
    after?.type === 'number' &&
    !mark.spaceBefore &&
    !after.spaceBefore &&
    !after.lineBefore
  );
}

/**
 * The sentence (or line) of the address at `start` opens with a determiner, perhaps an adjective, and an
 * office or venue word, and no word between it and the address (or a visit just after it) says someone
 * lives there (`isResident`).
 */
export function isHeadedByOffice(
  tokens: readonly Token[],
  start: number,
  k: number,
  isResident: (j: number) => boolean,
): boolean {
  for (let j = start - 1; j >= 0 && j >= start - HEADING_WINDOW; j--) {
    const opens =
      j === 0 || tokens[j]!.lineBefore || endsSentence(tokens, j - 1) || tokens[j - 1]!.text === ':';
    if (!opens) continue;
    // "Waar: De Meerpaal, Agorabaan 12": the place of an event, in its what-when-where lines.
    if (tokens[j]!.key === 'waar' && tokens[j + 1]?.text === ':') return true;
    if (!DETERMINERS.has(tokens[j]!.key)) return false;
    let v = j + 1;
    if (ADJECTIVES.has(tokens[v]?.key ?? '')) v++;
    if (v >= start || !isVenueToken(tokens[v]!)) return false;
    for (let b = v + 1; b < start; b++) {
      if (isResident(b) || HOUSEHOLD_WORDS.has(tokens[b]!.key)) return false;
    }
    // "Het wijkteam heeft de Kerkstraat 5 bezocht": a visit said after the address.
    for (let a = k + 1; a < tokens.length && a <= k + AFTER_WINDOW && !tokens[a]!.lineBefore; a++) {
      if (HOUSEHOLD_WORDS.has(tokens[a]!.key)) return false;
    }
    return true;
  }
  return false;
}

// "Lunchbijeenkomst ..., Klaverveld 88 — aanmelden bij Yvonne": whom to ask, not who lives there.
const CONTACT_WORDS = wordSet(`aanmelden aanmelding opgeven inschrijven afmelden afmelding info informatie
  vragen contact contactpersoon rsvp bellen mailen`);
const CONTACT_LINKS = wordSet('bij via aan met');

/** The name at j is a contact person: "aanmelden bij Yvonne", "contactpersoon: Yvonne", "info via Petra". */
export function isContactPerson(tokens: readonly Token[], j: number): boolean {
  const link = tokens[j - 1];
  if (link === undefined) return false;
  if (link.text === ':' || CONTACT_LINKS.has(link.key)) return CONTACT_WORDS.has(tokens[j - 2]?.key ?? '');
  // Batch 57: "contactpersoon is Henk".
  if (link.key === 'is') return tokens[j - 2]?.key === 'contactpersoon';
  return false;
}

// "Nieuwe woning via de woningcorporatie: Slingerbos 41": a home found through an organisation.
const HOMES = wordSet(`woning huurwoning huis huurhuis kamer appartement woonruimte studio flat`);
const CHANNEL = 'via';
const CHANNEL_GAP = 3;

/** The office word at j follows "via" (an article between), and a home word comes just before "via". */
export function isHomeChannel(tokens: readonly Token[], j: number): boolean {
  let v = j - 1;
  if (DETERMINERS.has(tokenAt(tokens, v)?.key ?? '')) v--;
  if (tokenAt(tokens, v)?.key !== CHANNEL) return false;
  for (let h = v - 1; h >= 0 && h >= v - CHANNEL_GAP; h--) {
    if (HOMES.has(tokens[h]!.key)) return true;
    if (tokens[h]!.type === 'punct') return false;
  }
  return false;
}

// "De trainingen zijn op het Werkplein": "zijn" before a preposition or adverb is the verb, no owner.
// Held-out 25: before an article too ("daar zijn de gesprekken"): the possessive never stands there.
const AFTER_VERB_ZIJN = wordSet(
  'op in aan bij naar er niet al nog ook te dan wel weer vanaf tot hier daar gevestigd de het een',
);

/** The "zijn" at j is the verb ("zijn op", "zijn er"), not the possessive ("zijn moeder"). */
export function isVerbZijn(tokens: readonly Token[], j: number): boolean {
  return tokens[j]!.key === 'zijn' && AFTER_VERB_ZIJN.has(tokens[j + 1]?.key ?? '');
}

// "Ons nieuwe adres is ...", "onze postcode": the writer's organisation's address.
const ADDRESS_NOUNS = wordSet('adres postadres bezoekadres postcode adressen');
const OURS = wordSet('ons onze');
// "Het adres van de werkplek: ...", "adres van het bedrijf": the address of a place of work.
// det-contacts37: "het adres van de gemeente is ...", "adres van het UWV": an organisation's type as the owner.
const WORK_PLACES = wordSet(`werkplek werkplekken stageplek stageplaats werkervaringsplek leerwerkplek bedrijf
  werkgever gemeente uwv ggz ggd svb duo cjg wsp stichting vereniging organisatie`);

// Batch 65 (det-contacts65b): "het adres in de handtekening van Mariska klopt niet meer": the address in an
// e-mail signature is the sender's work address.
const SIGNATURES = wordSet('handtekening mailhandtekening e-mailhandtekening emailhandtekening signature');
const SIGNATURE_DETERMINERS = wordSet("de haar zijn z'n d'r mijn je jouw");

/** "in de handtekening", "in haar mailhandtekening" at j. */
export function isInSignatureWord(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.key !== 'in') return false;
  const at = SIGNATURE_DETERMINERS.has(tokens[j + 1]?.key ?? '') ? j + 2 : j + 1;
  return SIGNATURES.has(tokens[at]?.key ?? '');
}

/**
 * At j an address noun said to be the writer's organisation's ("ons (nieuwe) adres") or a place of
 * work's or a venue's ("het adres van de werkplek", "adres van het buurthuis").
 */
export function isOwnOrWorkAddressNoun(tokens: readonly Token[], j: number): boolean {
  if (!ADDRESS_NOUNS.has(tokens[j]!.key)) return false;
  const before = tokenAt(tokens, j - 1)?.key ?? '';
  if (OURS.has(before) || (ADJECTIVES.has(before) && OURS.has(tokenAt(tokens, j - 2)?.key ?? '')))
    return true;
  if (isInSignatureWord(tokens, j + 1)) return true;
  if (tokens[j + 1]?.key !== 'van') return false;
  let w = j + 2;
  if (DETERMINERS.has(tokens[w]?.key ?? '')) w++;
  const place = tokens[w];
  return place !== undefined && (WORK_PLACES.has(place.key) || isVenueToken(place));
}

/**
 * "De gemeente Ede, Bergstraat 4, 6711 AA": the municipality named and a comma, its address (or the
 * address's postcode at `start`) after it within a few tokens.
 */
export function isMunicipalityBefore(tokens: readonly Token[], start: number): boolean {
  for (let c = start - 1; c >= 2 && c >= start - MUNICIPALITY_WINDOW; c--) {
    // "gemeente Tilburg (Stadhuisplein 130) betaalt ...": its address in brackets too (batch 47).
    if ((tokens[c]!.text !== ',' && tokens[c]!.text !== '(') || tokens[c + 1]!.lineBefore) continue;
    let j = c - 1;
    if (tokens[j]!.type !== 'word' || !tokens[j]!.capitalised) continue;
    if (tokens[j - 1]?.type === 'word' && tokens[j - 1]!.capitalised && tokens[j - 1]!.key !== 'gemeente')
      j--;
    if (tokens[j - 1]?.key !== 'gemeente') continue;
    // "woont in de gemeente Ede, ...": where someone lives, not the municipality as an organisation.
    const before = tokens[j - 2]?.key === 'de' ? tokens[j - 3] : tokens[j - 2];
    return !LOCATED_IN.has(before?.key ?? '');
  }
  return false;
}

const LOCATED_IN = wordSet('in naar uit binnen buiten');

const MUNICIPALITY_WINDOW = 6;
