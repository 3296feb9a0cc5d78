import { isProvider, PROVIDER_FILLERS } from './care-provider-words.ts';
import { NOT_CARE_HANDLERS, STAY_FILLERS, UNDER_CARE_VERBS } from './care-term-words.ts';
import { HE_SHE } from './function-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { isCapitalised, type Token } from './tokens.ts';

/*
 * Being in treatment at a named provider, with the provider between "bij" and "in behandeling" (read by
 * care-setting-context.ts's isTreatment): the verb of being before it ("is bij GGNet in behandeling") or,
 * in a clause, after it ("dat ze bij Jonx in behandeling is"). Bounded looks only.
 */

// "dat ze bij Jonx in behandeling is": a subject pronoun before "bij" and the verb after (batch 44-names).
const CLAUSE_SUBJECTS = HE_SHE;

/**
 * "is bij GGNet in behandeling", "zit sinds kort bij de Jellinek in behandeling": walking back from
 * `j` (the word before "in behandeling") over a provider's name of at most three words to "bij", and
 * a verb of being before it (a time between); or a subject pronoun right before "bij" and the verb of
 * being at `after` ("dat ze bij Jonx in behandeling is"; not "de aanvraag is bij het UWV in behandeling").
 */
export function isUnderCareOf(tokens: readonly Token[], j: number, after: number): boolean {
  let v = j;
  for (; v >= 0 && v >= j - 3; v--) {
    const token = tokens[v]!;
    if (token.key === 'bij') break;
    if (token.type !== 'word' || NOT_CARE_HANDLERS.has(token.key)) return false;
    if (!isCapitalised(token) && !PROVIDER_FILLERS.has(token.key) && !isProvider(token.key)) return false;
  }
  if (v === j || tokens[v]?.key !== 'bij') return false;
  if (isClauseSubject(tokens[v - 1]) && UNDER_CARE_VERBS.has(tokens[after]?.key ?? '')) return true;
  for (let u = v - 1; u >= 0 && u >= v - 3; u--) {
    const key = tokens[u]!.key;
    if (UNDER_CARE_VERBS.has(key)) return true;
    if (!STAY_FILLERS.has(key) && key !== 'kort') return false;
  }
  return false;
}

/** "ze", "hij", or since the review of batch 44-names a first name: "dat Joost bij Arkin in behandeling is". */
function isClauseSubject(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return CLAUSE_SUBJECTS.has(token.key) || (isCapitalised(token) && isKnownFirstName(token.key));
}
