import type { CareLexicon } from './care-terms.ts';
import type { Finding } from './findings.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';

/** A rule of a note's sentence (name-health-record.ts calls them): adds its findings to `out`. */
export type NoteRule = (
  tokens: readonly Token[],
  sentence: Sentence,
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
  out: Finding[],
) => void;
