import { wordSet } from './word-sets.ts';

/* The word lists the postcode rules (postcode.ts, postcode-lists.ts) read the words around a pair with. */

// PostNL never issues these letter pairs (they recall the Second World War).
export const NEVER_ISSUED = wordSet('SA SD SS');
// Units glued to a number: "1000mg", "1500kg", "2000km".
export const UNITS = wordSet('mg kg km cm mm ml cl dl gb mb kb tb kw uu hz ha pk st mw gw ct gr lt cc');
// Units of a dose or volume: "1500 ml flessen" is never read as a postcode before an unknown word.
export const DOSES = wordSet('mg kg ml cl dl gr lt cc');
// Between the digits and the letters: "7511-AB", "3512.AB", "2511/CM".
export const SEPARATORS = new Set(['-', '.', '/']);
export const QUOTES = new Set(['"', "'", '“', '‘', '(']);
// Words before a number that names a thing, not a place: "type 4050 DN", "lokaal 2104 ab", "lijn 1205 NS".
export const REFERENCE_WORDS =
  wordSet(`type model versie release build ticket zaak referentie ref nr project lijn bus
  tram kamer tafel regel serie order factuur artikel route printer beamer scherm laptop headset headsets
  toestel apparaat speakerphone`);
// Words that make the pair right after them an example of the shape: "het formaat 1234 AB", "bijv. 1234 AB".
export const FORMAT_WORDS = wordSet('formaat format notatie voorbeeld bijvoorbeeld bijv bv vb zoals');
// The same a few words back: "het formaat van een postcode is 1234 AB".
export const FORMAT_NOUNS = wordSet('formaat format notatie voorbeeld');
export const ARTICLES = wordSet('de het een deze die');
// Two-letter Dutch (and common English) words that follow a year or a count: "2023 en 2024", "2026 is".
export const SHORT_WORDS =
  wordSet(`en in op is of om te al nu na zo ze we je er de ik ja ok uw ca pp bv to at an or by on if it as be
  vs mn zn tm nb eo dd ev`);
// Abbreviations after an amount or a time, apart from the digits: "1500 ex btw", "1000 pm". Glued
// ("2871ex") or after "postcode" they are a postcode.
export const AFTER_AMOUNTS = wordSet('ex pm am pw pd');
// Short abbreviations, no Dutch words: "4205 nb gorinchem", "3901 ev veenendaal" are postcodes when a
// known place follows ("1500 pp in utrecht" has a word between).
// A company's legal form after its name: "Techniek 1900 NV", "Logistiek 7000 BV".
export const COMPANY_FORMS = new Set(['BV', 'NV', 'CV']);
export const SHORT_ABBREVIATIONS = wordSet('nb tm eo dd ev vs ca pp bv');
// "in" or "uit" just before the digits: a place, not a count ("klant zit nu in 6043 te roermond").
export const LOCATIVES = wordSet('in uit');
// Letters that are a preposition themselves: "in 1500 in utrecht" is a count.
export const PREPOSITIONS = wordSet('in op om na uit van bij to at on by');
// Short words that seldom follow a count or a year: "3512 je Utrecht", "postcode 5211 de" are postcodes.
export const RARE_AFTER_NUMBERS = wordSet('je ze we er ik ja ok uw mn zn de');
// Lower-case words after "1234 ab" that are no place name: "1500 ha grond", "3000 pp per jaar".
export const NOT_PLACES =
  wordSet(`en in op van de het een voor met per aan naar te om of is bij tot uit als dan
  dat die wat wie nog ook al wel niet geen zo er ze we je hij zij meer minder ongeveer totaal extra stuks
  verderop verder vandaan hiervandaan daarvandaan weg rijden fietsen lopen reizen afstand
  natuur grond bos bosgrond land landbouwgrond grasland weiland water akker akkers bestanden data`);
// Lower-case abbreviations before a plural noun: "1500 ww uitkeringen", "1200 vo leerlingen".
export const ABBREVIATIONS = wordSet(
  'ww vo po ho wo ao hr pr it ai ib eu nl bb zw mo wa bo kb bw fb tv ig yt',
);
// Words before the digits that make them an article number: "artikel 1401 BW", "art. 1637 BW".
export const ARTICLE_WORDS = wordSet('artikel art artikelen artikelnummer');
// A verb between a number and a place: "Postcodegebied 7400 is Deventer". Lower case, never a postcode.
export const VERBS = wordSet('is');
// Words for a time before a year-like number: "sinds 2020 BV", "in 2028 OS".
export const TIME_WORDS = wordSet('in sinds vanaf tot rond voor na medio eind begin per');
// The same without "in": "woont sinds 2019 ..." is a year, "woont in 1971 pk, ..." a postcode.
export const SINCE_WORDS = wordSet('sinds vanaf tot rond voor na medio eind begin per');
export const LIST_LOOK = 8;
// Upper-case pairs that follow a year as an abbreviation: "sinds 2021 HW", "in 2024 WW en bijstand".
export const YEAR_ABBREVIATIONS = wordSet('HW WW PW AO HR PR EU NL OK ZZ IT AI');
