import { isProvider } from './care-provider-words.ts';
import { isProgrammeWord } from './care-setting-context.ts';
import { CLIENT_NOUN, FIRST_NAME, tokenFlags } from './name-word-flags.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 54 (det-54): a care service a named professional works for, as "Johan van de gemeente" is of the
 * town. "Dirk van de dagbehandeling vraagt ...": a service after "van de" is no condition the name is told
 * apart by ("Rob van de schizoaffectieve stoornis" is; name-health-care-aside.ts). "Linda (beschermd wonen
 * Heiloo) is onze contactpersoon", "Kim (dagbehandeling Purmerend) is ons aanspreekpunt": the service in
 * brackets after the name, the person's role said right after them. Care said of the name elsewhere in
 * the sentence still counts ("Dirk van de dagbehandeling is zelf weer opgenomen"), and a service in
 * brackets without a role ("Marloes (dagbehandeling) heeft een terugval") stays the name's.
 */
const SERVICES = wordSet(`dagbehandeling beschermd begeleid crisisopvang nachtopvang thuisbegeleiding
  ambulante klinische kliniek dagbesteding opvang`);
const ROLES = wordSet(`contactpersoon aanspreekpunt collega verbindingspersoon coordinator teamleider
  jobcoach trajectbegeleider casemanager projectleider vertegenwoordiger`);
const ROLE_FILLERS = wordSet('onze ons de het een nieuwe vaste vast eerste');
const ROLE_VERBS = wordSet('is wordt blijft');
const BRACKET_WORDS = 4;

/** A word that names a care service or provider, not a condition: "dagbehandeling", "verslavingszorg". */
export function isServiceWord(key: string): boolean {
  return SERVICES.has(key) || isProgrammeWord(key) || isProvider(key);
}

/** "Linda (beschermd wonen Heiloo) is onze contactpersoon": the care term at tokens[first] is her work. */
export function isServiceStaff(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.text !== '(' || !isGivenName(tokens[first - 2])) return false;
  // "depressie bij Linda (": a bracket opened as the text ends holds no service.
  if (!isServiceWord(tokens[first]?.key ?? '')) return false;
  let close = first + 1;
  while (close <= first + BRACKET_WORDS && tokens[close] !== undefined && tokens[close]!.text !== ')')
    close++;
  if (tokens[close]?.text !== ')' || !ROLE_VERBS.has(tokens[close + 1]?.key ?? '')) return false;
  let j = close + 2;
  while (ROLE_FILLERS.has(tokens[j]?.key ?? '')) j++;
  return ROLES.has(tokens[j]?.key ?? '');
}

function isGivenName(token: Token | undefined): boolean {
  if (token === undefined || !token.capitalised) return false;
  const flags = tokenFlags(token);
  return (flags & FIRST_NAME) !== 0 && (flags & CLIENT_NOUN) === 0;
}
