import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES } from './client-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Class of held-out 21 (read 6 December 2026, detector-addr-2122): something handed in at someone's door,
 * "formulieren afgegeven op de Kolk 14", "bankpas bezorgd aan Het Hoogt 23", "kaart in de bus gedaan op De
 * Schans 6". Like "langs op" (street-names.ts), the verb right before "op"/"aan" calls at a home, so the
 * name after it needs no street ending; the room, day and office tests after it are the same.
 */
const DELIVERED = wordSet(`afgegeven afgeven geeft bezorgd bezorgen bezorgt afgeleverd afleveren levert
  langsgebracht langsbrengen gebracht brengen`);
// "in de bus gedaan op", "door de brievenbus gegooid aan": a letterbox a few words before the verb.
const LETTERBOX_VERBS = wordSet('gedaan gegooid gestopt doen gooien');
const LETTERBOXES = wordSet('bus brievenbus');
const LETTERBOX_GAP = 2;

// "afgegeven bij haar op de Kolk 14", "langs bij meneer op ...": the person called on between the verb and "op".
const CALLED_ON = wordSet(`${CLIENT_ROLES} ${FORMS_OF_ADDRESS} ${RELATIVES} hem haar hen ze`);
const CALLED_ON_ARTICLES = wordSet('de het zijn haar');

/** The word at v (right before "op"/"aan") calls at a door: "langs", or something handed in there. */
export function isCallingAt(tokens: readonly Token[], v: number): boolean {
  let key = tokens[v]?.key ?? '';
  if (CALLED_ON.has(key)) {
    let b = v - 1;
    if (CALLED_ON_ARTICLES.has(tokens[b]?.key ?? '')) b--;
    if (tokens[b]?.key !== 'bij') return false;
    v = b - 1;
    key = tokens[v]?.key ?? '';
  }
  if (key === 'langs' || DELIVERED.has(key)) return true;
  if (!LETTERBOX_VERBS.has(key)) return false;
  for (let b = v - 1; b >= 0 && b >= v - LETTERBOX_GAP; b--) if (LETTERBOXES.has(tokens[b]!.key)) return true;
  return false;
}
