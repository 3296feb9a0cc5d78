import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

// What an office processes: "de behandeling van zijn aanvraag", "van het bezwaar".
const PROCESSED = wordSet(
  'aanvraag aanvragen bezwaar bezwaarschrift dossier zaak verzoek melding declaratie factuur klacht machtiging',
);
const BETWEEN = wordSet('zijn haar hun de het een je mijn onze');

/**
 * det-train41: "Joris wacht al 3 weken op de behandeling van zijn aanvraag": "behandeling" in the sense of an
 * office processing a request, which the rules read as no care term. The learned model, trained on outside
 * writers' "wacht al weken op behandeling", would flag Joris; each such "behandeling" is pushed onto `vetoes`,
 * the care terms the model is not asked near (name-health-learned.ts). Not "de behandeling van zijn depressie".
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
