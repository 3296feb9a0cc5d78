import { CARE_PROVIDERS } from './care-provider-words.ts';
import { isAdmissionCourse } from './care-setting-admission-course.ts';
import { isAdmissionTold } from './care-setting-admission-told.ts';
import { isLeaveTaken } from './care-setting-stay-length.ts';
import { lastPart } from './care-term-hyphenated.ts';
import { isAdmissionGiven } from './care-term-plain.ts';
import {
  ADMISSION_BEFORE,
  ADMISSION_HAD_BEFORE,
  ADMISSION_ORDINALS,
  ADMISSION_PLACES,
  DOCUMENT_FILLERS,
  DOCUMENTS,
  DURATIONS,
  RECORDING_AFTER,
  RECORDING_VERBS,
} from './care-term-words.ts';
import { isNameGenitiveAt } from './name-word-flags.ts';
import { isGlued, type Token } from './tokens.ts';

// An admission ("opname") as a person's stay in care, told apart from a recording ("een opname van de
// bijeenkomst") and from a document about one ("opnameplan").

export function isAdmission(tokens: readonly Token[], k: number): boolean {
  if (isLeaveTaken(tokens, k)) return false;
  const next = tokens[k + 1];
  if (next?.key === 'met' || next?.key === 'als') return false;
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    const key = tokens[j]!.key;
    if (DOCUMENTS.has(key) || key.endsWith('plan') || key.endsWith('lijst') || key.endsWith('verslag'))
      return false;
    if (!DOCUMENT_FILLERS.has(key)) break;
  }
  return true;
}

export function isAdmissionNoun(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  // "de GGZ-klinische opname": an adjective of care as the last part of a hyphenated word (det-52).
  if (ADMISSION_BEFORE.has(lastPart(before?.key ?? ''))) return true;
  // "gestopt ivm opname", "1. Ahmed – opname 2. ...": a reason, a list item (care-term-plain.ts).
  if (isAdmissionGiven(tokens, k)) return true;
  // "Roels opname", "Ahmed's opname": a first name's genitive.
  if (isNameGenitiveAt(tokens, k - 1)) return true;
  if (isAdmissionCourse(tokens, k) || isAdmissionTold(tokens, k)) return true;
  // "heeft weer een opname gehad", "had een opname", "3e opname", "derde opname".
  if (before?.key === 'een' && ADMISSION_HAD_BEFORE.has(tokens[k - 2]?.key ?? '') && !isRecording(tokens, k))
    return true;
  if (before?.key === 'een' && tokens[k + 1]?.key === 'gehad' && !isRecording(tokens, k + 1)) return true;
  if (before !== undefined && (ADMISSION_ORDINALS.has(before.key) || isNumberedOrdinal(tokens, k - 1)))
    return true;
  for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
    const key = tokens[j]!.key;
    // Not "een opname in de kliniek gemaakt voor de podcast": a recording made there.
    if (ADMISSION_PLACES.has(key) || DURATIONS.has(key)) return !isRecordingMade(tokens, k);
    // "na de opname bij Dimence": a stay with a care provider.
    if (CARE_PROVIDERS.has(key) && tokens[k + 1]?.key === 'bij') return true;
  }
  return false;
}

/** "een opname van de bijeenkomst", "een opname gemaakt": a recording, not an admission. */
export function isRecording(tokens: readonly Token[], k: number): boolean {
  if (RECORDING_AFTER.has(tokens[k + 1]?.key ?? '')) return true;
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
    if (RECORDING_VERBS.has(tokens[j]!.key)) return true;
  }
  return false;
}

/** "een opname in de kliniek gemaakt": a verb of recording a few words after it (not "op de PAAZ"). */
function isRecordingMade(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++)
    if (RECORDING_VERBS.has(tokens[j]!.key)) return true;
  return false;
}

/** "3e", "2de": a number with an ordinal ending, written together or apart. */
function isNumberedOrdinal(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!;
  if (token.type === 'number') return false;
  if (/^[2-9](?:e|de|ste)$/.test(token.key)) return true;
  return (
    (token.key === 'e' || token.key === 'de') &&
    tokens[j - 1]?.type === 'number' &&
    isGlued(tokens[j - 1]!, token)
  );
}
