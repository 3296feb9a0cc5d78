import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 31: notes written in fragments, a status without subject or verb after the sentence that
 * names the person: "Gijs draait goed mee, 4 dagen. Sertraline blijft.", "Quetiapine afgebouwd.",
 * "Stabiel op de medicatie.". Either the care term opens the fragment and only words of its course
 * follow ("blijft", "afgebouwd", "onder controle"), or a state opens it and the care term, with what one
 * is on, closes it ("stabiel op de medicatie", "goed ingesteld op sertraline"). A few words only; whether
 * the sentences may be joined is decided in care-term-continued.ts. Batch 53: a diagnosis confirmed
 * ("MS-diagnose is bevestigd.").
 */
const COURSE_WORDS = wordSet(`blijft bleef blijven afgebouwd opgebouwd gestopt verhoogd verlaagd gehalveerd
  verdubbeld omlaag omhoog onder controle stabiel gelijk hetzelfde aangepast erbij eraf ok oke goed beter
  minder weg voorbij rustig nog steeds wel niet voorlopig is bevestigd vastgesteld`);
const STATES = wordSet('stabiel rustig goed beter instabiel ingesteld');
const STATE_LINKS = wordSet('op met');
const STATE_FILLERS = wordSet("de het z'n zijn haar d'r ingesteld");
const COURSE_LIMIT = 3;

/** How many tokens from j form a care term (0 when none). */
type TermAt = (j: number) => number;

/** "Sertraline blijft.", "Stabiel op de medicatie.": a fragment of a care term's status, nobody named. */
export function isStatusFragment(tokens: readonly Token[], sentence: Sentence, termAt: TermAt): boolean {
  const end = tokens[sentence.to - 1]!.type === 'punct' ? sentence.to - 1 : sentence.to;
  const length = termAt(sentence.from);
  if (length > 0) {
    const rest = end - sentence.from - length;
    if (rest < 1 || rest > COURSE_LIMIT) return false;
    for (let j = sentence.from + length; j < end; j++) if (!COURSE_WORDS.has(tokens[j]!.key)) return false;
    return true;
  }
  if (!STATES.has(tokens[sentence.from]!.key)) return false;
  let j = sentence.from + 1;
  if (!STATE_LINKS.has(tokens[j]?.key ?? '')) return false;
  j++;
  while (j < end && STATE_FILLERS.has(tokens[j]!.key)) j++;
  const term = j < end ? termAt(j) : 0;
  return term > 0 && j + term === end;
}
