import { isStay } from './care-setting-context.ts';
import { MEETINGS, STAY_FILLERS } from './care-term-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * det-owner71b (batch 71): a stay at a care place that no word list read as care.
 * - A forensic clinic by its name ("zit in de Mesdag", "hebben Janneke bezocht in de Veldzicht"): a stay as
 *   in any clinic (isStay), or a named person visited there.
 * - A ward said by its adjective alone: "Esra is nog steeds op de gesloten", "ligt op de gesloten." (the
 *   end, a mark or a joining word after it; "in een gesloten groep" is no ward).
 * - A town known for its forensic clinic, only when the stay is told again: "Joost zit weer in Franeker";
 *   "Joost zit in Franeker", "woont weer in Franeker" are anyone's.
 * Not there to work or meet: "werkt op de gesloten", "zit weer in Franeker voor het overleg".
 */
const FORENSIC_CLINICS = wordSet('mesdag veldzicht pompestichting kijvelanden');
const FORENSIC_TOWNS = wordSet('franeker balkbrug');
const BARE_WARDS = wordSet('gesloten');
export const NAMED_STAY_WORDS: readonly string[] = [...FORENSIC_CLINICS, ...FORENSIC_TOWNS, ...BARE_WARDS];
const NAMED_STAY_SET = new Set(NAMED_STAY_WORDS);

export function isNamedStayWord(key: string): boolean {
  return NAMED_STAY_SET.has(key);
}

const STAYING = wordSet('zit zat ligt lag verblijft verbleef blijft is was opgenomen terug');
const AGAIN = wordSet('weer opnieuw alweer');
const VISITED = wordSet('bezocht bezoeken bezochten opgezocht');
const AFTER_BARE = wordSet('en maar sinds tot dus nu nog weer al');
const REACH = 5;

/** Whether the named place at k is a stay there (the owner walk then finds whose). */
export function isNamedCareStay(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  if (isThereToMeet(tokens, k)) return false;
  if (FORENSIC_CLINICS.has(key)) return isStay(tokens, k) || isVisitedAt(tokens, k);
  const j = tokens[k - 1]?.key === 'de' ? k - 2 : k - 1;
  const by = tokens[j]?.key;
  if (BARE_WARDS.has(key)) {
    const next = tokens[k + 1];
    const bare = next === undefined || next.type === 'punct' || next.lineBefore || AFTER_BARE.has(next.key);
    if (tokens[k - 1]?.key !== 'de') return false;
    // det-plain38: "sinds zijn ontslag van de gesloten", "net uit de gesloten" (not "de gesloten map").
    if (by === 'van' || by === 'uit') return !CLOSED_THINGS.has(next?.key ?? '') && isLeftFrom(tokens, j);
    if (by !== 'op' && by !== 'naar') return false;
    // det-plain38: "in Assen op de gesloten lag", "zit sinds de zomer op de gesloten in Franeker".
    const stayAfter = STAYING.has(next?.key ?? '');
    const placed = next?.key === 'in' && tokens[k + 2]?.capitalised === true;
    if (!bare && !stayAfter && !placed) return false;
    return stayAfter || stayBefore(tokens, j, false) || isStayFarBefore(tokens, j);
  }
  return FORENSIC_TOWNS.has(key) && by === 'in' && j === k - 1 && stayBefore(tokens, j, true);
}

/** A verb of staying (and, when `again`, "weer" or "opnieuw") in the few words before `j`, past times. */
function stayBefore(tokens: readonly Token[], j: number, again: boolean): boolean {
  let told = !again;
  for (let v = j - 1; v >= 0 && v >= j - REACH; v--) {
    const word = tokens[v]!.key;
    if (AGAIN.has(word)) told = true;
    else if (STAYING.has(word)) return told && (word !== 'terug' || !again);
    else if (!STAY_FILLERS.has(word) && !(tokens[v]!.type === 'number')) return false;
  }
  return false;
}

const FAR_REACH = 7;
const LEFT = wordSet('ontslag ontslagen terug komt kwam weggelopen ontsnapt');

/** det-plain38: a stay verb up to seven words before `j` ("zit sinds de zomer op de gesloten"), no mark between. */
function isStayFarBefore(tokens: readonly Token[], j: number): boolean {
  for (let v = j - 1; v >= 0 && v >= j - FAR_REACH; v--) {
    if (tokens[v]!.type === 'punct') return false;
    if (STAY_VERBS_FAR.has(tokens[v]!.key)) return true;
  }
  return false;
}
const STAY_VERBS_FAR = wordSet('zit zat ligt lag verblijft verbleef');
const CLOSED_THINGS = wordSet('map mappen vragen deur deuren groep envelop kast ruimte sessie');

/** "ontslag van de gesloten", "komt net uit de gesloten": a word of leaving right before "van"/"uit" at `j`. */
function isLeftFrom(tokens: readonly Token[], j: number): boolean {
  return (
    LEFT.has(tokens[j - 1]?.key ?? '') || (tokens[j - 1]?.key === 'net' && LEFT.has(tokens[j - 2]?.key ?? ''))
  );
}

/** "hebben Janneke bezocht in de Mesdag": a person visited at the place. */
function isVisitedAt(tokens: readonly Token[], k: number): boolean {
  const j = tokens[k - 1]?.key === 'de' ? k - 2 : k - 1;
  return (
    tokens[j]?.key === 'in' && VISITED.has(tokens[j - 1]?.key ?? '') && tokens[j - 2]?.capitalised === true
  );
}

/** "voor het overleg", "als verpleegkundige" after the place. */
function isThereToMeet(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.key;
  if (next === 'als') return true;
  if (next !== 'voor') return MEETINGS.has(next ?? '');
  const after = tokens[k + 2]?.key === 'de' || tokens[k + 2]?.key === 'het' ? k + 3 : k + 2;
  return MEETINGS.has(tokens[after]?.key ?? '');
}
