import type { Token } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet } from './word-sets.ts';

/** Word lists for the address detector, folded (lower case, no diacritics). */

/**
 * Endings of Dutch street names: "Kerkstraat", "Beukenlaan", "Kastanjepad". Not "-ring" or "-oord":
 * they end far more ordinary nouns ("Vergadering 12", "Antwoord 3") than streets. Since heldout2122-addr-classes
 * a compass point's side or end: "Oostzijde", "Westeinde" (not "Keerzijde", "weekeinde": see NOT_STREETS).
 */
export const STREET_SUFFIXES: readonly string[] = [
  ...wordSet(`straat straatje straatweg laan laantje weg plein gracht kade singel dijk steeg hof pad dreef
    markt park plantsoen allee boulevard wal haven kanaal veld weide erf baan brink kamp akker hoeve
    zoom promenade passage poort burcht diep vaart vliet wetering oever hove horst stede gaarde beek berg dal
    kwartier polder hoek zijde einde`),
];

/** Street words that may also open a street name: "Laan van Meerdervoort", "Weg naar Laren". */
export const LEADING_STREET_WORDS = wordSet(
  'laan weg plein kade singel dreef hof park straat gracht dijk plantsoen boulevard burgwal wal markt dam brink',
);

/** Words that start street names before the part with the suffix: "Burgemeester Jansenlaan". */
export const STREET_PREFIXES =
  wordSet(`burgemeester burg prins prinses koning koningin dokter dr professor prof
  generaal pastoor sint st oude nieuwe korte lange hoge lage grote kleine brede smalle binnen buiten noord
  oost zuid west van`);

/** Ordinary nouns that happen to end like a street: "Leerpad 2", "Tijdpad 2026", "Werkveld". */
export const NOT_STREETS =
  wordSet(`leerpad tijdpad zorgpad groeipad ontwikkelpad werkpad loopbaan arbeidsmarkt
  banenmarkt werkveld speelveld krachtenveld beleidsveld zorgveld werkplein onderweg halfweg midweek
  leerweg snelweg uitweg omweg zijweg tussenweg invalshoek gezichtshoek leeshoek speelhoek
  voorzijde achterzijde keerzijde bovenzijde onderzijde binnenzijde buitenzijde weekeinde weekend jaareinde
  levenseinde`);

/** Particles inside multi-word street names: "Laan van de Mensenrechten". */
export const STREET_PARTICLES = wordSet("van de der den het 't ter ten op aan tot bij door");

/** Words that announce an address, so that even "Damrak 1" or "Lange Voorhout 9" counts. */
export const ADDRESS_CUES = wordSet(`woont woonde wonen woonachtig wonend wonende verblijft verbleef verhuisd
  verhuist verhuizen adres woonadres huisadres postadres briefadres bezoekadres ingeschreven huisbezoek thuis bewoont
  ligplaats thuisadres verblijfsadres verblijfadres correspondentieadres adresgegevens woonplek woonruimte`);

/** After a number these make it a count, not a house number: "Werkplein 12 aanmeldingen". */
export const COUNT_NOUNS = wordSet(`trajecten traject mensen deelnemers clienten kandidaten aanmeldingen
  plaatsingen dagen dag weken week maanden maand jaar jaren keer uur uren minuten procent euro werkgevers
  medewerkers fte plekken plaatsen gesprekken casussen gemeenten organisaties vacatures bijeenkomsten leden
  personen km kilometer meter banen stuks punten x`);

/** A count noun or "%" after a number: "12 aanmeldingen", "30 %" (no house number). */
export function isCount(token: Token | undefined): boolean {
  return token !== undefined && (COUNT_NOUNS.has(token.key) || token.text === '%');
}

/**
 * Capitalised words before a number that name no street, even after a cue: "verhuist naar Fase 2",
 * "Groep 3", "Ronde 4", "Postbus 12" (a PO box is no home), "Artikel 12", "Office 365", a score ("GAF 45").
 */
export const NOT_PLACE_NAMES = wordSet(`fase stap niveau versie groep ronde periode blok module level deel
  cohort klas jaar kwartaal tertiaal sprint release item actie actiepunt casus vraag optie variant scenario
  postbus antwoordnummer artikel art paragraaf lid hoofdstuk office windows teams gaf honos`);

const NUMBER_WORDS = wordSet('nr no nummer huisnummer huisnr hnr');
/** "nr", "nummer", "huisnr" (street-names.ts): asked of the word before every number, so one bit per word. */
export const isNumberWord = keyTest((key) => NUMBER_WORDS.has(key));
