import { isKnownFirstName } from './name-lexicon.ts';
import { isJobTitle } from './signature.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 48 (issue 14): a care service named as a professional's workplace, the organisation someone speaks
 * for, or a place visited for work, is the service's name, nobody's health:
 *  - a first name, "van" and the service, as "Johan van de gemeente": "Henk van de verslavingskliniek wil
 *    meedenken", "Gerard van (de) beschermd wonen locatie", "Peter van de afdeling verslaving";
 *  - "namens" the service: "Henk schuift aan namens de verslavingsreclassering";
 *  - a job title in apposition or after "als" before "bij/op/van" it: "Jan de Boer, trajectbegeleider bij de
 *    crisisopvang", "werkt als jobcoach op de PAAZ" (not "heeft een casemanager bij ...", a client's treater);
 *  - a visit for work: "gaat op werkbezoek bij de verslavingskliniek", "een rondleiding in de kliniek";
 *  - a professional's tasks for it: "doet de intakes voor de dagbehandeling".
 * A care detail elsewhere in the sentence still counts ("Ilse van de kliniek belt terug, ze is opgenomen").
 * Only a known first name right before "van" ("Terug van de kliniek" is no one's workplace).
 */
const ARTICLES = wordSet("de het 't een");
const OF = 'van';
const UNITS = wordSet('afdeling unit poli team');
const ON_BEHALF = 'namens';
const AT = wordSet('bij op van in');
const BEFORE_TITLE = wordSet(', als ( onze ons');
const VISIT_TO = wordSet('bij naar in');
const VISITS = wordSet(`werkbezoek werkbezoeken rondleiding kennismaking kennismakingsgesprek presentatie
  netwerkbijeenkomst`);
const VISIT_REACH = 3;
const TASKS = wordSet('intakes aanmeldingen verwijzingen roosters planning werving');
const TASK_REACH = 2;

/** The care term at tokens[k] is the service of a professional, named as workplace, mandate or visit. */
export function isStaffsService(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  // "Joost van de ambulante zorg": one adjective of the service's name between.
  if (isAttributive(tokens[j]) && tokens[j - 1]?.key !== OF) j--;
  // "Peter van de afdeling verslaving": the unit named after the care word.
  if (UNITS.has(tokens[j]?.key ?? '')) j--;
  if (ARTICLES.has(tokens[j]?.key ?? '')) j--;
  const prep = tokens[j]?.key ?? '';
  if (prep === ON_BEHALF) return true;
  if (prep === OF && isFirstNameAt(tokens, j - 1)) return true;
  // The job title's reading is the dear part: asked only where a comma, "als" or "onze" stands before it.
  if (AT.has(prep) && BEFORE_TITLE.has(tokens[j - 2]?.key ?? '') && isJobTitle(tokens[j - 1]?.key ?? ''))
    return true;
  if (VISIT_TO.has(prep) && isNear(tokens, j, VISITS, VISIT_REACH)) return true;
  return prep === 'voor' && isNear(tokens, j, TASKS, TASK_REACH);
}

function isFirstNameAt(tokens: readonly Token[], j: number): boolean {
  const name = tokens[j];
  return name?.capitalised === true && !name.allCaps && isKnownFirstName(name.key);
}

/** One of `words` at most `reach` tokens before tokens[j], over words only. */
function isNear(tokens: readonly Token[], j: number, words: ReadonlySet<string>, reach: number): boolean {
  for (let i = j - 1; i >= 0 && i >= j - reach && tokens[i]!.type === 'word'; i--)
    if (words.has(tokens[i]!.key)) return true;
  return false;
}

/** "ambulante", "forensische": a lower-case adjective before its noun. */
function isAttributive(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && !token.capitalised && token.key.endsWith('e');
}
