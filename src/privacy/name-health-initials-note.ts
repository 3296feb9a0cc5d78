import { hasTopicWord } from './care-term-owner.ts';
import type { NoteRule } from './name-health-note-rule.ts';
import { DOTTED_ABBREVIATIONS } from './person-name-words.ts';
import { isGlued, type Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/*
 * Batch 56 (det-56): a psychiatrist's note headed by the client's initials alone, with a particle's letters
 * too, and a colon: "C.v.d.M.: lithiumspiegel 0,9, stabiel", "J.K.: psychose, depot verhoogd". Two or more
 * capitals each with its full stop (and "v", "d" in lower case between) open the line, the colon follows, and
 * a care term stands in the next few words. Not the abbreviations that open a line the same way ("N.B.:",
 * "P.S.:", "T.a.v.:"), nor a topic ("J.K.: training over depressie"), nor a speaker in minutes.
 */
const ABBREVIATIONS = wordSetOf([...DOTTED_ABBREVIATIONS, ...wordSet('bv nv vof vs tv')]);
const PARTICLE_LETTERS = new Set(['v', 'd']);
const CARE_REACH = 8;
// Minutes give a speaker's initials the same way ("A.B.: bij onze klanten komt depressie veel voor"): a
// speaker's own or plural words in the sentence make it a remark, no note on a client.
const SPEAKERS_WORDS = wordSet(`ik we wij onze ons mijn je jij jullie men klanten clienten deelnemers mensen
  werkgevers collega's iedereen vind denk stel`);

/** Flags the initials heading the sentence when it opens a line as such a note. */
export const initialsNote: NoteRule = (tokens, sentence, care, isOrganisation, out) => {
  const from = sentence.from;
  if (from > 0 && !tokens[from]!.lineBefore) return;
  const colon = initialsEnd(tokens, from, sentence.to);
  if (colon === -1) return;
  for (let k = colon + 1; k < sentence.to; k++) if (SPEAKERS_WORDS.has(tokens[k]!.key)) return;
  for (let k = colon + 1; k < sentence.to && k <= colon + CARE_REACH; k++) {
    if (care.matchAt(tokens, k, isOrganisation) === 0) continue;
    if (!hasTopicWord(tokens, colon + 1, k))
      out.push({ kind: 'name_health', start: tokens[from]!.start, end: tokens[colon - 1]!.end });
    return;
  }
};

/** Where the colon after initials "C.v.d.M." opening at `from` stands, or -1. */
function initialsEnd(tokens: readonly Token[], from: number, to: number): number {
  let capitals = '';
  let j = from;
  for (; j + 1 < to; j += 2) {
    const letter = tokens[j]!;
    const dot = tokens[j + 1]!;
    if (letter.type !== 'word' || letter.text.length !== 1 || dot.text !== '.' || !isGlued(letter, dot))
      break;
    if (letter.text !== letter.text.toUpperCase()) {
      if (!PARTICLE_LETTERS.has(letter.text)) return -1;
    } else capitals += letter.key;
  }
  if (tokens[j]?.text !== ':' || capitals.length < 2 || ABBREVIATIONS.has(capitals)) return -1;
  return j;
}
