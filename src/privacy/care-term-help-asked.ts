import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 24's class: "kan iemand me helpen met Kenza? wachtlijst voor EMDR is nu 16 weken", "wie heeft
 * tips voor Bram? slaapt slecht sinds zijn opname": a question asking help for the person it ends with is
 * about them, so a note right after it goes on about them as after a full stop (care-term-continued.ts);
 * other questions still end the look ("Wie kent Sanne? Depressie is een thema").
 */
const HELP_WORDS = wordSet('helpen help hulp tips tip advies ideeen idee meedenken raad');
// Batch 53: a question about the person's case, named anywhere in it ("kun je bij de casus van Rutger
// de info van de neuroloog meenemen? MS-diagnose is bevestigd").
const CASE_WORDS = wordSet('casus dossier');

/** `before` is a question asking help for `previous`, named as its last word. */
export function isHelpAskedFor(tokens: readonly Token[], before: Sentence, previous: PersonRef): boolean {
  if (tokens[before.to - 1]!.text !== '?') return false;
  const of = tokens[previous.first - 1]?.key === 'van' ? tokens[previous.first - 2]?.key : undefined;
  if (CASE_WORDS.has(of ?? '')) return true;
  if (previous.last !== before.to - 2) return false;
  for (let k = before.from; k < previous.first; k++) if (HELP_WORDS.has(tokens[k]!.key)) return true;
  return false;
}
