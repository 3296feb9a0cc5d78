import { QUOTES } from './care-term-walks.ts';
import { HE_SHE } from './function-words.ts';
import type { PersonRef } from './person-names.ts';
import type { PersonRefIndex } from './person-ref-index.ts';
import { FIRST_PERSON_POSSESSIVES } from './possessives.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Held-out 23: care told by someone about the person, the owner walk of care-term-owner.ts asks here.
 *  - A relative of a named person speaking of them by the kin word back: "de dochter van mevr. Willemse
 *    zegt dat haar moeder depressief is", "de man van Fatma belde: zijn vrouw is opgenomen" (the mother is
 *    mevrouw Willemse; not "de dochter van Willemse zegt dat haar collega ...": no kin word back).
 *  - The person's own word after the care, said with "zelf": "EMDR heeft echt geholpen, zegt ze zelf"
 *    (the person named before; not "zegt ze", which may be a professional's view).
 */
const KIN_BACK: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['dochter', wordSet('moeder vader ouders')],
  ['zoon', wordSet('moeder vader ouders')],
  ['kind', wordSet('moeder vader ouders')],
  ['kinderen', wordSet('moeder vader ouders')],
  ['moeder', wordSet('dochter zoon kind')],
  ['vader', wordSet('dochter zoon kind')],
  ['man', wordSet('vrouw partner')],
  ['vrouw', wordSet('man partner')],
  ['partner', wordSet('man vrouw partner vriend vriendin')],
  ['broer', wordSet('broer zus')],
  ['zus', wordSet('broer zus')],
]);
const KIN_POSSESSIVES = wordSet("haar zijn z'n zn d'r hun");
// det-relative: "Bij de familie Smit is de vader opgenomen", "De familie Jansen heeft een zoon met autisme".
const FAMILY_WORDS = wordSet('familie fam gezin');
const MEMBER_ARTICLES = wordSet('de een');
const FAMILY_REACH = 6;
const SELF_PRONOUNS = HE_SHE;
const SELF_WORDS = wordSet('zelf zelfs');

/** The named person a relative speaks of at `role` ("haar moeder" after "de dochter van X"), or undefined. */
export function reportedRelative(
  tokens: readonly Token[],
  role: number,
  from: number,
  byLast: PersonRefIndex,
): PersonRef | undefined {
  if (MEMBER_ARTICLES.has(tokens[role - 1]?.key ?? '')) return namedFamily(tokens, role, from, byLast);
  if (!KIN_POSSESSIVES.has(tokens[role - 1]?.key ?? '')) return undefined;
  const kin = tokens[role]!.key;
  for (let j = role - 2; j >= from + 2; j--) {
    const ref = byLast.get(j);
    if (ref === undefined) continue;
    const speaker = tokens[ref.first - 2]?.key ?? '';
    if (tokens[ref.first - 1]?.key === 'van' && KIN_BACK.get(speaker)?.has(kin) === true) return ref;
    return undefined;
  }
  return undefined;
}

/** The family named a few words before a relative with an article ("de familie Smit ... de vader"), or undefined. */
function namedFamily(
  tokens: readonly Token[],
  role: number,
  from: number,
  byLast: PersonRefIndex,
): PersonRef | undefined {
  for (let j = role - 2; j >= from && j >= role - FAMILY_REACH; j--) {
    const ref = byLast.get(j);
    if (ref !== undefined) return FAMILY_WORDS.has(tokens[ref.first]!.key) ? ref : undefined;
  }
  return undefined;
}

/** "zegt ze zelf", "vertelde hij zelf": the speech verb at j with the person's pronoun and "zelf". */
export function isSelfReported(tokens: readonly Token[], j: number): boolean {
  return SELF_PRONOUNS.has(tokens[j + 1]?.key ?? '') && SELF_WORDS.has(tokens[j + 2]?.key ?? '');
}

/**
 * Whose a pronoun's clause is when someone named after it says it: the person named before ("Zij heeft
 * een burn-out gehad, vertelde Sanne"), or, since batch 53, with nobody before, the speaker who says it
 * of themself ("Hij is weer begonnen met blowen, zegt Rens zelf"; without "zelf" it may be anyone's).
 */
export function spokenOf(
  tokens: readonly Token[],
  speaker: PersonRef,
  previous: PersonRef | undefined,
): PersonRef | null {
  return previous ?? (tokens[speaker.last + 1]?.key === 'zelf' ? speaker : null);
}

// "ik ben / heb / hoor / slaap ...": the speaker's own state (not "ik vind depressie een lastig thema").
const OWN_STATE_VERBS = wordSet('ben heb had was hoor slaap drink slik gebruik zit lig voel krijg kreeg');
const POSSESSIVE_REACH = 3;

/**
 * det-family: "Bericht van Sara: \"Hoi, ik ben er niet, ... depressief\"", "Noor: \"ik hoor de stemmen
 * weer\"": a message quoted right after the colon that follows the name, in the first person before the
 * care term at `first`, is the named person's own (not "Sanne: depressie is ...", nobody quoted).
 */
export function isQuotedOwn(tokens: readonly Token[], colon: number, first: number): boolean {
  if (!QUOTES.has(tokens[colon + 1]?.key ?? '')) return false;
  for (let j = colon + 2; j < first; j++) {
    if (QUOTES.has(tokens[j]!.key)) return false;
    const key = tokens[j]!.key;
    if (key === 'ik' && OWN_STATE_VERBS.has(tokens[j + 1]?.key ?? '')) return true;
    if (FIRST_PERSON_POSSESSIVES.has(key) && first - j <= POSSESSIVE_REACH) return true;
  }
  return false;
}

// det-care38b: "Ik zei (nog) tegen Sanne: 'ik ben helemaal op'": the writer speaking to a named person; the quote
// after the colon is the writer's own, not the one spoken to.
const WRITER_SPEAKS = wordSet('zei zeg heb had nog ook gisteren net vanochtend gezegd appte mailde schreef');
const QUOTE_OPENERS = wordSet(`: " ' “ ‘`);
const SPOKEN_TO = wordSet('je jij jou jouw u');

/** The person named right after "tegen" in a sentence the writer opens with a verb of saying, before a quote. */
export function isWritersAddressee(tokens: readonly Token[], ref: PersonRef, from: number): boolean {
  if (tokens[ref.first - 1]?.key !== 'tegen' || tokens[from]?.key !== 'ik') return false;
  if (!QUOTE_OPENERS.has(tokens[ref.last + 1]?.text ?? '')) return false;
  // "Ik zei tegen Sanne: 'je bent depressief'": what the writer says of the one spoken to is theirs.
  for (let j = ref.last + 1; j <= ref.last + 3; j++) if (SPOKEN_TO.has(tokens[j]?.key ?? '')) return false;
  for (let j = from + 1; j < ref.first - 1; j++) if (!WRITER_SPEAKS.has(tokens[j]!.key)) return false;
  return ref.first - 1 > from + 1;
}
