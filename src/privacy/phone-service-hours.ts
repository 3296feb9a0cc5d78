import { isTeamOfProfessionals } from './organisation-team-seated.ts';
import { isOfficeWord } from './organisation-words.ts';
import { isGlued, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 48 (issue 14): a landline number that a service's hours, a fax or a team of professionals is
 * reached on is general, as a switchboard is: "tel. spreekuur jobcoaches: ma-vr 9-12 uur via 030 240 3300",
 * "bel voor aanmelding 0314 377 777 (ma t/m vr 9-17 uur)", "fax 026-1234567", "het nummer van de wijkteams",
 * "de trajectbegeleiders zijn bereikbaar op ...", and a number labelled "(werk)" right after it. A person word
 * near the number still keeps it private (phone-context.ts), and a mobile number is always someone's.
 */
const HOURS = wordSet(`spreekuur spreekuren inloopspreekuur openingstijden openingstijd kantoortijden
  kantooruren bereikbaarheid fax faxnummer`);
// "ma-vr", "ma-do", "maandag-vrijdag": office days, not one person's.
const DAY_RANGE = /^(?:ma|maandag|di|dinsdag)-(?:wo|woe|do|vr|vrij|za|woensdag|donderdag|vrijdag|zaterdag)$/;
const FIRST_DAYS = wordSet('ma maandag');
const LAST_DAYS = wordSet('do vr vrij za donderdag vrijdag zaterdag');
const TEAM_ENDING = 'teams';

/** A word for a service's hours, a fax, a team of professionals or of an office ("spreekuur", "jobcoaches", "wijkteams"). */
export function isServiceHoursCue(key: string): boolean {
  if (HOURS.has(key) || key.endsWith('spreekuur') || DAY_RANGE.test(key) || isTeamOfProfessionals(key))
    return true;
  return key.endsWith(TEAM_ENDING) && isOfficeWord(key.slice(0, -1));
}

/** "ma t/m vr", "ma tot vr": office days written apart, from tokens[j]; "(werk)" labelling the number before j. */
export function isServiceHoursAt(tokens: readonly Token[], j: number): boolean {
  // "Tel 038-4567890 (": a label opened as the text ends.
  const key = tokens[j]?.key ?? '';
  if (key === 'werk') return tokens[j - 1]?.text === '(' && tokens[j + 1]?.text === ')';
  if (!FIRST_DAYS.has(key)) return false;
  // "t / m" is three tokens, "tot" one.
  const last = tokens[j + 1]?.key === 'tot' ? j + 2 : tokens[j + 1]?.key === 't' ? j + 4 : -1;
  return last !== -1 && LAST_DAYS.has(tokens[last]?.key ?? '');
}

const TIME_MARKS = new Set(['.', ':', '-', '–', '/']);

/** A number or a time's mark glued to the number or mark before it: "00", "-", "11" in "9.00-11.00". */
function isTimeTail(tokens: readonly Token[], j: number): boolean {
  const [before, token] = [tokens[j - 1], tokens[j]!];
  const part = (t: Token) => t.type === 'number' || TIME_MARKS.has(t.text);
  return before !== undefined && isGlued(before, token) && part(before) && part(token);
}

/**
 * Held-out 36 (det-36): the first index of a window of `size` tokens before k, where a time or "24/7" typed as
 * one ("spreekuur elke woensdag 9.00-11.00 via 0114-...") counts as one token.
 */
export function windowStartBefore(tokens: readonly Token[], k: number, size: number): number {
  let j = k;
  for (let counted = 0; j > 0 && counted < size; ) {
    j--;
    if (!isTimeTail(tokens, j)) counted++;
  }
  return j;
}
