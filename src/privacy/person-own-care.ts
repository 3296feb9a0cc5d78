import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

// Between "Xandra heeft" and the care term: a few words, none that starts a clause or a phrase
// about something else ("Onderzoek heeft aangetoond dat ...", "Armoede is een risico voor ...").
const CARE_DETAIL_WINDOW = 6;
const NOT_BEFORE_OWN_CARE = wordSet(`na voor op bij tegen over rond door om tot zonder dan als dat die omdat
  want maar met in uit onder tussen naast volgens , ; : ( )`);

/** "heeft (sinds de zomer) een depressie": a care term soon after the verb, in the same clause. */
export function hasOwnCareDetail(
  tokens: readonly Token[],
  from: number,
  to: number,
  isCareWord: (k: number) => boolean,
): boolean {
  // "Tijs (we noemen hem Tijsie) blowt elke ochtend": the verb is the care detail.
  if (from - 1 < to && isCareWord(from - 1)) return true;
  for (let j = from; j < to && j < from + CARE_DETAIL_WINDOW; j++) {
    if (isCareWord(j)) return true;
    // "Jansen zit sinds vorige week in de kliniek", "komt net uit het ziekenhuis": the place is the detail.
    const key = tokens[j]!.key;
    if (
      (key === 'in' || key === 'uit') &&
      ((j + 1 < to && isCareWord(j + 1)) || (j + 2 < to && isCareWord(j + 2)))
    )
      return true;
    // "Lies heeft na de scheiding een depressie": a time phrase (not "Herstel is mogelijk na een psychose").
    const timePhrase =
      key === 'na' && AFTER_NA.has(tokens[j + 1]?.key ?? '') && !(j + 2 < to && isCareWord(j + 2));
    if (NOT_BEFORE_OWN_CARE.has(key) && !timePhrase) return false;
  }
  return false;
}
const AFTER_NA = wordSet("de het een haar zijn z'n d'r");
