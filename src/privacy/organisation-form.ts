import { isPersonInRow } from './organisation-row.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 39's class: a form of "Label: value" lines filled in for an organisation, "Organisatie:
 * Hoofdzaak Werk Flevoland\nAdres: ...\nPostcode: ...\nTel: 036-...". The label says the value is an
 * organisation, so the form's other lines are its own, as a bar-separated row headed by one is
 * (organisation-row.ts). Not when a person is in the form ("Naam deelnemer:", "dhr. Jansen", "Sanne
 * Bakker", "woont"). Reads back at most FORM_LINES lines of FORM_WINDOW tokens in all.
 */
const ORGANISATION_LABELS = wordSet('organisatie bedrijf bedrijfsnaam instantie instelling company');
const FORM_LINES = 6;
const FORM_WINDOW = 60;

/** The token at k stands on a label line of a form that an "Organisatie:" line above it heads. */
export function isOrganisationForm(
  tokens: readonly Token[],
  k: number,
  isOrganisation: (j: number) => boolean,
): boolean {
  let headed = -1;
  let lines = 0;
  let j = k;
  for (; j >= 0 && k - j < FORM_WINDOW && lines <= FORM_LINES; j--) {
    if (j > 0 && !tokens[j]!.lineBefore) continue;
    // Batch 60: "Aanmelding werkgever:", "formulier werkgever:" alone on a line heads the form below it.
    if (isOrganisationHeading(tokens, j)) {
      headed = j;
      break;
    }
    // Every line of the form opens with a label and its colon; a heading above it ends the form.
    // det-fp70: a label of up to three words ("Naam organisatie:"), and "tel." with its full stop.
    const colon = labelEnd(tokens, j);
    if (colon === -1) break;
    if (isOrganisationLabel(tokens, j, colon) || isSaidEmployer(tokens, j)) headed = colon - 1;
    lines++;
  }
  if (headed === -1) return false;
  let end = k + 1;
  while (end < tokens.length && !tokens[end]!.lineBefore && end - k <= FORM_WINDOW) end++;
  // The organisation's own name on its line is no person ("Organisatie: Stichting Werkpad").
  let p = headed + 2;
  while (p < end && !tokens[p]!.lineBefore) p++;
  for (; p < end; p++) {
    // "contact: dhr. M. Bouwmeester": the organisation's contact person, on a line of its own (batch 52).
    if (tokens[p]!.lineBefore && CONTACT_LABELS.has(tokens[p]!.key)) p = lineEnd(tokens, p) - 1;
    else if (isPersonInRow(tokens, p, isOrganisation)) return false;
  }
  return true;
}

// Batch 52: "klantnaam: Bouwmeester & Zn. (werkgever)": the value said to be an employer heads the form too.
const SAID_ORGANISATION = wordSet('werkgever bedrijf organisatie');
const CONTACT_LABELS = wordSet('contact contactpersoon');

/** The label line at j ends with its value called an employer in brackets. */
function isSaidEmployer(tokens: readonly Token[], j: number): boolean {
  const end = lineEnd(tokens, j);
  return (
    tokens[end - 1]?.text === ')' &&
    SAID_ORGANISATION.has(tokens[end - 2]?.key ?? '') &&
    tokens[end - 3]?.text === '('
  );
}

const HEADING_WORDS = 3;
const LABEL_WORDS = 3;
// "tel. 0570-...", "T. 053-...": a phone field's label ends with its full stop.
const DOTTED_LABELS = wordSet('tel t telefoon');

/** The colon (or a phone label's full stop) ending the label that opens the line at j, or -1. */
function labelEnd(tokens: readonly Token[], j: number): number {
  if (tokens[j + 1]?.text === '.' && DOTTED_LABELS.has(tokens[j]?.key ?? '')) return j + 1;
  for (let i = j + 1; i <= j + LABEL_WORDS && i < tokens.length && !tokens[i]!.lineBefore; i++) {
    if (tokens[i]!.text === ':') return i;
    if (tokens[i]!.type !== 'word') return -1;
  }
  return -1;
}

/** The label tokens [j, colon) name an organisation: "Organisatie", "Naam organisatie", "Bedrijfsnaam". */
function isOrganisationLabel(tokens: readonly Token[], j: number, colon: number): boolean {
  for (let i = j; i < colon; i++) if (ORGANISATION_LABELS.has(tokens[i]!.key)) return true;
  return false;
}

/** The line at j is a short heading ending with an employer's or organisation's word and a colon (a few tokens read). */
function isOrganisationHeading(tokens: readonly Token[], j: number): boolean {
  for (let i = j + 1; i <= j + HEADING_WORDS && i < tokens.length && !tokens[i]!.lineBefore; i++) {
    if (tokens[i]!.text !== ':') continue;
    return tokens[i + 1]?.lineBefore === true && SAID_ORGANISATION.has(tokens[i - 1]!.key);
  }
  return false;
}

/** The index after the last token of the line that token j stands on. */
function lineEnd(tokens: readonly Token[], j: number): number {
  let end = j + 1;
  while (end < tokens.length && !tokens[end]!.lineBefore && end - j <= FORM_WINDOW) end++;
  return end;
}
