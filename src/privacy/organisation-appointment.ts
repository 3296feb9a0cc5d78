import { isOfficeWord } from './organisation-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 55 (det-55): a line opening with an appointment at an office, "Afspraak met de
 * werkgeversservicepunt Eindhoven (WSP): 26/6, 14u, Beukenlaan 10": the address after its date and time
 * is the office's, however many tokens these take.
 */
const APPOINTMENTS = wordSet('afspraak afspraken gesprek overleg');
const WITH = wordSet('met bij');
const ARTICLES = wordSet('de het');
// A date and a time typed with their separators take up to ten tokens ("do 14/11, 13.30u,").
const REACH = 24;

/**
 * The line of the address at `start` opens with "Afspraak met/bij (de/het) <office word>", and no resident
 * (`isResidentAt`) stands between ("Afspraak met het wijkteam bij mevrouw thuis: ...").
 */
export function isHeadedByAppointment(
  tokens: readonly Token[],
  start: number,
  isResidentAt: (j: number) => boolean,
): boolean {
  let j = start;
  while (j > 0 && j > start - REACH && !tokens[j]!.lineBefore) j--;
  if (!(j === 0 || tokens[j]!.lineBefore) || !APPOINTMENTS.has(tokens[j]!.key)) return false;
  if (!WITH.has(tokens[j + 1]?.key ?? '')) return false;
  let office = ARTICLES.has(tokens[j + 2]?.key ?? '') ? j + 3 : j + 2;
  // "het UWV-kantoor": the office word after a hyphen.
  while (
    tokens[office + 1]?.text === '-' &&
    !tokens[office + 1]!.spaceBefore &&
    !tokens[office + 2]?.spaceBefore
  )
    office += 2;
  if (office >= start || !isOfficeWord(tokens[office]?.key ?? '')) return false;
  for (let r = office + 1; r < start; r++) if (isResidentAt(r)) return false;
  return true;
}
