import type { Context } from './care-term-owner.ts';
import { HE_SHE } from './function-words.ts';
import type { PersonRef } from './person-names.ts';
import { HIS_HER_TYPED } from './possessives.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

// "Ondanks de paniekaanvallen", "Ondanks al die angstklachten": the phrase's words before the care term.
const DESPITE_REACH = 4;
const DESPITE = wordSet('ondanks');

/**
 * det-veto40: "Ondanks de angstklachten zegt Fenna dat ze graag wil beginnen": a care term in a concessive
 * phrase opening the sentence is the subject's after the verb, also a speech verb's subject (the owner walk
 * otherwise reads "zegt Fenna" as a speaker's opinion after a topic: "De wachtlijst is lang, zegt Sanne"); after a
 * pronoun ("zegt ze"), the person named in the sentence before. `verb`: the speech verb after the term.
 */
export function despiteSpeaker(context: Context, verb: number, first: number): PersonRef | undefined {
  const { tokens, sentence, byFirst } = context;
  if (
    !DESPITE.has(tokens[sentence.from]!.key) ||
    first <= sentence.from ||
    first - sentence.from > DESPITE_REACH
  )
    return undefined;
  const speaker = byFirst.get(verb + 1);
  if (speaker !== undefined) return speaker;
  return SPEAKER_PRONOUNS.has(tokens[verb + 1]?.key ?? '') ? context.previous : undefined;
}

const SPEAKER_PRONOUNS = HE_SHE;

const WORKPLACE_ROLES = wordSet('werkgever leidinggevende baas');
const WORKPLACE_OWNERS = HIS_HER_TYPED;
const WORKPLACE_ADJECTIVES = wordSet('vorige oude huidige nieuwe eerste laatste');

/**
 * det-veto40: "hij heeft bij zijn vorige werkgever een burn-out gekregen": an employer after "bij" and a
 * possessive is where it happened, not who has it (not "zijn werkgever heeft een burn-out").
 */
export function isWorkplaceOf(tokens: readonly Token[], role: number): boolean {
  if (!WORKPLACE_ROLES.has(tokens[role]!.key)) return false;
  const owner = WORKPLACE_ADJECTIVES.has(tokens[role - 1]?.key ?? '') ? role - 2 : role - 1;
  return WORKPLACE_OWNERS.has(tokens[owner]?.key ?? '') && tokens[owner - 1]?.key === 'bij';
}
