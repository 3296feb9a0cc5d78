import type { NameReader } from './name-reader.ts';
import { NOT_PLAIN, tokenFlags } from './name-word-flags.ts';
import { isKnownPlaceAt } from './places.ts';
import { type Token, tokenAt } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

// "Over Jansen: GAF 35 ...", "Betreft Van Dijk: ...", "Update Kowalski:", "Casus Pieternel:": a heading about one person.
// det-names40: also "Terugkoppeling Tewolde:", "Overdracht Kowalczyk:", "Nieuws Okafor:", "Mbt Wijnands:".
const HEADING_OPENERS = wordSet('over betreft inzake re update casus terugkoppeling overdracht nieuws mbt');
const HEADING_ENDS = wordSetOf([':', '/']);
// det-names40: also a dash or a bracket after the name ("Betreft Kowalczyk - opgenomen", "Casus Okafor (psychose)"),
// only after the words that head a case: after "Update" or "Nieuws" they head news ("Update Rijnmond (depressie
// onder jongeren) staat online").
const CASE_OPENERS = wordSet('betreft casus overdracht inzake');
const CASE_HEADING_ENDS = wordSetOf(['-', '–', '(']);
const NOT_HEADED_NAMES = wordSet('mij ons jou jullie hem haar hen wmo wlz zvw participatiewet');

/**
 * A surname without a first name or title at k: "Van" written with a capital inside a sentence after a
 * word in lower case ("verslag over Van Leeuwen sturen", as Dutch spells a surname alone), or a
 * capitalised word after an opening "Over"/"Betreft" and before a colon ("Over Jansen: GAF 35"), not a
 * known place. Returns the surname's last index, or -1.
 */
export function surnameAloneEnd(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  from: number,
): number {
  const token = tokens[k]!;
  const before = tokenAt(tokens, k - 1);
  if (k === from || before === undefined || !token.capitalised) return -1;
  if (before.type !== 'word' && !(before.text === ':' && k - 2 === from)) return -1;
  if (token.text === 'Van' && !before.capitalised && tokens[k + 1]?.capitalised === true) {
    const last = names.surnameEnd(k, false);
    return last > k ? last : -1;
  }
  // det-names40: "Betreft: Kowalczyk (psychose)": the heading word may have its own colon.
  const opener = before.text === ':' && k - 2 === from ? tokens[from]! : before;
  if (opener !== tokens[from] || !HEADING_OPENERS.has(opener.key) || NOT_HEADED_NAMES.has(token.key))
    return -1;
  if ((tokenFlags(token) & NOT_PLAIN) !== 0) return -1;
  const last = names.surnameEnd(k, false);
  const end = tokens[last + 1]?.text ?? '';
  const headed = HEADING_ENDS.has(end) || (CASE_OPENERS.has(opener.key) && CASE_HEADING_ENDS.has(end));
  return last >= k && headed && !isKnownPlaceAt(tokens, k) ? last : -1;
}
