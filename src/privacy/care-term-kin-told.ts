import { isLostPerson } from './care-term-lost.ts';
import type { Context } from './care-term-owner.ts';
import { POSSESSIVES } from './care-term-words.ts';
import type { PersonRef } from './person-names.ts';
import { wordSet } from './word-sets.ts';

/*
 * det-42b: the person named, a verb of telling or calling, then "haar/zijn (eigen)" and a relative: "Samira belde,
 * haar man is opgenomen", "Agnieszka vertelde dat haar dochter in behandeling is", "Femmy (Lentis) vertelt dat haar
 * eigen dochter ...". The relative is the teller's (as "Samira belde. Haar man is opgenomen." and "Samira's man"
 * already were). Only a telling verb, a few small words and an aside in brackets may stand between the name and the
 * possessive ("Sanne vertelde over een cliënt en haar moeder ..." is left: another person between), and one who died
 * is nobody's care. Bounded look back.
 */
const TELLING = wordSet(`belde vertelde vertelt verteld zegt zei meldde meldt mailde appte schreef schrijft
  liet laat weten gaf geeft aan`);
const FILLERS =
  wordSet(`, : dat net vanochtend gisteren vandaag vanmiddag ook nog me mij ons overstuur huilend
  zelf eerlijk`);
const REACH = 6;
const ASIDE_REACH = 6;

/** The teller named before "belde, haar <relative at role>", else undefined. */
export function kinOfTeller(context: Context, role: number): PersonRef | undefined {
  const { tokens, sentence, byLast } = context;
  // "Karim vertelde dat zijn moeder is overleden aan kanker": the one who died is nobody's care (care-term-lost.ts).
  if (isLostPerson(tokens, role, true)) return undefined;
  let j = role - 1;
  if (tokens[j]?.key === 'eigen') j--;
  if (!POSSESSIVES.has(tokens[j]?.key ?? '')) return undefined;
  let told = false;
  const stop = Math.max(sentence.from, j - REACH);
  for (j--; j >= stop; j--) {
    const key = tokens[j]!.key;
    if (TELLING.has(key)) told = true;
    else if (key === ')') j = asideOpen(context, j);
    else if (!FILLERS.has(key)) break;
  }
  if (!told || j < sentence.from) return undefined;
  return byLast.get(j);
}

/** The "(" opening the aside that ends at `close` (or `close` when none is near). */
function asideOpen(context: Context, close: number): number {
  const { tokens, sentence } = context;
  for (let i = close - 1; i >= sentence.from && i >= close - ASIDE_REACH; i--)
    if (tokens[i]!.text === '(') return i;
  return close;
}
