import { isEverydayName, isKnownFirstName } from './name-lexicon.ts';
import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 64: a profile typed as fragments, the name a sentence of its own and the care a few fragments on
 * ("Albert. 52. Vader van drie. Opname sinds vrijdag.", "Intake vandaag: Mees. 19. Net uit de jeugd-ggz.
 * Autisme + angst.", "JOOST. 41. Alleenstaand. Sinds de scheiding zwaar depressief.", "ESRA. Depressief.").
 * The heading is a first name alone (a known one, also in capitals or a name that is a word), perhaps after
 * a label and its colon ("nieuwe aanmelding: Joy."), and an age or a care word opens the next fragment, or
 * the label said so. The fragments after it that name nobody go on about that person (name-health.ts), as
 * many as PROFILE_REACH.
 */
export const PROFILE_REACH = 5;
const ENDERS = wordSet('. ;');
// "Spreker: Joy.", "Nieuwe collega: Bas.": a label of work, not of a case.
const WORK_LABELS = wordSet(
  'spreker sprekers collega gast gasten voorzitter notulist agenda thema contactpersoon trainer',
);
// "Bas. 34. Jobcoach bij Dimence. Specialisme: autisme.": a fragment of someone's work ends the profile.
const WORK_WORDS =
  wordSet(`jobcoach jobcoaches ervaringsdeskundige specialisme specialist werkt werkzaam collega
  trainer docent teamleider adviseur consulent begeleider casemanager verpleegkundige behandelaar psycholoog
  psychiater arts spreker expertise`);
// "Intake vandaag: Mees.", "nieuwe aanmelding: Joy.": at most this many words before the colon.
const LABEL_WORDS = 3;
// The next fragment is short: "19.", "Depressief.", "Ervaring als kok.".
const NEXT_LIMIT = 8;

/** The person a heading sentence [from, to) names alone, or undefined. */
export function profileHeading(
  tokens: readonly Token[],
  sentence: Sentence,
  refs: readonly PersonRef[],
  mayBeCare: (k: number) => boolean,
): PersonRef | undefined {
  const { from, to } = sentence;
  if (to - from < 2 || !ENDERS.has(tokens[to - 1]!.text)) return undefined;
  let k = from;
  const labelled = to - from >= 4 && tokens[to - 3]!.text === ':' && to - 3 - from <= LABEL_WORDS;
  if (labelled) k = to - 2;
  for (let j = from; j < k; j++) if (WORK_LABELS.has(tokens[j]!.key)) return undefined;
  if (k !== to - 2) return undefined;
  const name = tokens[k]!;
  if (name.type !== 'word' || !name.capitalised || name.text.length < 3) return undefined;
  if (!isKnownFirstName(name.key) && !isEverydayName(name.key)) return undefined;
  if (refs.length > 1 || (refs.length === 1 && refs[0]!.first !== k)) return undefined;
  const next = tokens[to];
  if (next === undefined) return undefined;
  const aged = next.type === 'number' && ENDERS.has(tokens[to + 1]?.text ?? '');
  if (!aged && !labelled && !name.allCaps && !startsShortCare(tokens, to, mayBeCare)) return undefined;
  return refs[0] ?? { first: k, last: k };
}

/** A care word in the short fragment from `from`: "Depressief.", "Autisme + angst.". */
function startsShortCare(tokens: readonly Token[], from: number, mayBeCare: (k: number) => boolean): boolean {
  for (let j = from; j < tokens.length && j < from + NEXT_LIMIT; j++) {
    if (ENDERS.has(tokens[j]!.text)) return false;
    if (mayBeCare(j)) return true;
  }
  return false;
}

/** A fragment of the profile tells the person's work ("Jobcoach bij Dimence."): the care after is their work's. */
export function endsProfile(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let j = sentence.from; j < sentence.to; j++) if (WORK_WORDS.has(tokens[j]!.key)) return true;
  return false;
}
