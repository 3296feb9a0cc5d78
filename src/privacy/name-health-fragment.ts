import { isCareFieldLabel, isFragmentJoin, isOpenCareField } from './care-fragment-words.ts';
import { JOINED_TERMS } from './care-term-words.ts';
import type { CareLexicon } from './care-terms.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';

/*
 * A sentence of care terms only, perhaps after a care field's label: a case note on the person named
 * before (name-health.ts). Moved here from name-health.ts (det-54) when "Beperking:" and "Aandoening:",
 * the fields of a work-adaptation form, were added to the labels.
 */
const FRAGMENT_LIMIT = 12;

/** "LVB en angststoornis.": only care terms and joins, a few tokens. */
export function isCareFragment(
  tokens: readonly Token[],
  sentence: Sentence,
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
  inCaseForm: boolean,
): boolean {
  if (sentence.to - sentence.from > FRAGMENT_LIMIT) return false;
  let terms = 0;
  // "Behandeling: DBT.": a case-note field of care. "Depressie, angst en een alcoholprobleem.": an
  // everyday word of mood (JOINED_TERMS) among care terms.
  const labelled = isCareFieldLabel(tokens[sentence.from]!) && tokens[sentence.from + 1]?.text === ':';
  // "Cliënt: Vincent de Jong\nDiagnose: cocaïneverslaving, in remissie": in a case form (the line before
  // opens with "Cliënt:", "Naam:" ...) a remark may follow the field's care term (batch 42-names).
  const remarked = labelled && inCaseForm;
  const open = labelled && isOpenCareField(tokens[sentence.from]!); // care-fragment-words.ts
  for (let k = labelled ? sentence.from + 2 : sentence.from; k < sentence.to; k++) {
    const length = care.matchAt(tokens, k, isOrganisation);
    if (length > 0) {
      terms++;
      k += length - 1;
    } else if ((remarked || open) && terms > 0) return true;
    else if (open) continue;
    else if (!isFragmentJoin(tokens[k]!) && !JOINED_TERMS.has(tokens[k]!.key)) return false;
  }
  return terms > 0;
}
