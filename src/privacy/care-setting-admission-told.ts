import { ADMISSION_HAD_BEFORE, DURATIONS, RECORDING_AFTER, RECORDING_VERBS } from './care-term-words.ts';
import { CLIENT_ROLES, FORMS_OF_ADDRESS } from './client-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 58: an admission ("opname") told by what only a stay has, where the word could otherwise be a
 * recording (care-setting-admission.ts):
 *  - its length before it: "Na 4 weken opname in de kliniek is Ewout weer thuis", "drie maanden opname"
 *    (not "4 uur opname": a recording's hours); how many were had: "heeft 2 opnames gehad";
 *  - whose it is, a title or a client word after "van": "de opname van dhr. Bakker is uitgesteld", "de
 *    opname van de cliënt" (not "de opname van de podcast", "van de presentatie");
 *  - after "na" or "sinds" with "de", ending its clause, with a return to work or home a few words before:
 *    "Laura heeft haar eerste dag gewerkt na de opname." (not "na de opname van de podcast", "na de opname
 *    gaan we lunchen": the clause goes on; not "Laura regelt de broodjes na de opname": no return told).
 */
const COUNTS = wordSet('twee drie vier vijf zes zeven acht negen tien elf twaalf paar aantal ruim bijna');
const OWNERS = wordSet(`${FORMS_OF_ADDRESS} ${CLIENT_ROLES} heer patient patiente`);
const SINCE = wordSet('na sinds');
const CLAUSE_ENDS = new Set(['.', ',', '!', '?', ';', '"', '”', ')']);
const RETURN_WORDS = wordSet('weer eerste terug thuis gewerkt werken werkt werk begonnen hervat hervatten');
const RETURN_REACH = 8;

/** The "opname"/"opnames" at k is a stay by its length, its owner or its place after "na de" (above). */
export function isAdmissionTold(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before !== undefined && DURATIONS.has(before.key)) {
    const count = tokens[k - 2];
    return count !== undefined && (count.type === 'number' || COUNTS.has(count.key));
  }
  // "heeft 2 opnames gehad", "had drie opnames": a count of them had (not "we hebben 2 opnames gemaakt").
  if (before !== undefined && (before.type === 'number' || COUNTS.has(before.key))) {
    if (RECORDING_AFTER.has(tokens[k + 1]?.key ?? '') || isRecordedAfter(tokens, k)) return false;
    return tokens[k + 1]?.key === 'gehad' || ADMISSION_HAD_BEFORE.has(tokens[k - 2]?.key ?? '');
  }
  if (tokens[k + 1]?.key === 'van') {
    const at = tokens[k + 2]?.key === 'de' ? k + 3 : k + 2;
    return OWNERS.has(tokens[at]?.key ?? '');
  }
  if (before?.key !== 'de' || !SINCE.has(tokens[k - 2]?.key ?? '')) return false;
  const next = tokens[k + 1];
  // "Daan werkt sinds de opname weer vier uur": the return right after it.
  if (next !== undefined && RETURN_WORDS.has(next.key)) return true;
  if (next !== undefined && !next.lineBefore && !CLAUSE_ENDS.has(next.text)) return false;
  for (let j = k - 3; j >= 0 && j >= k - RETURN_REACH; j--) if (RETURN_WORDS.has(tokens[j]!.key)) return true;
  return false;
}

/** "2 opnames gemaakt", "drie opnames gedeeld": a recording's verb a few words after the word at k. */
function isRecordedAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++)
    if (RECORDING_VERBS.has(tokens[j]!.key)) return true;
  return false;
}
