import { CLIENT_ROLES, YOUNG_PEOPLE } from './client-words.ts';
import type { PersonRef } from './person-names.ts';
import { HIS_HER_TYPED } from './possessives.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 48 (issue 14): a professional named and then a client left unnamed in the same sentence: "Kees
 * vertelt over een deelnemer. Hij heeft een psychose gehad", "Esther heeft een kandidaat met een
 * verslaving. Die is nu 6 maanden clean". The pronoun of the next sentence may be the client, who is
 * not named, so the named professional is not carried to it. Only a client noun with "een", or with
 * "de"/"het"/"haar"/"zijn" not in apposition ("Jan, de deelnemer van vorige week. Hij ..." and "Jan (onze
 * deelnemer). Hij ..." are still Jan).
 */
const CLIENTS = wordSet(`${CLIENT_ROLES} ${YOUNG_PEOPLE} patient patiente jongeman meneer mevrouw`);
const DETERMINERS = wordSet("een de het zijn haar z'n d'r onze");
const APPOSITION_MARKS = new Set([',', '(', ':', '-']);

/** Whether an unnamed client is mentioned after the person `ref` in the sentence. */
export function mentionsOtherClientAfter(
  tokens: readonly Token[],
  sentence: Sentence,
  ref: PersonRef,
): boolean {
  for (let k = ref.last + 2; k < sentence.to; k++) {
    if (!CLIENTS.has(tokens[k]!.key) || !DETERMINERS.has(tokens[k - 1]!.key)) continue;
    if (tokens[k - 1]!.key === 'een') return true;
    if (k - 2 > ref.last && !APPOSITION_MARKS.has(tokens[k - 2]!.text)) return true;
  }
  return false;
}

/** "Kees zijn cliënt", "Femke d'r deelnemer": the name at `last` is followed by its client (the subject then). */
export function isNamesClient(tokens: readonly Token[], last: number): boolean {
  return HIS_HER_TYPED.has(tokens[last + 1]?.key ?? '') && CLIENTS.has(tokens[last + 2]?.key ?? '');
}
