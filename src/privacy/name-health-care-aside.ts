import { isCarePlaceWord } from './care-place-words.ts';
import { hasTopicWord } from './care-term-owner.ts';
import { isPresentersTopic } from './care-term-presenter.ts';
import { JOBS } from './care-term-roles.ts';
import { isServiceStaff, isServiceWord } from './care-term-service-staff.ts';
import type { CareLexicon } from './care-terms.ts';
import { weakKind } from './name-health-weak-words.ts';
import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 32: the person's care said in an aside right after the name, in brackets or between dashes,
 * the verb of the sentence being about something else: "Wendy (de vrouw van de PAAZ in maart) werkt weer",
 * "bas uit blerick (PDD-NOS en angst) is begonnen", "k. de vries — de man met de psychoses — is gestart".
 * Not an aside that says where or as what the person works ("Sanne (verpleegkundige, PAAZ)",
 * "Sanne (van de verslavingszorg)", "Sanne (PAAZ Venlo)"): a job word, or an opening "van", "bij" or care
 * place, makes it a colleague.
 */
const OPENERS = wordSet('( — – -');
const COLLEAGUE_OPENERS = wordSet('van bij namens via vanuit werkt team');
const ASIDE_REACH = 14;

/** The first person whose closed aside right after the name holds a care term, else undefined. */
export function careAsideOf(
  tokens: readonly Token[],
  sentence: Sentence,
  refs: readonly PersonRef[],
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
): PersonRef | undefined {
  for (const ref of refs) {
    if (hasCareAside(tokens, sentence, ref.last + 1, care, isOrganisation)) return ref;
    if (isNamedByCare(tokens, sentence, ref.last + 1, care, isOrganisation)) return ref;
  }
  return undefined;
}

// "Rob van de schizoaffectieve stoornis", "Ilse van de eetstoornis": a person told apart from others of
// the same name by their condition. Not a ward, a service or an organisation ("Rob van de PAAZ", "Ilse
// van de verslavingszorg", "van de depressiegroep"): a colleague from there.
const OF_ARTICLES = wordSet('de het');
const CONDITION_REACH = 2;
// "Ilse van de depressiegroep", "van het angstteam": a group or team named after a condition.
const GROUP_ENDS = ['groep', 'team', 'poli', 'afdeling'];
const isGroupOf = (key: string) => GROUP_ENDS.some((end) => key.endsWith(end));
// Batch 61 (det-61): "Hugo van de cardiologie-revalidatie", "Eva van de dagbehandeling": a treatment given
// there names a workplace, not a condition that tells a person apart.
const TREATMENT_ENDS = ['revalidatie', 'behandeling', 'therapie', 'begeleiding', 'zorg'];
const isTreatment = (key: string) => TREATMENT_ENDS.some((end) => key.endsWith(end));

function isNamedByCare(
  tokens: readonly Token[],
  sentence: Sentence,
  of: number,
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
): boolean {
  if (tokens[of]?.key !== 'van' || !OF_ARTICLES.has(tokens[of + 1]?.key ?? '')) return false;
  for (let k = of + 2; k < sentence.to && k < of + 2 + CONDITION_REACH; k++) {
    const token = tokens[k]!;
    if (
      isOrganisation(k) ||
      isCarePlaceWord(token.key) ||
      token.capitalised ||
      isGroupOf(token.key) ||
      isTreatment(token.key) ||
      isServiceWord(token.key) // det-54: "Dirk van de dagbehandeling", a colleague from there
    )
      return false;
    if (care.matchAt(tokens, k, isOrganisation) > 0) return true;
  }
  return false;
}

function hasCareAside(
  tokens: readonly Token[],
  sentence: Sentence,
  open: number,
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
): boolean {
  const opener = tokens[open];
  if (opener === undefined || !OPENERS.has(opener.key)) return false;
  const first = tokens[open + 1]?.key ?? '';
  if (COLLEAGUE_OPENERS.has(first) || isCarePlaceWord(first) || isServiceStaff(tokens, open + 1))
    return false;
  // "Lotte (Lentis dagbehandeling) gaat een workshop geven": where she works (care-term-presenter.ts).
  if (isPresentersTopic(tokens, sentence, open + 1)) return false;
  const close = opener.text === '(' ? ')' : opener.text;
  const end = Math.min(sentence.to, open + ASIDE_REACH);
  let cared = false;
  for (let k = open + 1; k < end; k++) {
    const token = tokens[k]!;
    if (token.text === close) return cared;
    if (JOBS.has(token.key) || JOB_ENDS.some((end) => token.key.endsWith(end))) return false;
    if (!cared) cared = isCareWord(token.key) || care.matchAt(tokens, k, isOrganisation) > 0;
    // "Sebastiaan (gokken, online casino, €30k schuld)": the person's gambling (held-out 39's class); not
    // "Sebastiaan (Holland Casino)", "(thema: gokken)": a name or a topic.
    // "Edwin (geen alcohol)", "(zonder drank)": what one drinks at a lunch, no problem said (batch 56).
    if (!cared && isGamblingWord(token))
      cared = !hasTopicWord(tokens, open, k) && !NONE.has(tokens[k - 1]!.key);
  }
  return false;
}

// Batch 56 (det-56): also drink and drugs named bare in such an aside, "de situatie van Edwin (alcohol + schulden)".
// "(preventiewerker alcohol en drugs)", "(jobcoach, drugs en werk)": a job word's ending (batch 56).
const JOB_ENDS = ['werker', 'coach', 'adviseur', 'consulent', 'deskundige', 'medewerker', 'trainer'];
const NONE = wordSet('geen zonder');
const GAMBLING = wordSet('gokken gokt gokte gokkasten gokschuld gokschulden alcohol drank drugs');

/** "gokken", "alcohol" in lower case: care only in an aside right after a name (see hasCareAside). */
export const isGamblingWord = (token: Token) => !token.capitalised && GAMBLING.has(token.key);
/** The key of a gambling word, whatever its case (isGamblingWord asks the case too). */
export const isGamblingKey = (key: string) => GAMBLING.has(key);

/** An admission, a relapse, a crisis or a care place: said in an aside of the person, theirs; not a treater. */
function isCareWord(key: string): boolean {
  const kind = weakKind(key);
  return (kind !== undefined && kind !== 'treater') || isCarePlaceWord(key);
}
