import { CARE_PROVIDERS, PROVIDER_FILLERS } from './care-provider-words.ts';
import { isOtherPurpose } from './care-term-acute.ts';
import { CARE_PLACES, DURATIONS, RECORDING_AFTER, RECORDING_VERBS } from './care-term-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { PARTICLES } from './person-name-words.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Care words that count in the short notes typed into form fields (an agendapunt, an actiepunt, a
 * members row), where no verb says what happened to whom: "Sjoerd Veenstra crisisbed sinds zondag",
 * "zorgen om Bram Kuipers, opname gisteren", "Jan de Wit terug na opname Parnassia", "Ruben Dekker –
 * crisis, ggz-crisisdienst ingeschakeld", "Nina Claassen clean en aan het werk". Each test looks at
 * most three tokens either side; whose the word is stays for care-term-owner.ts to decide.
 */

// A recent day the stay started: "crisisbed sinds zondag", "kliniek sinds vorige week", "sinds 3 weken".
const RECENT_DAYS = wordSet(`gisteren eergisteren vannacht vorige afgelopen kort maandag dinsdag woensdag
  donderdag vrijdag zaterdag zondag`);
// When an admission happened, right after it: "opname gisteren", "opname vorige week".
const PAST_DAYS = wordSet('gisteren eergisteren vannacht vorige afgelopen');
// "na opname", "sinds opname", "terug na opname": after these without an article it is an admission
// (a recording has one: "na de opname van de podcast").
const BEFORE_BARE_ADMISSION = wordSet('na sinds tijdens');
// "video", "podcast": a recording named before "opname" ("podcast met Sanne, opname gisteren").
const RECORDINGS = wordSet('video podcast film filmpje interview audio vlog radio tv geluid beeld');
const RECORDING_WINDOW = 6;
// A recording word after "opname" in its sentence ("opname gisteren, geluid was slecht", "is te zien op
// YouTube", "na opname monteert Sanne de aflevering"; review 2).
const RECORDINGS_AFTER = wordSet(`geluid aflevering afleveringen beeld youtube link montage monteert monteren
  gemonteerd interviewer camera microfoon podcast video vlog uitzending`);
const RECORDING_AFTER_WINDOW = 10;
const SENTENCE_ENDS = new Set(['.', '!', '?']);
// "ggz-crisisdienst ingeschakeld", "crisisdienst gebeld": the crisis service called in for someone.
const CALLED_IN = wordSet('ingeschakeld ingeschakelt gebeld gealarmeerd langs geweest');
const CRISIS_SERVICE = 'crisisdienst';
// "Nina Claassen clean en ...": what may follow "clean" said of the name before it.
const AFTER_CLEAN = wordSet('en sinds al nu weer');
const MAX_PARTICLES = 2;
// A job or an employer near a care place since a recent day: a workplace, not a stay (review 2).
const WORK_WORDS = wordSet(`jobcoach stagiair stagiaire stage stageplek werkgever werkgevers medewerker
  collega vrijwilliger vrijwilligster werkplek vacature aangesloten indienst`);
const WORK_WINDOW = 4;

/** A care place with the recent day its stay began after it, or a crisis service called in. */
export function isPlaceInNote(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.key.endsWith(CRISIS_SERVICE)) {
    // Not for another purpose: "bij de crisisdienst geweest om de samenwerking te bespreken".
    let verb = CALLED_IN.has(tokens[k + 1]?.key ?? '') ? k + 1 : k + 2;
    if (!CALLED_IN.has(tokens[verb]?.key ?? '')) return false;
    // "langs geweest voor overleg": the purpose follows the verb's last word.
    if (CALLED_IN.has(tokens[verb + 1]?.key ?? '')) verb++;
    return !isOtherPurpose(tokens, verb + 1);
  }
  return (isSinceRecentDay(tokens, k) || isStayLength(tokens, k)) && !isWorkNear(tokens, k);
}

// Batch 45: how long a stay lasted, right before or after the place ("na drie maanden kliniek", "heeft 3
// maanden kliniek achter de rug", "Update Noor: PAAZ, 2 weken."); not a ward or "put" ("3 weken afdeling").
const COUNTS = wordSet('twee drie vier vijf zes zeven acht negen tien paar');
const NOT_STAYED = wordSet('afdeling put');

function isStayLength(tokens: readonly Token[], k: number): boolean {
  if (NOT_STAYED.has(tokens[k]!.key)) return false;
  if (DURATIONS.has(tokens[k - 1]?.key ?? '') && isCount(tokens[k - 2])) return true;
  const a = tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
  // "de kliniek, 2 weken geleden geopend": a time ago, no length of stay.
  return isCount(tokens[a]) && DURATIONS.has(tokens[a + 1]?.key ?? '') && tokens[a + 2]?.key !== 'geleden';
}

function isCount(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return token.type === 'number' ? token.text.length <= 2 : COUNTS.has(token.key);
}

