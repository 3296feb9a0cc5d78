import { isProvider, PROVIDER_FILLERS } from './care-provider-words.ts';
import { isCareWaitlist, isProgrammeWord } from './care-setting-context.ts';
import { hasCareStem } from './care-stems.ts';
import type { Token } from './tokens.ts';

/**
 * "staat op de wachtlijst van Karakter", "op de wachtlijst bij de GGZ": on a care provider's waiting list
 * (batch 43-names), as "op de wachtlijst voor FACT" is (care-setting-context.ts). Only "op" the list: "Jan
 * beheert de wachtlijst van Tactus" is his work.
 */
export function isProvidersWaitlist(tokens: readonly Token[], k: number): boolean {
  const by = tokens[k + 1]?.key;
  // Held-out 19: a note's "wachtlijst FACT sinds okt", "wachtlijst GGZ": the list and its provider alone.
  if (tokens[k]!.key === 'wachtlijst' && isCareProvider(tokens[k + 1])) return true;
  if ((by !== 'van' && by !== 'bij') || tokens[k - 2]?.key !== 'op') return false;
  const at = PROVIDER_FILLERS.has(tokens[k + 2]?.key ?? '') ? k + 3 : k + 2;
  // "op de wachtlijst bij FACT": a care programme's team is a provider too.
  return isCareProvider(tokens[at]);
}

// Batch 61 (det-61): "omdat zijn wachttijd bij Emergis al 16 weken is": a possessive's waiting time at a care
// provider; "De wachttijd bij de GGZ is 16 weken" is everyone's.
const WAITERS = new Set(['zijn', 'haar', "z'n", 'zn', "d'r"]);

function isOwnWaitingTime(tokens: readonly Token[], k: number): boolean {
  const by = tokens[k + 1]?.key;
  if (!WAITERS.has(tokens[k - 1]?.key ?? '') || (by !== 'bij' && by !== 'van' && by !== 'voor')) return false;
  const at = PROVIDER_FILLERS.has(tokens[k + 2]?.key ?? '') ? k + 3 : k + 2;
  return isCareProvider(tokens[at]);
}

/** A care provider or a care programme ("FACT", "ACT" only in capitals). */
function isCareProvider(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (isProvider(token.key)) return true;
  if ((token.key === 'act' || token.key === 'fact') && !token.allCaps) return false;
  return isProgrammeWord(token.key) || isCareUnit(token.key);
}

// Batch 48: "de depressiepoli", "de angstpoli", "het traumacentrum": a unit named by a care word.
const UNIT_HEADS = ['polikliniek', 'poli', 'kliniek', 'centrum', 'team'];

/** A compound of a care word and a clinic's or team's head ("depressiepoli", "eetstoornissenkliniek"). */
function isCareUnit(key: string): boolean {
  const head = UNIT_HEADS.find((h) => key.endsWith(h) && key.length > h.length + 2);
  if (head === undefined) return false;
  const stem = key.slice(0, -head.length);
  return hasCareStem(stem) || UNIT_MOODS.has(stem);
}
// "angstpoli", "stemmingscentrum": moods that are care words only in some phrases name a unit here.
const UNIT_MOODS = new Set(['angst', 'angsten', 'paniek', 'stemmings', 'stemming']);

/** The words whose rule is isWaitlistSaid: the list, and (batch 45) the verbs of waiting and enrolling. */
export const WAITLIST_WORDS: ReadonlySet<string> = new Set([
  'wachtlijst',
  'wacht',
  'wachten',
  'wachtte',
  'wachtten',
  'aangemeld',
  'gemeld',
  'wachttijd',
]);

/** On a care waiting list, or waiting for care. */
export function isWaitlistSaid(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.key === 'aangemeld') return isEnrolled(tokens, k);
  if (tokens[k]!.key === 'gemeld') return isReportedIn(tokens, k);
  if (tokens[k]!.key === 'wachttijd') return isOwnWaitingTime(tokens, k);
  return isCareWaitlist(tokens, k) || isProvidersWaitlist(tokens, k) || isAwaitedCare(tokens, k);
}
const WAIT_TIMES = new Set([
  'al',
  'nog',
  'nu',
  'sinds',
  'maanden',
  'maand',
  'mnd',
  'weken',
  'week',
  'wkn',
  'jaar',
]);
// What one waits for as a patient: a treatment, an intake, a bed or place in care.
const AWAITED = new Set([
  'behandeling',
  'therapie',
  'intake',
  'opname',
  'traumabehandeling',
  'emdr',
  'dagbehandeling',
]);
// Batch 49: the kind of care between article and provider, "een plek in de klinische verslavingszorg".
const CARE_KINDS = ['klinische', 'ambulante', 'specialistische', 'forensische', 'intensieve'];
const PLACE_WORDS = new Set([
  'plek',
  'plaats',
  'bed',
  'behandelplek',
  'in',
  'bij',
  ...PROVIDER_FILLERS,
  ...CARE_KINDS,
]);

