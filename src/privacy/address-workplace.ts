import { isHomeLabelColon } from './address-labels.ts';
import { isOwnMove, MOVE_VERBS } from './organisation-team-seated.ts';
import type { Token } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet } from './word-sets.ts';

/**
 * Classes of heldout13 (read 5 December 2026): an address that is a job's or a meeting's place, said
 * by a word earlier in the same line rather than next to it. A vacancy or a workplace ("Vacature bij
 * ...: medewerker, Dorpsstraat 4", "standplaats Havenweg 12", "Plaatsing gelukt bij ..., Veldweg 2"),
 * the writer's own organisation's premises ("Wij zijn gevestigd aan ...", "parkeren kan achter het
 * pand") and a meeting ("de vergadering is ... in het Stadskantoor, Markt 1"). The resident test of
 * organisation-address.ts still runs after this: a client word, pronoun or first name near the
 * address still makes it someone's.
 */
// Not here: a vacancy or a placement alone ("vacatures dicht bij 7411 AB", "plaatsing in een pleeggezin")
// is near or at a client's home; one at a named employer is isWorkplaceAt's (organisation-words.ts). Nor
// "pand" or "parkeren", which a home has too.
const WORKPLACE_WORDS = wordSet(`standplaats werklocatie werkadres gevestigd vestigingsadres vergadering
  vergaderingen bijeenkomst intervisie vergaderen vergaderend vergaderlocatie werkbezoek werkbezoeken netwerkborrel
  netwerkbijeenkomst kick-off kickoff`); // the last line: batch 65's meetings and events (det-contacts37: kick-off)
// det-contacts37: any gathering named by its kind ("themabijeenkomst", "regiobijeenkomst", "ledenvergadering").
const GATHERING_ENDINGS = ['bijeenkomst', 'bijeenkomsten', 'vergadering', 'vergaderingen'];
const LINE_WINDOW = 24;
// det-contacts37: what a visitor is told after a venue's or office's address on its line ("..., parkeren op P2",
// "..., routebeschrijving op de site" (not "route": "route naar het werk vanaf 7007 hk" is from a home), "..., openingstijden ma-vr", "..., kick-off om 9.30"). A home's
// visit has its resident word ("huisbezoek", "woont", "meneer"), which the caller still reads between them; not
// "pand", "ingang", "lift" or "koffie", said of homes too ("adres: tuinstraat 3-5 (ingang zijkant)").
const VISITOR_WORDS =
  wordSet(`parkeren parkeergarage parkeerterrein parkeerplaats parkeerplaatsen parkeerkaart
  parkeervergunning bezoekersparkeren routebeschrijving openingstijden openingstijd geopend kick-off kickoff
  welkom hoofdingang`);
// Batch 50: "afspraak met de werkgever op 14 november om 10u, Industrieweg 7, Hengelo": a meeting with an
// employer is at the employer's.
const MEETINGS = wordSet('afspraak gesprek overleg kennismaking kennismakingsgesprek');
const EMPLOYERS = wordSet('werkgever werkgevers');

/** "afspraak met de werkgever" with the employer at j. */
function isMeetingWithEmployer(tokens: readonly Token[], j: number): boolean {
  if (!EMPLOYERS.has(tokens[j]!.key) || tokens[j - 1]?.key !== 'de' || tokens[j - 2]?.key !== 'met')
    return false;
  return MEETINGS.has(tokens[j - 3]?.key ?? '');
}
// Asked of up to 48 words around every address: one bit per distinct word says whether either test can hold.
const isWorkplaceWord = keyTest(
  (key) => WORKPLACE_WORDS.has(key) || GATHERING_ENDINGS.some((e) => key.endsWith(e)),
);
const isVisitorWord = keyTest((key) => VISITOR_WORDS.has(key));
const mayBeWorkplaceOrMove = keyTest(
  (key) => WORKPLACE_WORDS.has(key) || GATHERING_ENDINGS.some((e) => key.endsWith(e)) || MOVE_VERBS.has(key),
);

/**
 * Where a workplace, premises or meeting word is on the line of the address from `start` to `k`
 * (the nearest), or -1. The caller reads every word between it and the address for a resident too:
 * "Intervisie over de casus, Lindelaan 8" is someone's home.
 */
export function workplaceWordOnLine(tokens: readonly Token[], start: number, k: number): number {
  for (let j = start - 1; j >= 0 && j >= start - LINE_WINDOW; j--) {
    // Batch 48: "we verhuizen per 1 januari naar ...": the writer's organisation moves there.
    if (mayBeWorkplaceOrMove(tokens[j]!) && (isWorkplaceWord(tokens[j]!) || isOwnMove(tokens, j))) return j;
    if (isMeetingWithEmployer(tokens, j)) return j;
    if (tokens[j]!.lineBefore) break;
  }
  for (let j = k + 1; j < tokens.length && j <= k + LINE_WINDOW; j++) {
    if (tokens[j]!.lineBefore) break;
    if (isWorkplaceWord(tokens[j]!)) return j;
    // "Adres: Kerkstraat 5, parkeren kan voor de deur": after a bare address label it is a home's visit as often.
    if (isVisitorWord(tokens[j]!) && !isHomeLabelColon(tokens, start - 1)) return j;
  }
  return -1;
}