/** "Nieuwe jobcoach Petra, kliniek sinds maandag", "Werkgever Isala ziekenhuis sinds maandag aangesloten". */
function isWorkNear(tokens: readonly Token[], k: number): boolean {
  for (let j = k - WORK_WINDOW; j <= k + WORK_WINDOW + 2; j++)
    if (WORK_WORDS.has(tokens[j]?.key ?? '')) return true;
  return false;
}

/** "opname gisteren", "opname sinds zondag", "na opname", "opname Parnassia": an admission in a note. */
export function isAdmissionInNote(tokens: readonly Token[], k: number): boolean {
  if (isRecordingNear(tokens, k)) return false;
  const after = tokens[k + 1]?.key ?? '';
  if (PAST_DAYS.has(after) || CARE_PROVIDERS.has(after) || isSinceRecentDay(tokens, k)) return true;
  // "na opname in de begroting", "sinds opname in de cao": put in a plan, unless a care place follows.
  if (after === 'in' && !isCareAfterIn(tokens, k + 2)) return false;
  return BEFORE_BARE_ADMISSION.has(tokens[k - 1]?.key ?? '');
}

/** "in (de) kliniek", "in Parnassia": a care place or provider at `j`, past an article. */
function isCareAfterIn(tokens: readonly Token[], j: number): boolean {
  const at = PROVIDER_FILLERS.has(tokens[j]?.key ?? '') ? j + 1 : j;
  const key = tokens[at]?.key ?? '';
  return CARE_PROVIDERS.has(key) || CARE_PLACES.has(key);
}

/** "Nina Claassen clean en aan het werk": "clean" in lower case right after a capitalised name. */
export function isCleanAfterName(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const before = tokens[k - 1];
  if (token.key !== 'clean' || token.capitalised || before?.type !== 'word' || !isCapitalised(before))
    return false;
  // A person: a known first name, or a surname after one ("Outlook clean", "de Planner clean" are products).
  if (!isKnownFirstName(before.key) && !isSurnameAfterFirstName(tokens, k - 1)) return false;
  const after = tokens[k + 1];
  return after === undefined || after.type === 'punct' || AFTER_CLEAN.has(after.key);
}

/** "Nina Claassen", "Jan de Vries": the capitalised word at `j` after a first name and perhaps particles. */
function isSurnameAfterFirstName(tokens: readonly Token[], j: number): boolean {
  let i = j - 1;
  while (i >= 0 && i >= j - MAX_PARTICLES && PARTICLES.has(tokens[i]!.key)) i--;
  const first = tokens[i];
  return first !== undefined && isCapitalised(first) && isKnownFirstName(first.key);
}

function isSinceRecentDay(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.key !== 'sinds') return false;
  const when = tokens[k + 2];
  if (when === undefined) return false;
  if (RECENT_DAYS.has(when.key)) return true;
  return when.type === 'number' && when.text.length <= 2 && DURATIONS.has(tokens[k + 3]?.key ?? '');
}

function isRecordingNear(tokens: readonly Token[], k: number): boolean {
  if (RECORDING_AFTER.has(tokens[k + 1]?.key ?? '') || RECORDING_VERBS.has(tokens[k + 2]?.key ?? ''))
    return true;
  for (let j = k - 1; j >= 0 && j >= k - RECORDING_WINDOW; j--)
    if (RECORDINGS.has(tokens[j]!.key)) return true;
  for (let j = k + 1; j < tokens.length && j <= k + RECORDING_AFTER_WINDOW; j++) {
    if (SENTENCE_ENDS.has(tokens[j]!.text)) return false;
    if (RECORDINGS_AFTER.has(tokens[j]!.key)) return true;
  }
  return false;
}

// Held-out 37: "sinds hij clean is komt hij ...", "nu ze klaar is en clean is gaat het": a clause of one
// person's sobriety, its opener and pronoun a few words before (no mark between).
const SOBER_CLAUSE_OPENERS = new Set(['sinds', 'nu', 'toen', 'omdat', 'zolang', 'dat']);
const SOBER_SUBJECTS = new Set(['hij', 'zij', 'ze']);
const SOBER_CLAUSE_REACH = 8;
const OBJECT_STARTS = new Set(['de', 'het', 'een', 'zijn', 'haar', 'alles', 'dat', 'die', 'dit']);

export function isCleanInClause(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.key !== 'is' && tokens[k + 1]?.key !== 'was') return false;
  for (let j = k - 1; j >= 1 && j >= k - SOBER_CLAUSE_REACH; j--) {
    if (tokens[j]!.type === 'punct') return false;
    // "sinds hij de code clean is": an object after the pronoun is what is clean.
    if (SOBER_SUBJECTS.has(tokens[j]!.key))
      return SOBER_CLAUSE_OPENERS.has(tokens[j - 1]!.key) && !OBJECT_STARTS.has(tokens[j + 1]!.key);
  }
  return false;
}
