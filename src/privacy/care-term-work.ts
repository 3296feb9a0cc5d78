import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * A sentence that names nobody and speaks of the work, study or leaflet of the person named before, or
 * of another client: "Ze wordt teamleider van de afdeling angststoornissen.", "Hij behandelt vooral
 * angststoornissen.", "Ze onderzoekt de relatie tussen schizofrenie en werkloosheid.", "Een klant van
 * hem heeft een bipolaire stoornis.", "Die biedt groepstherapie aan." The care term there is the
 * subject of that work, not a detail about the person the pronoun points back to.
 */
const WORK_WORDS = wordSet(`behandelt behandelde onderzoekt scriptie folder biedt bood klant klanten
  verwijzingen aanspreekpunt`);
// A job, only when the sentence makes it the person's: "wordt teamleider", "als ervaringswerker" (not
// "bij zijn psycholoog", a professional visited).
const JOBS = wordSet('teamleider ervaringswerker ervaringsdeskundige psycholoog verpleegkundige');
const BECOMES = wordSet('is wordt werd was als');

/** Whether the sentence speaks of work, study, a leaflet or another client (one pass over its tokens). */
export function speaksOfWork(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let k = sentence.from; k < sentence.to; k++) {
    const key = tokens[k]!.key;
    if (WORK_WORDS.has(key) || (JOBS.has(key) && BECOMES.has(tokens[k - 1]?.key ?? ''))) return true;
  }
  return false;
}
