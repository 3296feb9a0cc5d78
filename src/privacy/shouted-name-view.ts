import { CARE_PROVIDERS } from './care-provider-words.ts';
import { isLetterAt } from './chars.ts';
import { isCommonWord, isKnownFirstName, isLexiconSurname } from './name-lexicon.ts';
import { isAnyPlaceKey } from './places.ts';
import { CAPITALS_RUN, MIN_CAPITALS, viewPrechecks } from './view-prechecks.ts';
import { foldKey } from './word-sets.ts';

/**
 * det-forms38: a name in capitals in a text otherwise in lower case ("update BOUZID: weer opgenomen",
 * "JANSSEN heeft een terugval"). The name rules read a capitalised word as a name and never a shouted one
 * ("UWV", "GGZ", "ADHD" are abbreviations). This view writes such a word as a name is written ("Bouzid"), so
 * that the same rules read it; a word stays shouted when it is:
 *  - shorter than MIN_LETTERS letters (abbreviations: "UWV", "GGZ", "IPS", "AVG", "NB", "LET OP"), or shorter
 *    than MIN_OPEN_LETTERS and no known first name or surname ("ADHD", "EMDR", "PAAZ", "FACT", "ARFID" are
 *    abbreviations; "KOEN", "FEMKE", "KAYA" names);
 *  - a frequent word of Dutch ("AGENDA", "UPDATE", "ACTIE", "PLANNING"), a heading word of HEADINGS, a place
 *    or a care provider;
 *  - without a vowel ("PWSZ"), one of a list of shouted words ("ARFID, HSP, NAH": abbreviations), or in a
 *    text shouted as a whole (fewer lower-case letters than shouted ones).
 * Every character stays in its place (a letter whose lower case is longer stays as typed): the view's
 * findings are places in the text. One walk over the text.
 */
const MIN_LETTERS = MIN_CAPITALS;
const MIN_OPEN_LETTERS = 6;
// Heading and label words of werkgroep notes that the frequent-word list lacks.
const HEADINGS = new Set(
  `notulen urgent agendapunt agendapunten actiepunt actiepunten mededeling mededelingen rondvraag besluit
  besluiten verslag samenvatting vervolg terugkoppeling evaluatie casusbespreking casus stand zaken
  aandachtspunt aandachtspunten opvolging deadline reminder herinnering info fyi memo bijlage bijlagen
  vooraankondiging nieuwsbrief jaarplan werkgroep stuurgroep knelpunt knelpunten todo outlook`.split(/\s+/),
);
const VOWELS = /[aeiouy]/;

/**
 * The text with its shouted names written as names, or null when it holds none (nearly every text).
 * `capitals`: whether it has four capitals in a row, when the caller knows it already (view-prechecks.ts).
 */
export function shoutedNameView(
  text: string,
  capitals = (viewPrechecks(text) & CAPITALS_RUN) !== 0,
): string | null {
  if (!capitals) return null;
  let lower = 0;
  let shouted = 0;
  // The shouted words (two letters or more) as [start, end, name?] triples, in order.
  const words: number[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let upper = 0;
    let small = 0;
    while (i < n && isLetterAt(text, i)) {
      const code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) upper++;
      // Only ASCII letters reach here below 128: every one not A-Z is lower case.
      else if (code < 128) small++;
      else {
        const c = text.charAt(i);
        if (c !== c.toLowerCase()) upper++;
        else if (c !== c.toUpperCase()) small++;
      }
      i++;
    }
    lower += small;
    if (small > 0 || upper < 2 || upper !== i - start) continue;
    shouted += upper;
    words.push(start, i, upper >= MIN_LETTERS && mayBeName(foldKey(text.slice(start, i))) ? 1 : 0);
  }
  if (lower < shouted) return null;
  let out: string[] | null = null;
  for (let w = 0; w < words.length; w += 3) {
    if (words[w + 2] === 0 || isListed(text, words, w)) continue;
    // By UTF-16 unit, as the positions are: an emoji before the name takes two.
    out ??= text.split('');
    for (let j = words[w]! + 1; j < words[w + 1]!; j++) {
      const low = text.charAt(j).toLowerCase();
      if (low.length === 1) out[j] = low;
    }
  }
  return out === null ? null : out.join('');
}

/** "ARFID, HSP, NAH", "PTSS/ADHD": a shouted word in a list of shouted words is one of some abbreviations. */
function isListed(text: string, words: readonly number[], w: number): boolean {
  return (
    (w >= 3 && isListSeparator(text.slice(words[w - 2]!, words[w]!))) ||
    (w + 3 < words.length && isListSeparator(text.slice(words[w + 1]!, words[w + 3]!)))
  );
}

const LIST_SEPARATORS = new Set([', ', ',', '/', ' / ', ' & ', ' en ', ' of ']);
const isListSeparator = (between: string) => LIST_SEPARATORS.has(between);

function mayBeName(key: string): boolean {
  if (key.length < MIN_OPEN_LETTERS) return isKnownFirstName(key) || isLexiconSurname(key);
  return (
    VOWELS.test(key) &&
    !isCommonWord(key) &&
    !HEADINGS.has(key) &&
    !isAnyPlaceKey(key) &&
    !CARE_PROVIDERS.has(key)
  );
}
