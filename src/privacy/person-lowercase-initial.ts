import type { NameReader } from './name-reader.ts';
import { CLIENT_NOUN, NOT_NAME, NOT_SUBJECT, tokenFlags } from './name-word-flags.ts';
import { CASE_LABELS } from './person-name-cues.ts';
import { SUBJECT_VERBS } from './person-name-words.ts';
import { COMMON_WORDS, INITIAL_PARTICLES } from './person-slot.ts';
import type { Token } from './tokens.ts';
import { wordSetOf } from './word-sets.ts';

// "m. de graaf heeft ...", "w. jacobs heeft ...": the surname's index, or -1. Without a particle it must
// be a word that could be an unknown subject, no client noun ("a. zorg is", "b. klant heeft"). After a
// case label the label says a person follows: the surname may be any word but a client noun or a common
// one ("casus h. vermeulen – zit ...", not "casus a. werkgever – ..."), before a verb or a mark.
export function lowercaseInitialName(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  to: number,
): number {
  const dot = names.lowercaseInitialEnd(k);
  if (dot === -1) return -1;
  const next = tokens[dot + 1];
  const labelled = CASE_LABELS.has(tokens[k - 1]?.key ?? '');
  const particle = INITIAL_PARTICLES.has(next?.key ?? '');
  const unread = labelled ? CLIENT_NOUN | NOT_NAME : NOT_SUBJECT | CLIENT_NOUN;
  if (
    !particle &&
    (next?.type !== 'word' || (tokenFlags(next) & unread) !== 0 || (labelled && COMMON_WORDS.has(next.key)))
  )
    return -1;
  const last = names.surnameEnd(dot + 1, false, true);
  if (last === -1 || last + 1 >= to) return -1;
  const after = tokens[last + 1]!.key;
  return SUBJECT_VERBS.has(after) || (labelled && AFTER_CASE_NAME.has(after)) ? last : -1;
}

const AFTER_CASE_NAME = wordSetOf([':', ',', '(', '-', '–', '—', ';']);
