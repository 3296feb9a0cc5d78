import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

// What an office processes: "de behandeling van zijn aanvraag", "van het bezwaar".
// Not "klacht": "de behandeling van haar klacht" is as often her complaint's treatment.
const PROCESSED = wordSet(
  'aanvraag aanvragen bezwaar bezwaarschrift dossier zaak verzoek melding declaratie factuur machtiging',
);
const SENTENCE_ENDS = new Set(['.', '?', '!', ';']);
const BETWEEN = wordSet('zijn haar hun de het een je mijn onze');

/**
 * det-train41: "Joris wacht al 3 weken op de behandeling van zijn aanvraag": "behandeling" in the sense of an
 * office processing a request, which the rules read as no care term. The learned model, trained on outside
 * writers' "wacht al weken op behandeling", would flag Joris; each such "behandeling" is pushed onto `vetoes`:
 * the model is not asked about a person in its sentence (inSentenceOf; name-health-learned.ts). Not "de behandeling
 * van zijn depressie", and not Kees in "Kees is in behandeling van de GGZ. De behandeling van zijn aanvraag loopt nog."
 */
export function noteProcessingSenses(tokens: readonly Token[], vetoes: number[]): void {
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.key !== 'behandeling' || tokens[k + 1]?.key !== 'van') continue;
    let j = k + 2;
    if (BETWEEN.has(tokens[j]?.key ?? '')) j++;
    const key = tokens[j]?.key ?? '';
    if (PROCESSED.has(key) || key.endsWith('aanvraag')) vetoes.push(k);
  }
}

/** Whether token k stands in the sentence of the person at tokens[first..last]: no sentence end or line break between. */
export function inSentenceOf(tokens: readonly Token[], first: number, last: number, k: number): boolean {
  const to = Math.max(k, last);
  for (let j = Math.min(k, first) + 1; j <= to; j++) {
    const token = tokens[j];
    if (token === undefined || token.lineBefore || SENTENCE_ENDS.has(token.text)) return false;
  }
  return true;
}
