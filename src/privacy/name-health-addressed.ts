import { isEverydayName, isKnownFirstName } from './name-lexicon.ts';
import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 64: a message that opens by addressing someone by name and asks after their own care ("Bas, sterkte
 * morgen met je operatie!", "Hee Roos, lukt het met ...", "Beste Kees,\nIk hoop dat je herstel na je
 * hartoperatie goed gaat", "Pim! Hoe is het met je knie na de operatie?"). The care term belongs to "je":
 * the person addressed. Only a care term the owner walk gave to no one named, right after "je", "jouw" or
 * "uw" (one word between at most; name-health-owned.ts): "Bas, kun jij het agendapunt over burn-out
 * voorbereiden?" is a topic, "Joy, kun je de notulen van het medicatieoverleg sturen?" a meeting.
 */
const GREETINGS = wordSet(
  'hoi hee hey hi hai hallo hello dag beste lieve goedemorgen goedemiddag goedenavond morgen yo ha hoihoi ey',
);
const CLOSERS = wordSet(', !');
const POSSESSIVES = wordSet('je jouw uw');
// "je flyer over depressie": a word between that turns the care term into a topic or another's.
const NOT_BETWEEN = wordSet('de het een van over met voor op om bij naar en of als');

/** The person addressed at the start of a message (its first sentence from `sentence.from`), or undefined. */
export function addressedAt(tokens: readonly Token[], sentence: Sentence): PersonRef | undefined {
  let k = sentence.from;
  if (GREETINGS.has(tokens[k]?.key ?? '') && k + 1 < sentence.to) k++;
  if (tokens[k]?.text === '@' && k + 1 < sentence.to) k++;
  const name = tokens[k];
  // After "@" a chat handle in lower case is as much a name ("@fatma hoe is het ...", det-lists39).
  const mention = tokens[k - 1]?.text === '@';
  if (name === undefined || name.type !== 'word' || (!name.capitalised && !mention) || name.allCaps)
    return undefined;
  if (!isKnownFirstName(name.key) && !isEverydayName(name.key)) return undefined;
  const after = tokens[k + 1];
  const closed = after === undefined || CLOSERS.has(after.text) || after.lineBefore;
  return closed || mention ? { first: k, last: k } : undefined;
}

/** "met je burn-out", "na je hartoperatie", "jouw nieuwe medicatie": "je" owns the care term at k (one word between at most). */
export function isSecondPersonsCare(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  for (let j = k - 1; j >= sentence.from && j >= k - 2; j--) {
    const key = tokens[j]!.key;
    if (POSSESSIVES.has(key)) return true;
    if (tokens[j]!.type !== 'word' || NOT_BETWEEN.has(key)) return false;
  }
  return false;
}
