import { hasTopicWord } from './care-term-owner.ts';
import type { NoteRule } from './name-health-note-rule.ts';
import { isCommonWord, isKnownFirstName, isLexiconSurname } from './name-lexicon.ts';
import { isKnownPlaceKey } from './places.ts';
import type { Sentence } from './sentences.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 56 (det-56): a form's fields quoted on one line, lower-case labels between commas and no colon,
 * "Gegevens aanvraag: BSN 318273640, naam Wiersma, geboren 30-11-1988, diagnose gegeneraliseerde
 * angststoornis, behandelaar GGZ Drenthe". The name field's value is the client; a care term in a later
 * care field ("diagnose", "problematiek", "medicatie" ...) is theirs. The label must open a field (after a comma or a colon) and its value be a known first
 * name or surname with its capital, closed by a comma: "De werkgroep, naam Herstel & Werk, ..." names a
 * group, no person.
 */
const NAME_LABELS = wordSet('naam klantnaam clientnaam achternaam');
const FIELD_OPENERS = new Set([',', ':', ';']);
const VALUE_REACH = 3;
// The care term stands in a care field of the same list: ", diagnose gegeneraliseerde angststoornis".
const CARE_LABELS = wordSet('diagnose diagnoses problematiek klachten medicatie behandeling hulpvraag');
const LABEL_REACH = 3;

/** Flags the name of a comma-separated name field when a care term follows it in the sentence. */
export const inlineFieldName: NoteRule = (tokens, sentence, care, isOrganisation, out) => {
  for (let k = sentence.from + 1; k < sentence.to - 2; k++) {
    if (!NAME_LABELS.has(tokens[k]!.key) || !FIELD_OPENERS.has(tokens[k - 1]!.text)) continue;
    const last = valueEnd(tokens, sentence, k + 1, isOrganisation);
    if (last === -1) continue;
    for (let j = last + 2; j < sentence.to; j++) {
      if (care.matchAt(tokens, j, isOrganisation) === 0 || !isInCareField(tokens, j)) continue;
      if (hasTopicWord(tokens, last + 1, j)) return;
      out.push({ kind: 'name_health', start: tokens[k + 1]!.start, end: tokens[last]!.end });
      return;
    }
    return;
  }
};

/** The last token of a name value from `from`, closed by a comma, or -1. */
function valueEnd(
  tokens: readonly Token[],
  sentence: Sentence,
  from: number,
  isOrganisation: (k: number) => boolean,
): number {
  let named = false;
  for (let j = from; j < sentence.to && j < from + VALUE_REACH; j++) {
    const token = tokens[j]!;
    if (token.text === ',') return named ? j - 1 : -1;
    if (isOrganisation(j) || token.type !== 'word') return -1;
    if (isCapitalised(token) && !token.allCaps)
      named ||= isLexiconSurname(token.key) || isKnownFirstName(token.key) || isUnknownWord(token.key);
  }
  return -1;
}

/** A care field's label (after a comma) up to LABEL_REACH tokens before the care term at j. */
function isInCareField(tokens: readonly Token[], j: number): boolean {
  for (let b = j - 1; b >= 1 && b >= j - LABEL_REACH; b--)
    if (CARE_LABELS.has(tokens[b]!.key)) return tokens[b - 1]!.text === ',';
  return false;
}

/** A word no list knows ("Wiersma"): no common word, no place. */
function isUnknownWord(key: string): boolean {
  return !isCommonWord(key) && !isKnownPlaceKey(key);
}