/**
 * Batch 45: waiting for care without the word "wachtlijst": "Bilal wacht al 9 maanden op de FACT-intake",
 * "wacht al 6 mnd op een plek in de verslavingszorg", "wacht op de intake bij de traumapoli" (a time may
 * stand between the verb and "op"). A provider counts only after a place in it ("een plek bij de GGZ"):
 * "we wachten op de GGZ" is waiting for an answer.
 */
function isAwaitedCare(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (j <= k + 4 && (tokens[j]?.type === 'number' || WAIT_TIMES.has(tokens[j]?.key ?? ''))) j++;
  if (tokens[j]?.key !== 'op') return false;
  let placed = false;
  for (let a = j + 1; a <= j + 6 && a < tokens.length; a++) {
    const key = tokens[a]!.key;
    // "wacht op de behandeling van zijn aanvraag": processing, not care.
    if (AWAITED.has(key) || isProgrammeCompound(key)) return tokens[a + 1]?.key !== 'van';
    if (placed && isProvider(key)) return true;
    if (!PLACE_WORDS.has(key)) return false;
    placed ||= key !== 'de' && key !== 'een' && key !== 'het';
  }
  return false;
}

/** "FACT-intake", "ASS-diagnostiek": a care word before a hyphen and an intake or assessment after it. */
function isProgrammeCompound(key: string): boolean {
  const hyphen = key.indexOf('-');
  return hyphen > 1 && AWAITED.has(key.slice(hyphen + 1));
}

/**
 * Batch 45: enrolled for care, the step before its waiting list: "is aangemeld bij de verslavingszorg", "bij
 * het FACT-team", "voor een opname" (not "aangemeld bij IPS", "voor de training over verslaving", "bij de GGZ
 * als ervaringsdeskundige").
 */
function isEnrolled(tokens: readonly Token[], k: number): boolean {
  const by = tokens[k + 1]?.key;
  if (by !== 'bij' && by !== 'voor') return false;
  let at = k + 2;
  while (at <= k + 3 && PROVIDER_FILLERS.has(tokens[at]?.key ?? '')) at++; // "bij de basis ggz"
  const key = tokens[at]?.key ?? '';
  const care = isProvider(key) || isProgrammeWord(key) || AWAITED.has(key) || hasCareStem(key);
  return care && tokens[at + 1]?.key !== 'als';
}

const REPORT_REACH = 3;
const PURPOSE_REACH = 6;
const PURPOSES = new Set(['om', 'namens', 'als', 'overleg', 'kennismaking', 'werkgroep', 'presentatie']);

/**
 * Batch 54: "heeft zich (gisteren) gemeld bij de verslavingszorg": one's own step into care, as "aangemeld";
 * not with a purpose of work after it ("... om kennis te maken", "... voor een overleg").
 */
function isReportedIn(tokens: readonly Token[], k: number): boolean {
  let own = false;
  for (let j = k - 1; j >= 0 && j >= k - REPORT_REACH; j--) if (tokens[j]!.key === 'zich') own = true;
  if (!own || !isEnrolled(tokens, k)) return false;
  for (let j = k + 3; j < tokens.length && j <= k + PURPOSE_REACH; j++)
    if (PURPOSES.has(tokens[j]!.key)) return false;
  return true;
}

// What a care programme's compound names that only a client has: "FACT-indicatie", "FACT-intake".
const PROGRAMME_STEPS = new Set(['indicatie', 'intake']);
const NOT_OWN_STEP = new Set(['voor', 'van', 'met', 'door']);

/**
 * Held-out 19: "FACT-indicatie, recent opname", "heeft een ACT-intake gehad": a client's indication for
 * or intake at a care programme ("FACT"/"ACT" before the hyphen in capitals; not the plural, a service's
 * figures: "hoeveel FACT-indicaties").
 */
export function isProgrammeStep(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const hyphen = token.key.lastIndexOf('-');
  if (hyphen < 2 || !PROGRAMME_STEPS.has(token.key.slice(hyphen + 1))) return false;
  const programme = token.key.slice(0, hyphen);
  if (!isProgrammeWord(programme)) return false;
  // "regelt de FACT-intake voor nieuwe cliënten", "de intake van ...": someone else's.
  if (NOT_OWN_STEP.has(tokens[k + 1]?.key ?? '')) return false;
  const written = token.text.slice(0, hyphen);
  return (programme !== 'act' && programme !== 'fact') || written === written.toUpperCase();
}
