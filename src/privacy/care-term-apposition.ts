import { isGenitive } from './care-term-context.ts';
import { kinOfTeller } from './care-term-kin-told.ts';
import type { Context } from './care-term-owner.ts';
import { reportedRelative } from './care-term-reported.ts';
import { ownerOf } from './care-term-roles.ts';
import { namesBefore } from './care-term-walks.ts';
import { POSSESSIVES } from './care-term-words.ts';
import { THIRD_PERSON_WORDS } from './function-words.ts';
import type { PersonRef } from './person-names.ts';
import { wordSet } from './word-sets.ts';

// Whose a role noun is when it stands right after a person: the owner walk (care-term-owner.ts) asks here when it
// meets a role noun ("Sanne Visser, trajectbegeleider bij ...", "Ayla's moeder", "Joyce en haar partner").

// A relative or treater of the person: with a pronoun before the care term it speaks of that person.
export const OF_THE_PERSON =
  wordSet(`vader moeder zoon dochter broer zus partner man vrouw opa oma ouders huisarts
  psychiater psycholoog behandelaar therapeut casemanager bewindvoerder buurvrouw buurman`);

// Not "zijn/haar" ("meneer Jansen zijn jobcoach" is somebody else); "Noa, een jonge vrouw met autisme".
const APPOSITION_FILLERS = wordSet('( , - de het een onze ons mijn van bij jonge oudere nieuwe andere oude');

// "Familie Yilmaz: vader heeft kanker": a relative after the colon belongs to the person before it.
const KIN_WORDS = wordSet(
  'vader moeder zoon dochter broer zus partner man vrouw opa oma kind kinderen jongen meisje jongeman',
);

/** A role noun right after a person ("Sanne Visser, trajectbegeleider bij ...") describes that person. */
export function apposition(context: Context, role: number, backPronoun: boolean): PersonRef | null {
  const { tokens, sentence, byLast, isOrganisation } = context;
  const reported = reportedRelative(tokens, role, sentence.from, byLast);
  if (reported !== undefined) return reported;
  // "Pieters moeder belde: hij ...", "Mevrouw De Groot d'r huisarts heeft haar ...": theirs speak of them.
  // "Ayla's moeder heeft kanker", "Jaap z'n dochter heeft epilepsie": a client's family is theirs (det-family).
  const kin = KIN_WORDS.has(tokens[role]!.key);
  if (kin || (backPronoun && OF_THE_PERSON.has(tokens[role]!.key))) {
    const owner = ownerOf(tokens, byLast, role);
    if (owner !== undefined) return owner;
    // Batch 72: "Karin van der Heijden, (gezin met 3 kinderen,) haar zoon heeft autisme": the person the
    // sentence opens with, a comma (perhaps an aside) and her relative.
    // det-42b: "Samira belde, haar man is opgenomen" (care-term-kin-told.ts).
    const named = kin ? (namedBeforeComma(context, role) ?? kinOfTeller(context, role)) : undefined;
    if (named !== undefined) return named;
    // "Lamyae? Volgens haar zus heeft ze ...": nobody named before in the sentence, the person before it.
    if (POSSESSIVES.has(tokens[role - 1]?.key ?? '') && !namesBefore(sentence, byLast, role))
      return context.previous ?? null;
  }
  // "Joyce Verbeek en haar partner hebben allebei een verslaving": the person and someone of theirs.
  if (POSSESSIVES.has(tokens[role - 1]?.key ?? '') && tokens[role - 2]?.key === 'en') {
    const ref = byLast.get(role - 3);
    if (ref !== undefined) return ref;
  }
  for (let j = role - 1; j >= sentence.from && j >= role - 4; j--) {
    const ref = byLast.get(j);
    // "Ahmeds jobcoach", "Sanne's collega": someone else.
    if (ref !== undefined) return j === role - 1 && isGenitive(tokens[j]!.key) ? null : ref;
    const key = tokens[j]!.key;
    if (key === ':' && KIN_WORDS.has(tokens[role]!.key)) continue;
    // "Eva's vader (cliënt uit Wajong-traject, hersenletsel)": the client is the relative of the name.
    if (KIN_WORDS.has(key) && tokens[j + 1]?.text === '(') return ownerOf(tokens, byLast, j) ?? null;
    if (!APPOSITION_FILLERS.has(key) && !isOrganisation(j)) return null;
  }
  return null;
}

// An aside between the person and the possessive: "Karin van der Heijden, gezin met 3 kinderen, haar zoon".
const ASIDE_REACH = 8;
const ASIDE_STOPS = THIRD_PERSON_WORDS;

/** "<person opening the sentence>, (aside,) haar/zijn <relative at role>": that person, else undefined. */
function namedBeforeComma(context: Context, role: number): PersonRef | undefined {
  const { tokens, sentence, byLast } = context;
  if (!POSSESSIVES.has(tokens[role - 1]?.key ?? '') || tokens[role - 2]?.text !== ',') return undefined;
  for (let j = role - 3; j >= sentence.from && j >= role - 3 - ASIDE_REACH; j--) {
    const ref = byLast.get(j);
    if (ref !== undefined)
      return ref.first === sentence.from && (j === role - 3 || tokens[j + 1]?.text === ',') ? ref : undefined;
    if (ASIDE_STOPS.has(tokens[j]!.key) || tokens[j]!.text === ':') return undefined;
  }
  return undefined;
}
